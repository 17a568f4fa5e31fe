-- Amendments of an adopted annual plan: a province document may change a threshold, the plan's
-- number or its date after adoption. Each amendment keeps what changed (before and after), why,
-- who and when; the plan's history is this table. Synced, so the province sees the amended plan.
CREATE TABLE plan_amendment (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  plan_id TEXT NOT NULL REFERENCES annual_plan (id) ON DELETE CASCADE,
  reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  -- JSON array of {"field": "threshold" | "documentRef" | "adoptedOn", "code": T1.. or null, "before", "after"}.
  changes TEXT NOT NULL CHECK (json_valid(changes) AND json_array_length(changes) > 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT,
  updated_by TEXT
) STRICT;
CREATE INDEX plan_amendment_plan ON plan_amendment (plan_id, created_at);

INSERT INTO synced_table (name) VALUES ('plan_amendment');
