-- The names of the office's users as its records' histories show them ("Sửa bởi Nguyễn Văn An"). app_user
-- holds password hashes and never travels; this synced copy of id and name does, so the province can name
-- who changed an office's record instead of showing its id. Kept by triggers: no code path can forget it.
CREATE TABLE user_display_name (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

INSERT INTO user_display_name (id, unit_code, name, created_at, updated_at)
  SELECT id, unit_code, name, created_at, updated_at FROM app_user;

CREATE TRIGGER user_display_name_insert AFTER INSERT ON app_user BEGIN
  INSERT INTO user_display_name (id, unit_code, name, created_at, updated_at)
    VALUES (NEW.id, NEW.unit_code, NEW.name, NEW.created_at, NEW.updated_at)
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at;
END;

CREATE TRIGGER user_display_name_update AFTER UPDATE OF name ON app_user WHEN NEW.name IS NOT OLD.name BEGIN
  UPDATE user_display_name SET name = NEW.name, updated_at = NEW.updated_at WHERE id = NEW.id;
END;

INSERT INTO synced_table (name) VALUES ('user_display_name');

-- The copy follows app_user, whose changes the activity log already records as user actions (users.add...):
-- the audit trigger of 0003 is recreated to skip it, with its body unchanged.
DROP TRIGGER audit_record_change;
CREATE TRIGGER audit_record_change AFTER INSERT ON change_log WHEN NEW.table_name <> 'user_display_name' BEGIN
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
