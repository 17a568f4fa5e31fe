-- Legal bases of 2026 (issue 14 item 4): citations as data with the day each was checked, which checklist
-- items apply to which business types, the business types 2026 plans name (homestay, serviced apartments,
-- spa) and the karaoke/dance-hall business licence in the register. The default checklists are rebuilt from
-- this data (db/inspectionDefaults.ts); existing templates get a new default version, inspections keep theirs.

-- A citation a checklist item rests on. The province changes the text and the day it was checked; `confirm`
-- marks a reported act still to be confirmed (shown to the office, printed as written).
CREATE TABLE legal_basis (
  key TEXT PRIMARY KEY,
  citation TEXT NOT NULL,
  checked_on TEXT NOT NULL,
  confirm INTEGER NOT NULL DEFAULT 0 CHECK (confirm IN (0, 1)),
  note TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO legal_basis (key, citation, checked_on, confirm, note) VALUES
  ('business_registration', 'Luật Doanh nghiệp 2020; Nghị định 168/2025/NĐ-CP', '2026-12-01', 0, 'Thay Nghị định 01/2021/NĐ-CP từ 01/7/2025'),
  ('security_order', 'Nghị định 96/2016/NĐ-CP (sửa đổi bởi Nghị định 56/2023/NĐ-CP)', '2026-12-01', 0, 'Áp dụng cho lưu trú, karaoke, vũ trường, xoa bóp'),
  ('security_order_rules', 'Nghị định 96/2016/NĐ-CP, Điều 25 (sửa đổi bởi Nghị định 56/2023/NĐ-CP)', '2026-12-01', 0, ''),
  ('labour_contract', 'Bộ luật Lao động 2019, Điều 14', '2026-12-01', 0, ''),
  ('labour_declared', 'Bộ luật Lao động 2019, Điều 12', '2026-12-01', 0, ''),
  ('minors', 'Bộ luật Lao động 2019, Điều 147', '2026-12-01', 0, ''),
  ('health_checks', 'Luật An toàn, vệ sinh lao động 2015, Điều 21', '2026-12-01', 0, 'Khám sức khỏe định kỳ cho người lao động'),
  ('prostitution', 'Pháp lệnh Phòng, chống mại dâm 2003; Nghị định 282/2025/NĐ-CP', '2026-12-01', 0, 'Nghị định 347/2026/NĐ-CP sửa đổi (cần xác nhận)'),
  ('fire_safety', 'Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ 2024 (Luật 55/2024/QH15); Nghị định 105/2025/NĐ-CP', '2026-12-01', 1, 'Xác nhận các văn bản sửa đổi sau'),
  ('stay_notification', 'Luật Cư trú 2020, Điều 30; Thông tư 116/2026/TT-BCA', '2026-12-01', 1, 'Thay Thông tư 55/2021/TT-BCA (số hiệu cần xác nhận)'),
  ('guest_register', 'Luật Cư trú 2020, Điều 30; Thông tư 116/2026/TT-BCA', '2026-12-01', 1, ''),
  ('karaoke_room', 'Nghị định 54/2019/NĐ-CP, Điều 4', '2026-12-01', 0, ''),
  ('karaoke_latch', 'Nghị định 54/2019/NĐ-CP, Điều 4; Nghị định 38/2021/NĐ-CP, Điều 15', '2026-12-01', 0, ''),
  ('karaoke_rules', 'Nghị định 54/2019/NĐ-CP, Điều 7', '2026-12-01', 0, 'Quy định riêng của karaoke'),
  ('common_duties', 'Nghị định 54/2019/NĐ-CP, Điều 6', '2026-12-01', 0, 'Trách nhiệm chung: bài hát được phép phổ biến, đồng phục, biển tên'),
  ('business_licence', 'Nghị định 54/2019/NĐ-CP, Điều 3 (sửa đổi bởi Nghị định 148/2024/NĐ-CP)', '2026-12-01', 0, 'UBND cấp xã cấp ở nhiều tỉnh từ 2025'),
  ('licence_adjusted', 'Nghị định 54/2019/NĐ-CP, Điều 13', '2026-12-01', 0, ''),
  ('repealed_142', 'Nghị định 142/2018/NĐ-CP bãi bỏ', '2026-12-01', 0, ''),
  ('dance_hall', 'Nghị định 54/2019/NĐ-CP, Điều 5', '2026-12-01', 0, ''),
  ('dance_hall_rules', 'Nghị định 54/2019/NĐ-CP, Điều 8', '2026-12-01', 0, ''),
  ('local_practice', 'Thực tiễn địa phương', '2026-12-01', 0, ''),
  ('old_rules', 'Quy định cũ, tham khảo', '2026-12-01', 0, '');

-- Which business types a checklist item applies to (an item not listed applies to every type).
CREATE TABLE checklist_item_type (
  item_key TEXT NOT NULL,
  business_type TEXT NOT NULL,
  basis_key TEXT NOT NULL REFERENCES legal_basis (key),
  PRIMARY KEY (item_key, business_type)
) STRICT;
-- The security-and-order certificate: accommodation, karaoke and dance halls, massage (Decree 96/2016 as
-- amended by Decree 56/2023): not barbers, cafés or restaurants.
INSERT INTO checklist_item_type (item_key, business_type, basis_key) VALUES
  ('security_cert', 'hotel', 'security_order'), ('security_cert', 'guest_house', 'security_order'),
  ('security_cert', 'rental_rooms', 'security_order'), ('security_cert', 'homestay', 'security_order'),
  ('security_cert', 'serviced_apartment', 'security_order'), ('security_cert', 'karaoke', 'security_order'),
  ('security_cert', 'dance_hall', 'security_order'), ('security_cert', 'massage_sauna', 'security_order'),
  ('security_cert', 'spa', 'security_order');

-- Which version of the defaults a template version is (null: written by an administrator). Version 1 of
-- every template was the seeded 2023 default.
ALTER TABLE checklist_template ADD COLUMN default_revision INTEGER;
UPDATE checklist_template SET default_revision = 1 WHERE version = 1;

-- The business register: new types and the licence (rebuilt, the type CHECK changes).
CREATE TABLE business_new (
  -- A stable local integer key for the search index (VACUUM may renumber implicit rowids).
  row_no INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  unit_code TEXT NOT NULL,
  unit_list_version TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('karaoke', 'dance_hall', 'massage_sauna', 'hotel', 'guest_house',
    'rental_rooms', 'hostess_venue', 'barber', 'other', 'homestay', 'serviced_apartment', 'spa')),
  address TEXT NOT NULL DEFAULT '',
  commune_code TEXT NOT NULL,
  owner_name TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  registration_no TEXT NOT NULL DEFAULT '',
  registration_date TEXT,
  security_cert_no TEXT NOT NULL DEFAULT '',
  security_cert_date TEXT,
  -- Karaoke and dance-hall business licence (Decree 54/2019 art. 3, amended by Decree 148/2024).
  licence_no TEXT NOT NULL DEFAULT '',
  licence_date TEXT,
  licence_issuer TEXT NOT NULL DEFAULT '',
  workers_total INTEGER CHECK (workers_total >= 0),
  workers_women INTEGER CHECK (workers_women >= 0 AND workers_women <= workers_total),
  status TEXT NOT NULL CHECK (status IN ('operating', 'suspended', 'closed')),
  notes TEXT NOT NULL DEFAULT '',
  -- Derived in db/business.ts: diacritic-free lower-case text for search, and a Vietnamese sort key.
  search_text TEXT NOT NULL,
  sort_key TEXT NOT NULL,
  registration_key TEXT NOT NULL DEFAULT '',
  identity_key TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT,
  updated_by TEXT
) STRICT;
INSERT INTO business_new (row_no, id, unit_code, unit_list_version, name, type, address, commune_code, owner_name, phone, registration_no, registration_date, security_cert_no, security_cert_date, workers_total, workers_women, status, notes, search_text, sort_key, registration_key, identity_key, created_at, updated_at, created_by, updated_by)
SELECT row_no, id, unit_code, unit_list_version, name, type, address, commune_code, owner_name, phone, registration_no, registration_date, security_cert_no, security_cert_date, workers_total, workers_women, status, notes, search_text, sort_key, registration_key, identity_key, created_at, updated_at, created_by, updated_by FROM business;
DROP TABLE business;
ALTER TABLE business_new RENAME TO business;
CREATE INDEX business_sort ON business (sort_key);
CREATE INDEX business_commune ON business (commune_code, sort_key);
CREATE INDEX business_type ON business (type, sort_key);
CREATE INDEX business_status ON business (status, sort_key);
CREATE INDEX business_registration ON business (registration_key) WHERE registration_key <> '';
CREATE INDEX business_identity ON business (identity_key);

-- The search index keeps its content table by name; its triggers went with the old table.
CREATE TRIGGER business_search_insert AFTER INSERT ON business BEGIN
  INSERT INTO business_search (rowid, search_text) VALUES (NEW.row_no, NEW.search_text);
END;
CREATE TRIGGER business_search_delete AFTER DELETE ON business BEGIN
  INSERT INTO business_search (business_search, rowid, search_text) VALUES ('delete', OLD.row_no, OLD.search_text);
END;
CREATE TRIGGER business_search_update AFTER UPDATE OF search_text ON business BEGIN
  INSERT INTO business_search (business_search, rowid, search_text) VALUES ('delete', OLD.row_no, OLD.search_text);
  INSERT INTO business_search (rowid, search_text) VALUES (NEW.row_no, NEW.search_text);
END;

INSERT INTO business_search (business_search) VALUES ('rebuild');
CREATE INDEX business_commune_status ON business (commune_code, unit_list_version, status);

-- Report terms: the business types as the screens name them.
UPDATE report_layout SET text = 'Xoa bóp, xông hơi' WHERE id = 'term.business.massage_sauna' AND text = 'Massage, xông hơi';
UPDATE report_layout SET text = 'Nhà trọ, phòng cho thuê' WHERE id = 'term.business.rental_rooms' AND text = 'Nhà trọ';
UPDATE report_layout SET text = 'Nhà hàng, quán bar, cà phê có tiếp viên' WHERE id = 'term.business.hostess_venue' AND text = 'Nhà hàng, quán có tiếp viên';
INSERT OR IGNORE INTO report_layout (id, position, kind, text, columns) VALUES
  ('term.business.homestay', 90, 'term', 'Homestay', '[]'),
  ('term.business.serviced_apartment', 91, 'term', 'Căn hộ cho thuê (căn hộ dịch vụ)', '[]'),
  ('term.business.spa', 92, 'term', 'Spa, chăm sóc sắc đẹp', '[]');
