-- Targets of the two-tier state (issue 14 item 3) and the plan's reporting-period convention (item 8).
-- A target's threshold is a percentage or a count (2026 plans: "3.500 người lao động", "6.000 cán bộ");
-- `measure` says in words what the figure counts (T3: each business's workers once a year).
-- Rebuilt (SQLite's 12-step procedure): the threshold CHECK changes.
CREATE TABLE plan_target_new (
  id TEXT PRIMARY KEY,
  plan_id TEXT NOT NULL REFERENCES annual_plan (id) ON DELETE CASCADE,
  code TEXT NOT NULL,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('computed', 'declared_yes_no', 'declared_number')),
  threshold_kind TEXT NOT NULL DEFAULT 'percent' CHECK (threshold_kind IN ('percent', 'count')),
  threshold REAL NOT NULL CHECK (threshold > 0 AND (threshold_kind = 'count' OR threshold <= 100)),
  measure TEXT NOT NULL DEFAULT '',
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
INSERT INTO plan_target_new (id, plan_id, code, position, text, kind, threshold_kind, threshold, measure, indicator_id, denominator_id,
  frozen_denominator, declared_value, declared_on, created_at, updated_at, updated_by)
SELECT id, plan_id, code, position, text, kind, 'percent', threshold, '', indicator_id, denominator_id,
  frozen_denominator, declared_value, declared_on, created_at, updated_at, updated_by
FROM plan_target;
DROP TABLE plan_target;
ALTER TABLE plan_target_new RENAME TO plan_target;

-- Calendar periods (months, quarters, years as on the calendar) or the administrative cut-off convention:
-- a month from the 15th of the month before to the 14th, a year from 15 Dec to 14 Dec.
ALTER TABLE annual_plan ADD COLUMN period_convention TEXT NOT NULL DEFAULT 'calendar' CHECK (period_convention IN ('calendar', 'cutoff'));
