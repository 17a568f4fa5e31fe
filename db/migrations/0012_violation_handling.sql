-- Violations handled as the Law on Handling Administrative Violations and Decree 282/2025/NĐ-CP chain them.
-- A violation found at an inspection is a finding of the minutes; a sanction comes later on its own papers:
-- the violation record (biên bản vi phạm hành chính: number, date, who made it), then the sanction
-- decision (number, date, who signed) with its main sanction (warning or fine), supplementary sanctions
-- (licence or certificate withdrawn for a term, activity suspended for a term, confiscation) and remedial
-- measures; or the file is passed to the person competent to sanction, or to the police (signs of a crime);
-- or it is closed without a sanction for a reason the law gives (Law on HAV art. 65). A reminder (nhắc nhở)
-- may be recorded; it is not a sanction, and a violation with only a reminder is not handled (T8).
-- The table is rebuilt (the old handling kinds sat in CHECK constraints); old rows are mapped:
--   reminder -> reminded_on, not handled; warning / fine -> a sanction decision with that main sanction;
--   suspension -> a sanction decision with the activity suspended (length not recorded);
--   referral ("chuyển cơ quan công an") -> passed to the police. legacy_handling keeps the old kind.
CREATE TABLE violation_rebuilt (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  inspection_id TEXT NOT NULL REFERENCES inspection (id),
  item_key TEXT NOT NULL,
  description TEXT NOT NULL,
  severity TEXT NOT NULL,
  found_on TEXT NOT NULL,
  reminded_on TEXT,
  -- Violation record (biên bản vi phạm hành chính). Several violations of one inspection may share a number.
  record_no TEXT NOT NULL DEFAULT '',
  record_on TEXT,
  record_by TEXT NOT NULL DEFAULT '',
  -- The provision the violation is sanctioned under (e.g. "điểm a khoản 1 Điều 15 Nghị định số 282/2025/NĐ-CP").
  provision TEXT NOT NULL DEFAULT '',
  -- NULL: not handled yet. handled_on: the date of the decision, of the transfer, or of the closing.
  outcome TEXT CHECK (outcome IN ('sanctioned', 'transferred_competent', 'transferred_police', 'closed_lawful')),
  handled_on TEXT,
  decision_no TEXT NOT NULL DEFAULT '',
  decision_by TEXT NOT NULL DEFAULT '',
  main_sanction TEXT CHECK (main_sanction IN ('warning', 'fine')),
  fine_amount INTEGER CHECK (fine_amount > 0),
  -- Supplementary sanctions: which licence or certificate is withdrawn and for how many months; suspension.
  licence_withdrawn TEXT NOT NULL DEFAULT '',
  licence_months INTEGER CHECK (licence_months BETWEEN 1 AND 24),
  suspended INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1)),
  suspension_months INTEGER CHECK (suspension_months BETWEEN 1 AND 24),
  confiscation TEXT NOT NULL DEFAULT '',
  remedial TEXT NOT NULL DEFAULT '',
  -- Passed to the competent person or to the police: to whom (handled_on is when).
  transferred_to TEXT NOT NULL DEFAULT '',
  -- Closed without a sanction: the lawful reason and a note.
  close_reason TEXT CHECK (close_reason IN ('not_sanctionable', 'violator_unknown', 'time_limit_expired', 'violator_ceased')),
  close_note TEXT NOT NULL DEFAULT '',
  legacy_handling TEXT,
  -- Correction deadline, and the day the follow-up was closed (corrected).
  deadline TEXT,
  closed_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  CHECK ((outcome IS NULL) = (handled_on IS NULL)),
  CHECK (outcome IS NOT 'sanctioned' OR main_sanction IS NOT NULL OR suspended = 1 OR licence_withdrawn <> ''),
  CHECK (main_sanction IS 'fine' OR fine_amount IS NULL),
  CHECK (outcome IS 'sanctioned' OR (main_sanction IS NULL AND licence_withdrawn = '' AND suspended = 0 AND confiscation = '')),
  CHECK (outcome IS NOT 'closed_lawful' OR close_reason IS NOT NULL),
  CHECK ((record_no = '') = (record_on IS NULL)),
  CHECK (closed_on IS NULL OR outcome IS NOT NULL),
  UNIQUE (inspection_id, item_key)
) STRICT;

INSERT INTO violation_rebuilt (id, unit_code, inspection_id, item_key, description, severity, found_on, reminded_on,
  outcome, handled_on, decision_no, main_sanction, fine_amount, suspended, transferred_to, legacy_handling,
  deadline, closed_on, created_at, updated_at, created_by, updated_by)
SELECT id, unit_code, inspection_id, item_key, description, severity, found_on,
  CASE WHEN handling = 'reminder' THEN coalesce(handled_on, found_on) END,
  CASE handling WHEN 'warning' THEN 'sanctioned' WHEN 'fine' THEN 'sanctioned' WHEN 'suspension' THEN 'sanctioned'
    WHEN 'referral' THEN 'transferred_police' END,
  CASE WHEN handling IN ('warning', 'fine', 'suspension', 'referral') THEN coalesce(handled_on, found_on) END,
  CASE WHEN handling = 'referral' THEN '' ELSE decision_no END,
  CASE handling WHEN 'warning' THEN 'warning' WHEN 'fine' THEN 'fine' END,
  CASE WHEN handling = 'fine' THEN fine_amount END,
  CASE WHEN handling = 'suspension' THEN 1 ELSE 0 END,
  CASE WHEN handling = 'referral' THEN 'Cơ quan công an' ELSE '' END,
  handling,
  deadline,
  -- A reminder-only violation was closed under the old rules; it is open again until handled by law.
  CASE WHEN handling = 'reminder' THEN NULL ELSE closed_on END,
  created_at, updated_at, created_by, updated_by
FROM violation;
DROP TABLE violation;
ALTER TABLE violation_rebuilt RENAME TO violation;
CREATE INDEX violation_open ON violation (closed_on, deadline);
CREATE INDEX violation_found ON violation (found_on);

-- The periodic report's violations table: one row per way of handling under the law.
-- A new layout version: the rows this migration adds or changes carry it.
UPDATE report_layout SET text = 'Nhắc nhở (chưa phải xử phạt)', version = (SELECT max(version) + 1 FROM report_layout)
  WHERE id = 'term.handling.reminder';
WITH added (id, position, text) AS (VALUES
    ('term.handling.sanctioned_warning', 80, 'Quyết định xử phạt: cảnh cáo'),
    ('term.handling.sanctioned_fine', 81, 'Quyết định xử phạt: phạt tiền'),
    ('term.handling.sanctioned_other', 82, 'Quyết định xử phạt: hình thức bổ sung'),
    ('term.handling.transferred_competent', 83, 'Chuyển người có thẩm quyền xử phạt'),
    ('term.handling.transferred_police', 84, 'Chuyển cơ quan công an (có dấu hiệu tội phạm)'),
    ('term.handling.closed_lawful', 85, 'Không ra quyết định xử phạt (Điều 65 Luật XLVPHC)'),
    ('term.handling.record_only', 86, 'Đã lập biên bản, chưa có quyết định'))
INSERT INTO report_layout (id, version, position, kind, text)
  SELECT added.id, (SELECT max(version) FROM report_layout WHERE id = 'term.handling.reminder'), added.position, 'term', added.text FROM added;
