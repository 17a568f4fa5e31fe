-- The periodic report's layout and labels as data: the PDF and the .xlsx are both built from these rows, and the
-- province sends its version to the offices in the configuration package (config_table), so a changed label
-- appears in the next report with no code change.
--   kind 'text':  a line of the printed document (title, headings, signature roles); {placeholders} are filled.
--   kind 'table': one table of the report (a sheet of the .xlsx); `columns` is a JSON array of [key, header]
--                 pairs in print order (a column left out is not shown); `shown` = 0 leaves the table out.
--   kind 'term':  the name of a value inside a table (a business type, a case kind, a handling, a status).
-- `id` is stable across versions; `version` is the layout version that last changed the row.
CREATE TABLE report_layout (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('text', 'table', 'term')),
  text TEXT NOT NULL,
  columns TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(columns) AND json_type(columns) = 'array'),
  shown INTEGER NOT NULL DEFAULT 1 CHECK (shown IN (0, 1))
) STRICT;

INSERT INTO report_layout (id, position, kind, text, columns) VALUES
  ('text.title', 1, 'text', 'BÁO CÁO', '[]'),
  ('text.subject', 2, 'text', 'Kết quả công tác phòng, chống mại dâm {periodName}', '[]'),
  ('text.span', 3, 'text', '(Từ ngày {from} đến ngày {to}; số liệu tính đến ngày {asOf}, nhật ký thay đổi số {seq})', '[]'),
  ('text.dateLine', 4, 'text', 'ngày {day} tháng {month} năm {year}', '[]'),
  ('text.figures', 5, 'text', 'I. KẾT QUẢ THỰC HIỆN', '[]'),
  ('text.assessment', 6, 'text', 'II. ĐÁNH GIÁ CHUNG VÀ ĐỀ XUẤT', '[]'),
  ('text.empty', 7, 'text', '(Không có số liệu)', '[]'),
  ('text.signPreparer', 8, 'text', 'NGƯỜI LẬP BÁO CÁO', '[]'),
  ('text.signHead', 9, 'text', 'THỦ TRƯỞNG ĐƠN VỊ', '[]'),
  ('text.footer', 10, 'text', 'Báo cáo kỳ {period}', '[]'),
  ('text.period.month', 11, 'text', 'tháng {n} năm {year}', '[]'),
  ('text.period.quarter', 12, 'text', 'quý {roman} năm {year}', '[]'),
  ('text.period.half1', 13, 'text', '6 tháng đầu năm {year}', '[]'),
  ('text.period.half2', 14, 'text', '6 tháng cuối năm {year}', '[]'),
  ('text.period.year', 15, 'text', 'năm {year}', '[]'),
  ('table.about', 20, 'table', 'Thông tin báo cáo',
    '[["period","Kỳ báo cáo"],["from","Từ ngày"],["to","Đến ngày"],["asOf","Số liệu tính đến ngày"],["unit","Đơn vị"],["seq","Số thứ tự nhật ký thay đổi"],["layout","Phiên bản mẫu báo cáo"],["results","Kết quả đạt được"],["difficulties","Khó khăn, vướng mắc"],["proposals","Đề xuất, kiến nghị"]]'),
  ('table.targets', 21, 'table', 'Chỉ tiêu kế hoạch',
    '[["code","Mã"],["text","Chỉ tiêu"],["threshold","Chỉ tiêu đặt ra (%)"],["numerator","Tử số"],["denominator","Mẫu số"],["frozen","Mẫu số chốt"],["live","Mẫu số hiện tại"],["value","Kết quả (%)"],["status","Đánh giá"]]'),
  ('table.businesses', 22, 'table', 'Cơ sở kinh doanh',
    '[["type","Loại hình"],["operating","Đang hoạt động"],["suspended","Tạm ngừng"],["closed","Đã đóng cửa"],["total","Tổng số"]]'),
  ('table.inspections', 23, 'table', 'Kiểm tra',
    '[["type","Loại hình"],["active","Cơ sở đang hoạt động"],["inspected","Cơ sở được kiểm tra"],["visits","Lượt kiểm tra"],["withViolations","Cơ sở có vi phạm"]]'),
  ('table.violations', 24, 'table', 'Vi phạm theo hình thức xử lý',
    '[["handling","Hình thức xử lý"],["count","Số vi phạm"],["fines","Tiền phạt (đồng)"],["closed","Đã khắc phục"]]'),
  ('table.training', 25, 'table', 'Tập huấn',
    '[["item","Nội dung"],["count","Số lượng"]]'),
  ('table.outreach', 26, 'table', 'Tuyên truyền',
    '[["type","Hình thức"],["events","Số hoạt động"],["workers","Người lao động"],["students","Học sinh, sinh viên"],["public","Người dân"]]'),
  ('table.cases', 27, 'table', 'Tố giác, tin báo, khiếu nại',
    '[["kind","Loại"],["received","Tiếp nhận trong kỳ"],["due","Đến hạn trong kỳ"],["onTime","Giải quyết đúng hạn"],["late","Quá hạn"]]'),
  ('term.total', 40, 'term', 'Tổng số', '[]'),
  ('term.business.karaoke', 41, 'term', 'Karaoke', '[]'),
  ('term.business.dance_hall', 42, 'term', 'Vũ trường', '[]'),
  ('term.business.massage_sauna', 43, 'term', 'Massage, xông hơi', '[]'),
  ('term.business.hotel', 44, 'term', 'Khách sạn', '[]'),
  ('term.business.guest_house', 45, 'term', 'Nhà nghỉ', '[]'),
  ('term.business.rental_rooms', 46, 'term', 'Nhà trọ', '[]'),
  ('term.business.hostess_venue', 47, 'term', 'Nhà hàng, quán có tiếp viên', '[]'),
  ('term.business.barber', 48, 'term', 'Cắt tóc, gội đầu', '[]'),
  ('term.business.other', 49, 'term', 'Khác', '[]'),
  ('term.case.denunciation', 50, 'term', 'Tố giác', '[]'),
  ('term.case.report', 51, 'term', 'Tin báo', '[]'),
  ('term.case.complaint', 52, 'term', 'Khiếu nại', '[]'),
  ('term.status.met', 53, 'term', 'Đạt', '[]'),
  ('term.status.on_track', 54, 'term', 'Đúng tiến độ', '[]'),
  ('term.status.behind', 55, 'term', 'Chậm tiến độ', '[]'),
  ('term.status.no_data', 56, 'term', 'Chưa có dữ liệu', '[]'),
  ('term.status.nothing_due', 57, 'term', 'Chưa phát sinh', '[]'),
  ('term.status.not_declared', 58, 'term', 'Chưa khai báo', '[]'),
  ('term.handling.reminder', 59, 'term', 'Nhắc nhở', '[]'),
  ('term.handling.warning', 60, 'term', 'Cảnh cáo bằng văn bản', '[]'),
  ('term.handling.fine', 61, 'term', 'Phạt tiền', '[]'),
  ('term.handling.suspension', 62, 'term', 'Đình chỉ hoạt động', '[]'),
  ('term.handling.referral', 63, 'term', 'Chuyển cơ quan công an', '[]'),
  ('term.handling.none', 64, 'term', 'Chưa xử lý', '[]'),
  ('term.outreach.conference', 65, 'term', 'Hội nghị', '[]'),
  ('term.outreach.talk', 66, 'term', 'Nói chuyện chuyên đề', '[]'),
  ('term.outreach.loudspeaker', 67, 'term', 'Phát thanh loa', '[]'),
  ('term.outreach.poster', 68, 'term', 'Pano, áp phích, băng rôn', '[]'),
  ('term.outreach.leaflet', 69, 'term', 'Tờ rơi', '[]'),
  ('term.outreach.press', 70, 'term', 'Bài báo', '[]'),
  ('term.outreach.social_media', 71, 'term', 'Mạng xã hội', '[]'),
  ('term.outreach.business_visit', 72, 'term', 'Đến tận cơ sở kinh doanh', '[]'),
  ('term.training.courses', 73, 'term', 'Lớp tập huấn kết thúc trong kỳ', '[]'),
  ('term.training.participants', 74, 'term', 'Lượt người tham dự', '[]'),
  ('term.training.completed', 75, 'term', 'Lượt người hoàn thành', '[]'),
  ('term.training.people', 76, 'term', 'Số người được tập huấn (mỗi người tính một lần)', '[]'),
  ('term.training.activeStaff', 77, 'term', 'Cán bộ, cộng tác viên đang hoạt động', '[]');

INSERT INTO config_table (name) VALUES ('report_layout');

-- Which layout version each report was made with (its figures come from change_log_seq).
ALTER TABLE period_report ADD COLUMN layout_version INTEGER NOT NULL DEFAULT 1;

-- The dashboard's outreach series (db/planSeries.ts) read the year's events and their communes: this index
-- covers them, so a year of 10,000 events is read without visiting the table.
CREATE INDEX outreach_event_date_covering ON outreach_event (event_date, id, workers_reached, students_reached);
