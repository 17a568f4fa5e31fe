-- Inspection codes (K-26-0137) are unique in an office, not across offices: the province holds the
-- inspections of every office, and two districts both have a K-26-0001. The table is rebuilt (SQLite
-- cannot drop a UNIQUE constraint) with the code unique per unit. migrate() runs migrations with
-- foreign keys off and checks them before committing, as SQLite's rebuild procedure requires.
CREATE TABLE inspection_rebuilt (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  -- Short human code printed on the paper (K-26-0137), unique in the office.
  code TEXT NOT NULL,
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
  UNIQUE (plan_id, business_id),
  UNIQUE (unit_code, code)
) STRICT;
-- SELECT *: should a column have been added to inspection since 0008, this fails loudly rather than drop it.
INSERT INTO inspection_rebuilt SELECT * FROM inspection;
DROP TABLE inspection;
ALTER TABLE inspection_rebuilt RENAME TO inspection;
CREATE INDEX inspection_year ON inspection (year, business_id, status);
CREATE INDEX inspection_business ON inspection (business_id, year);
-- Whether a template version is in use (it then cannot be deleted) is asked on every open.
CREATE INDEX inspection_template ON inspection (template_id);
CREATE INDEX inspection_follow_up ON inspection (follow_up_of) WHERE follow_up_of IS NOT NULL;
-- Opening an inspection by its code (unique per unit; at an office there is one unit).
CREATE INDEX inspection_code ON inspection (code);

-- Data packages: the previous-package hash each office package names, so the province sees a broken
-- chain (an office restored from an old backup, or a cloned installation) wherever both neighbours
-- are held, in whatever order they arrived. NULL for packages imported before this migration.
ALTER TABLE package_received ADD COLUMN previous_package_hash TEXT;

-- Province key rotation: the keys replaced by `keys rotate`, kept so packages encrypted to an old
-- receiving key (made before the offices pinned the new one) still open at the province.
CREATE TABLE retired_installation_key (
  key_id TEXT PRIMARY KEY,
  purpose TEXT NOT NULL CHECK (purpose IN ('signing', 'receiving')),
  public_key BLOB NOT NULL CHECK (length(public_key) = 32),
  private_key BLOB NOT NULL CHECK (length(private_key) = 32),
  created_at TEXT NOT NULL,
  retired_at TEXT NOT NULL
) STRICT;
