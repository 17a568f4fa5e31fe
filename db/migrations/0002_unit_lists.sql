-- Unit lists known to this installation: the embedded ones and any loaded from the official spreadsheet.
CREATE TABLE unit_list (
  list_version TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  source TEXT NOT NULL,
  loaded_at TEXT NOT NULL
) STRICT;

-- Lists loaded before this table existed keep their version as their label.
INSERT INTO unit_list (list_version, label, source, loaded_at)
SELECT DISTINCT list_version, list_version, 'admin_unit', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM admin_unit;
