-- The official mapping from the old communes (VN-2004) to the new ones (VN-2025), issue 17: a legacy
-- spreadsheet or an installation set up on the old list lands in today's communes through it. An old
-- commune split among several new ones has one row per new commune. old_code is '' for an old commune
-- the old list does not hold (merged in 2024); its names and province say which it was.
CREATE TABLE unit_mapping (
  from_version TEXT NOT NULL,
  to_version TEXT NOT NULL,
  old_code TEXT NOT NULL,
  old_name TEXT NOT NULL,
  old_district TEXT NOT NULL,
  old_province_code TEXT NOT NULL,
  new_code TEXT NOT NULL,
  PRIMARY KEY (from_version, to_version, old_code, old_province_code, old_district, old_name, new_code)
) STRICT, WITHOUT ROWID;
CREATE INDEX unit_mapping_new ON unit_mapping (to_version, new_code);

-- Converting to the new list keeps what a record said before: the code and the list it came from.
ALTER TABLE business ADD COLUMN previous_commune_code TEXT;
ALTER TABLE business ADD COLUMN previous_list_version TEXT;
ALTER TABLE school ADD COLUMN previous_commune_code TEXT;
ALTER TABLE school ADD COLUMN previous_list_version TEXT;
ALTER TABLE staff_person ADD COLUMN previous_unit_code TEXT;
ALTER TABLE staff_person ADD COLUMN previous_list_version TEXT;
ALTER TABLE case_record ADD COLUMN previous_commune_code TEXT;
ALTER TABLE case_record ADD COLUMN previous_list_version TEXT;
ALTER TABLE outreach_event_commune ADD COLUMN previous_commune_code TEXT;
ALTER TABLE outreach_event_commune ADD COLUMN previous_list_version TEXT;
ALTER TABLE office ADD COLUMN previous_unit_code TEXT;
ALTER TABLE office ADD COLUMN previous_list_version TEXT;
