-- Audit trail: an append-only, hash-chained log of who did what (db/audit.ts). Local to this office's
-- database, not a synced table: its head hash travels in packages instead.
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,               -- UTC instant
  user_id TEXT,                   -- NULL: the system, or a command line run without a user
  user_name TEXT,
  action TEXT NOT NULL,           -- a procedure name ('session.signIn') or 'record.create|update|delete'
  via TEXT,                       -- for record changes: the procedure that made them
  target_table TEXT,
  record_id TEXT,
  record_label TEXT,              -- the record's name when it has one, to find it without its id
  fields TEXT,                    -- JSON array of the changed columns
  detail TEXT,                    -- small JSON object
  prev_hash TEXT,
  hash TEXT                       -- SHA-256 of the entry and prev_hash; NULL until sealed
) STRICT;
CREATE INDEX audit_log_unsealed ON audit_log (seq) WHERE hash IS NULL;
-- User and record filters match folded text, so they scan; action (with via) and dates are indexed.
CREATE INDEX audit_log_action ON audit_log (action, seq);
CREATE INDEX audit_log_via ON audit_log (via, seq) WHERE via IS NOT NULL;
CREATE INDEX audit_log_at ON audit_log (at);

-- Nothing is ever deleted; a sealed entry never changes. Before sealing, only empty (NULL) columns may be
-- filled, once: the connection's seal trigger adds the user and the hash inside the writing transaction.
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_seal_only BEFORE UPDATE ON audit_log
WHEN OLD.hash IS NOT NULL
  OR NEW.seq IS NOT OLD.seq OR NEW.at IS NOT OLD.at OR NEW.action IS NOT OLD.action
  OR NEW.target_table IS NOT OLD.target_table OR NEW.record_id IS NOT OLD.record_id
  OR NEW.record_label IS NOT OLD.record_label OR NEW.fields IS NOT OLD.fields OR NEW.detail IS NOT OLD.detail
  OR (OLD.user_id IS NOT NULL AND NEW.user_id IS NOT OLD.user_id)
  OR (OLD.user_name IS NOT NULL AND NEW.user_name IS NOT OLD.user_name)
  OR (OLD.via IS NOT NULL AND NEW.via IS NOT OLD.via)
  OR (OLD.prev_hash IS NOT NULL AND NEW.prev_hash IS NOT OLD.prev_hash)
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- Columns that change as a side effect of others (bookkeeping, derived search keys): not "changed fields".
-- '*' applies to every table. A later migration adds its own table's derived columns here.
CREATE TABLE audit_derived_column (
  table_name TEXT NOT NULL,
  column_name TEXT NOT NULL,
  PRIMARY KEY (table_name, column_name)
) STRICT, WITHOUT ROWID;
INSERT INTO audit_derived_column (table_name, column_name) VALUES
  ('*', 'id'), ('*', 'created_at'), ('*', 'updated_at'), ('*', 'created_by'), ('*', 'updated_by'),
  ('business', 'search_text'), ('business', 'sort_key'), ('business', 'registration_key'), ('business', 'identity_key');

-- Every change of every synced table reaches the change log through generated triggers (db/changeLog.ts);
-- this one trigger turns each change-log row into an audit entry in the same transaction, so a table
-- added later is covered without new code, and a committed change always has its entry.
-- Changed fields: the columns whose value differs from the row's previous change-log image (for a new
-- row, the non-empty ones); NULL when that image is gone.
CREATE TRIGGER audit_record_change AFTER INSERT ON change_log BEGIN
  INSERT INTO audit_log (at, action, target_table, record_id, record_label, fields)
  VALUES (
    NEW.changed_at,
    CASE NEW.op WHEN 'I' THEN 'record.create' WHEN 'U' THEN 'record.update' ELSE 'record.delete' END,
    NEW.table_name,
    NEW.row_id,
    json_extract(NEW.row_json, '$.name'),
    CASE
      WHEN NEW.op = 'D' THEN NULL
      WHEN NEW.op = 'I' THEN (
        SELECT json_group_array(n.key) FROM json_each(NEW.row_json) AS n
        WHERE n.type <> 'null' AND n.value <> ''
          AND n.key NOT IN (SELECT column_name FROM audit_derived_column WHERE table_name IN ('*', NEW.table_name)))
      WHEN NOT EXISTS (SELECT 1 FROM change_log WHERE table_name = NEW.table_name AND row_id = NEW.row_id AND seq < NEW.seq)
        THEN NULL
      ELSE (
        SELECT json_group_array(n.key)
        FROM json_each(NEW.row_json) AS n
        LEFT JOIN json_each((SELECT row_json FROM change_log
                             WHERE table_name = NEW.table_name AND row_id = NEW.row_id AND seq < NEW.seq
                             ORDER BY seq DESC LIMIT 1)) AS p ON p.key = n.key
        WHERE (p.key IS NULL OR p.type IS NOT n.type OR p.value IS NOT n.value)
          AND n.key NOT IN (SELECT column_name FROM audit_derived_column WHERE table_name IN ('*', NEW.table_name)))
    END
  );
END;
