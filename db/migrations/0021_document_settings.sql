-- What the printed documents say about the office (issue 14 item 5, Decree 30/2020/NĐ-CP): office settings,
-- not synced. The parent body is printed above the issuing body (a geographic unit is not a parent body:
-- empty by default); the place goes before the date; the team's name, the number symbols, the signer titles
-- and the recipients are the office's own.
CREATE TABLE document_setting (
  key TEXT PRIMARY KEY CHECK (key IN ('parentBody', 'place', 'teamName', 'reportSymbol', 'minutesSymbol', 'signHead', 'signPreparer', 'recipients')),
  value TEXT NOT NULL
) STRICT;
INSERT INTO document_setting (key, value) VALUES
  ('parentBody', ''),
  ('place', 'Lạng Sơn'),
  ('teamName', 'Đội kiểm tra liên ngành về phòng, chống tệ nạn mại dâm'),
  ('reportSymbol', 'BC-UBND'),
  ('minutesSymbol', 'BB-ĐKT'),
  ('signHead', 'TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH'),
  ('signPreparer', 'NGƯỜI LẬP BÁO CÁO'),
  ('recipients', 'UBND tỉnh (để báo cáo);
Sở Y tế (để báo cáo);
Lưu: VT.');

-- The report's span line printed an internal counter ("nhật ký thay đổi số 229"): not a document's business.
UPDATE report_layout SET text = '(Từ ngày {from} đến ngày {to}; số liệu tính đến ngày {asOf})'
WHERE id = 'text.span' AND text = '(Từ ngày {from} đến ngày {to}; số liệu tính đến ngày {asOf}, nhật ký thay đổi số {seq})';
-- The head's title comes from the office's settings; the layout's line stays for a province that words it
-- for every office (empty: the office's own).
UPDATE report_layout SET text = '' WHERE id = 'text.signHead' AND text = 'THỦ TRƯỞNG ĐƠN VỊ';
