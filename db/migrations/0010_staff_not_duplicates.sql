-- Pairs of staff records the clerk has judged to be two different people (same name, year of birth and
-- unit, but not the same person): they are no longer offered for merging. Synced, so the decision is
-- logged and audited like any record change, and travels with the register.

CREATE TABLE staff_not_duplicate (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  -- The two people, the smaller id first, so a pair is stored once whichever way it was marked.
  first_id TEXT NOT NULL REFERENCES staff_person (id) ON DELETE CASCADE,
  second_id TEXT NOT NULL REFERENCES staff_person (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  created_by TEXT,
  CHECK (first_id < second_id),
  UNIQUE (first_id, second_id)
) STRICT;
CREATE INDEX staff_not_duplicate_second ON staff_not_duplicate (second_id);

INSERT INTO synced_table (name) VALUES ('staff_not_duplicate');
