-- Case log deadlines as the laws count them.
--   * Crime denunciations and reports (tố giác, tin báo về tội phạm; kinds 'denunciation', 'report'): the office
--     passes them to the police and records when; the 20 days of the Criminal Procedure Code art. 147 run there.
--   * Denunciation of a violation (tố cáo, Law on Denunciation 2018; kind 'violation_denunciation'): accepted
--     within 7 working days (art. 29), settled within 30 days from acceptance (art. 30), extendable.
--   * Complaint (khiếu nại, Law on Complaints 2011): accepted within 10 days (art. 27), settled within 30 days
--     from acceptance, 45 if complex; in remote areas 45, 60 if complex (art. 28).
--   * Recommendations and reflections (kiến nghị, phản ánh; kind 'petition').
-- Both laws were amended by Law 136/2025/QH15 from 1 Jul 2026: the days are data (case_deadline_rule), each with
-- its article, source and the day it was checked, marked 'confirm' until checked against the amended text. The
-- province edits them and sends them to its offices in the configuration package (config_table).
CREATE TABLE case_deadline_rule (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('denunciation', 'report', 'violation_denunciation', 'complaint', 'petition')),
  -- transfer: the office passes a crime report to the police; police: the investigating body's own time (shown);
  -- accept: receipt to acceptance (thụ lý); resolve: acceptance to settlement.
  stage TEXT NOT NULL CHECK (stage IN ('transfer', 'police', 'accept', 'resolve')),
  -- '' the ordinary case; 'complex'; 'remote' (an office in a remote area); 'remote_complex'.
  variant TEXT NOT NULL DEFAULT '' CHECK (variant IN ('', 'complex', 'remote', 'remote_complex')),
  days INTEGER NOT NULL CHECK (days BETWEEN 1 AND 365),
  working_days INTEGER NOT NULL DEFAULT 0 CHECK (working_days IN (0, 1)),
  article TEXT NOT NULL,
  source TEXT NOT NULL,
  checked_on TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('checked', 'confirm')),
  note TEXT NOT NULL DEFAULT '',
  UNIQUE (kind, stage, variant)
) STRICT;
INSERT INTO case_deadline_rule (id, kind, stage, variant, days, working_days, article, source, checked_on, status, note) VALUES
  ('denunciation.transfer', 'denunciation', 'transfer', '', 1, 0, 'Bộ luật Tố tụng hình sự 2015, Điều 145', 'Luật số 101/2015/QH13', '2026-12-02', 'confirm',
    'Cơ quan, tổ chức khác tiếp nhận tố giác, tin báo phải chuyển ngay cho Cơ quan điều tra; số ngày là quy ước của văn phòng.'),
  ('denunciation.police', 'denunciation', 'police', '', 20, 0, 'Bộ luật Tố tụng hình sự 2015, khoản 1 Điều 147', 'Luật số 101/2015/QH13', '2026-12-02', 'checked',
    'Thời hạn của cơ quan điều tra, tính từ khi nhận; văn phòng chỉ theo dõi.'),
  ('report.transfer', 'report', 'transfer', '', 1, 0, 'Bộ luật Tố tụng hình sự 2015, Điều 145', 'Luật số 101/2015/QH13', '2026-12-02', 'confirm',
    'Cơ quan, tổ chức khác tiếp nhận tố giác, tin báo phải chuyển ngay cho Cơ quan điều tra; số ngày là quy ước của văn phòng.'),
  ('report.police', 'report', 'police', '', 20, 0, 'Bộ luật Tố tụng hình sự 2015, khoản 1 Điều 147', 'Luật số 101/2015/QH13', '2026-12-02', 'checked',
    'Thời hạn của cơ quan điều tra, tính từ khi nhận; văn phòng chỉ theo dõi.'),
  ('violation_denunciation.accept', 'violation_denunciation', 'accept', '', 7, 1, 'Luật Tố cáo 2018, khoản 1 Điều 29', 'Luật số 25/2018/QH14; sửa đổi bởi Luật số 136/2025/QH15 từ 01/7/2026', '2026-12-02', 'confirm', ''),
  ('violation_denunciation.resolve', 'violation_denunciation', 'resolve', '', 30, 0, 'Luật Tố cáo 2018, khoản 1 Điều 30', 'Luật số 25/2018/QH14; sửa đổi bởi Luật số 136/2025/QH15 từ 01/7/2026', '2026-12-02', 'confirm',
    'Vụ việc phức tạp gia hạn một lần, đặc biệt phức tạp hai lần, mỗi lần không quá 30 ngày.'),
  ('complaint.accept', 'complaint', 'accept', '', 10, 0, 'Luật Khiếu nại 2011, Điều 27', 'Luật số 02/2011/QH13; sửa đổi bởi Luật số 136/2025/QH15 từ 01/7/2026', '2026-12-02', 'confirm', ''),
  ('complaint.resolve', 'complaint', 'resolve', '', 30, 0, 'Luật Khiếu nại 2011, Điều 28', 'Luật số 02/2011/QH13; sửa đổi bởi Luật số 136/2025/QH15 từ 01/7/2026', '2026-12-02', 'confirm', ''),
  ('complaint.resolve.complex', 'complaint', 'resolve', 'complex', 45, 0, 'Luật Khiếu nại 2011, Điều 28', 'Luật số 02/2011/QH13; sửa đổi bởi Luật số 136/2025/QH15 từ 01/7/2026', '2026-12-02', 'confirm', ''),
  ('complaint.resolve.remote', 'complaint', 'resolve', 'remote', 45, 0, 'Luật Khiếu nại 2011, Điều 28', 'Luật số 02/2011/QH13; sửa đổi bởi Luật số 136/2025/QH15 từ 01/7/2026', '2026-12-02', 'confirm', ''),
  ('complaint.resolve.remote_complex', 'complaint', 'resolve', 'remote_complex', 60, 0, 'Luật Khiếu nại 2011, Điều 28', 'Luật số 02/2011/QH13; sửa đổi bởi Luật số 136/2025/QH15 từ 01/7/2026', '2026-12-02', 'confirm', ''),
  ('petition.resolve', 'petition', 'resolve', '', 15, 0, 'Cần xác nhận (Luật Tiếp công dân 2013; quy chế của địa phương)', 'Quy định của tỉnh', '2026-12-02', 'confirm',
    'Thời hạn trả lời kiến nghị, phản ánh do tỉnh xác định.');
-- An office that had changed the complaint deadline keeps its number for the ordinary case.
UPDATE case_deadline_rule SET days = (SELECT days FROM case_deadline WHERE kind = 'complaint')
  WHERE id = 'complaint.resolve' AND (SELECT days FROM case_deadline WHERE kind = 'complaint') <> 30;
DROP TABLE case_deadline;
INSERT INTO config_table (name) VALUES ('case_deadline_rule');

-- "Remote area" (vùng sâu, vùng xa, đi lại khó khăn) is a setting of the office: complaints then take 45/60 days.
ALTER TABLE office ADD COLUMN remote_area INTEGER NOT NULL DEFAULT 0 CHECK (remote_area IN (0, 1));

-- The case log is rebuilt for the new kinds; deadlines run from the acceptance date (ngày thụ lý), not receipt.
-- Existing cases keep every field and their stored deadline; a complaint is taken as accepted on receipt
-- (what its stored deadline assumed), crime reports keep received + 20 until they are next saved.
CREATE TABLE case_record_rebuilt (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('denunciation', 'report', 'violation_denunciation', 'complaint', 'petition')),
  received_on TEXT NOT NULL,
  accepted_on TEXT,
  complex INTEGER NOT NULL DEFAULT 0 CHECK (complex IN (0, 1)),
  channel TEXT NOT NULL CHECK (channel IN ('in_person', 'phone', 'letter', 'hotline', 'online', 'transferred', 'other')),
  anonymous INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
  reporter_name TEXT NOT NULL DEFAULT '',
  reporter_contact TEXT NOT NULL DEFAULT '',
  business_id TEXT REFERENCES business (id),
  place TEXT NOT NULL DEFAULT '',
  commune_code TEXT,
  content TEXT NOT NULL,
  classification TEXT NOT NULL DEFAULT '',
  handler TEXT NOT NULL DEFAULT '',
  deadline_on TEXT NOT NULL,
  verified_on TEXT,
  classified_on TEXT,
  transferred_on TEXT,
  transferred_to TEXT NOT NULL DEFAULT '',
  resolved_on TEXT,
  outcome TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  CHECK (resolved_on IS NULL OR resolved_on >= received_on),
  CHECK (accepted_on IS NULL OR accepted_on >= received_on),
  CHECK (deadline_on >= received_on)
) STRICT;
INSERT INTO case_record_rebuilt (id, unit_code, kind, received_on, accepted_on, complex, channel, anonymous, reporter_name, reporter_contact,
  business_id, place, commune_code, content, classification, handler, deadline_on, verified_on, classified_on, transferred_on,
  transferred_to, resolved_on, outcome, created_at, updated_at, created_by, updated_by)
SELECT id, unit_code, kind, received_on, CASE WHEN kind = 'complaint' THEN received_on END, 0, channel, anonymous, reporter_name, reporter_contact,
  business_id, place, commune_code, content, classification, handler, deadline_on, verified_on, classified_on, transferred_on,
  transferred_to, resolved_on, outcome, created_at, updated_at, created_by, updated_by
FROM case_record;
DROP TABLE case_record;
ALTER TABLE case_record_rebuilt RENAME TO case_record;
CREATE INDEX case_record_deadline ON case_record (unit_code, deadline_on);
CREATE INDEX case_record_business ON case_record (business_id) WHERE business_id IS NOT NULL;

-- An extension of a case's deadline is a step of its own: when, why, and the new deadline.
CREATE TABLE case_extension (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  case_id TEXT NOT NULL REFERENCES case_record (id),
  extended_on TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (reason <> ''),
  previous_deadline TEXT NOT NULL,
  new_deadline TEXT NOT NULL CHECK (new_deadline > previous_deadline),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT,
  updated_by TEXT
) STRICT;
CREATE INDEX case_extension_case ON case_extension (case_id, new_deadline);
INSERT INTO synced_table (name) VALUES ('case_extension');

-- The report's case table names the new kinds (in the layout version of this release, see violation_handling).
UPDATE report_layout SET text = 'Tố giác tội phạm', version = (SELECT max(version) FROM report_layout) WHERE id = 'term.case.denunciation';
UPDATE report_layout SET text = 'Tin báo về tội phạm', version = (SELECT max(version) FROM report_layout) WHERE id = 'term.case.report';
INSERT INTO report_layout (id, version, position, kind, text)
  SELECT 'term.case.violation_denunciation', (SELECT version FROM report_layout WHERE id = 'term.case.denunciation'), 87, 'term', 'Tố cáo';
INSERT INTO report_layout (id, version, position, kind, text)
  SELECT 'term.case.petition', (SELECT version FROM report_layout WHERE id = 'term.case.denunciation'), 88, 'term', 'Kiến nghị, phản ánh';
