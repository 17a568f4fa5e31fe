-- Scanned checklist pages kept with their inspection as evidence (issue 18): the page upright and cropped
-- to A4, grey JPEG, with what the reader made of it. Office data, kept in backups; no change-log triggers,
-- so pages do not travel in data packages (a province that wants them asks for them).
CREATE TABLE scan_page (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  inspection_id TEXT NOT NULL REFERENCES inspection (id),
  -- One scanned file read at once: its pages share a batch.
  batch_id TEXT NOT NULL,
  -- The checklist page printed on it (1-based) and where it was in the scanned file.
  page INTEGER NOT NULL CHECK (page >= 1),
  source_index INTEGER NOT NULL CHECK (source_index >= 1),
  source_name TEXT NOT NULL DEFAULT '',
  template_version INTEGER NOT NULL,
  image BLOB NOT NULL CHECK (length(image) > 0),
  -- The reader's items: [{ key, status, value, suggestion, reason, region }].
  readings TEXT NOT NULL CHECK (json_valid(readings)),
  created_at TEXT NOT NULL,
  created_by TEXT
) STRICT;
CREATE INDEX scan_page_inspection ON scan_page (inspection_id, page);
