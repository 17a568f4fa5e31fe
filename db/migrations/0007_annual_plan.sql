-- Annual plan and its targets (T1..T12 by default), and the case log of denunciations, reports and complaints.

-- One plan per unit and year. Plans may arrive from the province later, so ids are UUIDs and travel.
CREATE TABLE annual_plan (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  document_ref TEXT NOT NULL DEFAULT '',
  adopted_on TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  UNIQUE (unit_code, year)
) STRICT;

-- A target of a plan. `code` (T1..T12) is stable across years; `threshold` is a percentage (0 < t <= 100).
-- Computed targets name an indicator (electron/plan/indicators.ts) and, where the denominator is a stock
-- (businesses, workers, communes), the frozen value taken when the plan was adopted.
CREATE TABLE plan_target (
  id TEXT PRIMARY KEY,
  plan_id TEXT NOT NULL REFERENCES annual_plan (id) ON DELETE CASCADE,
  code TEXT NOT NULL,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('computed', 'declared_yes_no', 'declared_number')),
  threshold REAL NOT NULL CHECK (threshold > 0 AND threshold <= 100),
  indicator_id TEXT,
  denominator_id TEXT,
  frozen_denominator REAL,
  declared_value REAL,
  declared_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT,
  UNIQUE (plan_id, code),
  CHECK ((kind = 'computed') = (indicator_id IS NOT NULL))
) STRICT;

-- Legal deadline in days per kind of case: office settings with defaults, not synced.
CREATE TABLE case_deadline (
  kind TEXT PRIMARY KEY CHECK (kind IN ('denunciation', 'report', 'complaint')),
  days INTEGER NOT NULL CHECK (days BETWEEN 1 AND 365)
) STRICT;
-- Criminal Procedure Code 2015 art. 147 (denunciations and reports of crimes: 20 days);
-- Law on Complaints 2011 art. 28 (complaints: 30 days).
INSERT INTO case_deadline (kind, days) VALUES ('denunciation', 20), ('report', 20), ('complaint', 30);

-- Case log (T7). The reporter's identity is sensitive: it stays in this database and encrypted packages.
CREATE TABLE case_record (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('denunciation', 'report', 'complaint')),
  received_on TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('in_person', 'phone', 'letter', 'hotline', 'online', 'transferred', 'other')),
  anonymous INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
  reporter_name TEXT NOT NULL DEFAULT '',
  reporter_contact TEXT NOT NULL DEFAULT '',
  business_id TEXT REFERENCES business (id),
  place TEXT NOT NULL DEFAULT '',
  commune_code TEXT,
  content TEXT NOT NULL,
  classification TEXT NOT NULL DEFAULT '',
  handler TEXT NOT NULL DEFAULT '',
  deadline_on TEXT NOT NULL,
  verified_on TEXT,
  classified_on TEXT,
  transferred_on TEXT,
  transferred_to TEXT NOT NULL DEFAULT '',
  resolved_on TEXT,
  outcome TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  CHECK (resolved_on IS NULL OR resolved_on >= received_on),
  CHECK (deadline_on >= received_on)
) STRICT;
CREATE INDEX case_record_deadline ON case_record (unit_code, deadline_on);
CREATE INDEX case_record_business ON case_record (business_id) WHERE business_id IS NOT NULL;

INSERT INTO synced_table (name) VALUES ('annual_plan'), ('plan_target'), ('case_record');

-- Periodic reports made by this office: which data each was made from (the change-log sequence and the day it
-- was as of), so a report can be regenerated identically after new records are added.
CREATE TABLE period_report (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  period TEXT NOT NULL,
  as_of TEXT NOT NULL,
  change_log_seq INTEGER NOT NULL,
  narrative TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT
) STRICT;
CREATE INDEX period_report_period ON period_report (unit_code, period, created_at);
