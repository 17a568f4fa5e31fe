-- A periodic report made before the year's plan is adopted: the targets table says so instead of refusing
-- the whole report (issue 16). A line of the layout, so the province can word it and send it to its offices.
INSERT OR IGNORE INTO report_layout (id, position, kind, text, columns) VALUES
  ('text.noPlan', 16, 'text', 'Năm {year} chưa ban hành kế hoạch phòng, chống mại dâm: chưa có chỉ tiêu để đánh giá.', '[]');
