-- Inspections: versioned checklist templates, plans, inspections with their answers, amendments and violations.

-- One row per template version. A version is never changed once written: editing makes a new version, so an
-- inspection printed with a version shows that version forever. template_key is the stable id across versions
-- (defaults: 'default.<business type>'); templates may arrive from the province in a data package.
CREATE TABLE checklist_template (
  id TEXT PRIMARY KEY,
  template_key TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  unit_code TEXT NOT NULL,
  business_type TEXT NOT NULL,
  title TEXT NOT NULL,
  -- Sections and items as JSON (db/inspectionTypes.ts ChecklistSection[]), frozen with the version.
  sections_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  UNIQUE (template_key, version)
) STRICT;
CREATE INDEX checklist_template_type ON checklist_template (business_type, template_key, version);

CREATE TABLE inspection_plan (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  title TEXT NOT NULL,
  period_from TEXT NOT NULL,
  period_to TEXT NOT NULL CHECK (period_to >= period_from),
  decision_no TEXT NOT NULL,
  decision_date TEXT NOT NULL,
  -- Team members [{ name, agency, userId }] (at least 3, checked by the API).
  team_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT,
  updated_by TEXT
) STRICT;
CREATE INDEX inspection_plan_period ON inspection_plan (period_from);

CREATE TABLE inspection (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  -- Short human code printed on the paper (K-26-0137), unique in the office.
  code TEXT NOT NULL UNIQUE,
  plan_id TEXT NOT NULL REFERENCES inspection_plan (id),
  business_id TEXT NOT NULL REFERENCES business (id),
  -- The exact template version, fixed when the inspection is created.
  template_id TEXT NOT NULL REFERENCES checklist_template (id),
  status TEXT NOT NULL CHECK (status IN ('planned', 'draft', 'final')),
  -- The calendar year the inspection counts for (plan start, then the visit date): coverage by index.
  year INTEGER NOT NULL,
  inspected_on TEXT,
  finalised_at TEXT,
  finalised_by TEXT,
  -- A re-inspection planned from a violation links back to it.
  follow_up_of TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  UNIQUE (plan_id, business_id)
) STRICT;
CREATE INDEX inspection_year ON inspection (year, business_id, status);
CREATE INDEX inspection_business ON inspection (business_id, year);
-- Whether a template version is in use (it then cannot be deleted) is asked on every open.
CREATE INDEX inspection_template ON inspection (template_id);
CREATE INDEX inspection_follow_up ON inspection (follow_up_of) WHERE follow_up_of IS NOT NULL;

CREATE TABLE inspection_answer (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  inspection_id TEXT NOT NULL REFERENCES inspection (id),
  item_key TEXT NOT NULL,
  -- 'yes' | 'no' | 'na' for yes/no items, a decimal for numbers, free text for short text.
  value TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  UNIQUE (inspection_id, item_key)
) STRICT;

-- A correction of a final result: who, when, why, before and after.
CREATE TABLE inspection_amendment (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  inspection_id TEXT NOT NULL REFERENCES inspection (id),
  item_key TEXT NOT NULL,
  value_before TEXT,
  value_after TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (reason <> ''),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT,
  updated_by TEXT
) STRICT;
CREATE INDEX inspection_amendment_inspection ON inspection_amendment (inspection_id, created_at);

CREATE TABLE violation (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  inspection_id TEXT NOT NULL REFERENCES inspection (id),
  item_key TEXT NOT NULL,
  description TEXT NOT NULL,
  severity TEXT NOT NULL,
  found_on TEXT NOT NULL,
  handling TEXT CHECK (handling IN ('reminder', 'warning', 'fine', 'suspension', 'referral')),
  fine_amount INTEGER CHECK (fine_amount > 0),
  decision_no TEXT NOT NULL DEFAULT '',
  handled_on TEXT,
  deadline TEXT,
  closed_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  CHECK (handling <> 'fine' OR (fine_amount IS NOT NULL AND decision_no <> '')),
  CHECK (closed_on IS NULL OR handling IS NOT NULL),
  UNIQUE (inspection_id, item_key)
) STRICT;
CREATE INDEX violation_open ON violation (closed_on, deadline);
CREATE INDEX violation_found ON violation (found_on);

-- Coverage counts active businesses per commune on every change of a plan: from the index alone.
CREATE INDEX business_commune_status ON business (commune_code, unit_list_version, status);

INSERT INTO synced_table (name) VALUES
  ('checklist_template'), ('inspection_plan'), ('inspection'), ('inspection_answer'), ('inspection_amendment'), ('violation');
