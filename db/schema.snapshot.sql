-- index admin_unit_parent
CREATE INDEX admin_unit_parent ON admin_unit (list_version, parent_code)
-- index audit_log_action
CREATE INDEX audit_log_action ON audit_log (action, seq)
-- index audit_log_at
CREATE INDEX audit_log_at ON audit_log (at)
-- index audit_log_unsealed
CREATE INDEX audit_log_unsealed ON audit_log (seq) WHERE hash IS NULL
-- index audit_log_via
CREATE INDEX audit_log_via ON audit_log (via, seq) WHERE via IS NOT NULL
-- index business_commune
CREATE INDEX business_commune ON business (commune_code, sort_key)
-- index business_identity
CREATE INDEX business_identity ON business (identity_key)
-- index business_registration
CREATE INDEX business_registration ON business (registration_key) WHERE registration_key <> ''
-- index business_sort
CREATE INDEX business_sort ON business (sort_key)
-- index business_status
CREATE INDEX business_status ON business (status, sort_key)
-- index business_type
CREATE INDEX business_type ON business (type, sort_key)
-- index change_log_row
CREATE INDEX change_log_row ON change_log (table_name, row_id, seq)
-- index outreach_event_commune_code
CREATE INDEX outreach_event_commune_code ON outreach_event_commune (commune_code)
-- index outreach_event_date
CREATE INDEX outreach_event_date ON outreach_event (event_date)
-- index row_origin_installation
CREATE INDEX row_origin_installation ON row_origin (installation_id, table_name, row_id)
-- index staff_person_identity
CREATE INDEX staff_person_identity ON staff_person (identity_key)
-- index staff_person_sort
CREATE INDEX staff_person_sort ON staff_person (sort_key)
-- index staff_person_status
CREATE INDEX staff_person_status ON staff_person (status, work_unit_code, id)
-- index training_attendance_person
CREATE INDEX training_attendance_person ON training_attendance (person_id)
-- index training_course_year
CREATE INDEX training_course_year ON training_course (id, end_date)
-- index training_participant_person
CREATE INDEX training_participant_person ON training_participant (person_id, completed, course_id)
-- table admin_unit
CREATE TABLE admin_unit ( list_version TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, level TEXT NOT NULL CHECK (level IN ('province', 'district', 'commune')), kind TEXT NOT NULL, parent_code TEXT, sort_key TEXT NOT NULL, PRIMARY KEY (list_version, code) ) STRICT
-- table app_user
CREATE TABLE app_user ( id TEXT PRIMARY KEY, unit_code TEXT NOT NULL, name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE, role TEXT NOT NULL CHECK (role IN ('admin', 'clerk', 'inspector')), password_hash TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT ) STRICT
-- table audit_derived_column
CREATE TABLE audit_derived_column ( table_name TEXT NOT NULL, column_name TEXT NOT NULL, PRIMARY KEY (table_name, column_name) ) STRICT, WITHOUT ROWID
-- table audit_log
CREATE TABLE audit_log ( seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, -- UTC instant user_id TEXT, -- NULL: the system, or a command line run without a user user_name TEXT, action TEXT NOT NULL, -- a procedure name ('session.signIn') or 'record.create|update|delete' via TEXT, -- for record changes: the procedure that made them target_table TEXT, record_id TEXT, record_label TEXT, -- the record's name when it has one, to find it without its id fields TEXT, -- JSON array of the changed columns detail TEXT, -- small JSON object prev_hash TEXT, hash TEXT -- SHA-256 of the entry and prev_hash; NULL until sealed ) STRICT
-- table business
CREATE TABLE business ( -- A stable local integer key for the search index (VACUUM may renumber implicit rowids). row_no INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, unit_code TEXT NOT NULL, unit_list_version TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL CHECK (type IN ('karaoke', 'dance_hall', 'massage_sauna', 'hotel', 'guest_house', 'rental_rooms', 'hostess_venue', 'barber', 'other')), address TEXT NOT NULL DEFAULT '', commune_code TEXT NOT NULL, owner_name TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', registration_no TEXT NOT NULL DEFAULT '', registration_date TEXT, security_cert_no TEXT NOT NULL DEFAULT '', security_cert_date TEXT, workers_total INTEGER CHECK (workers_total >= 0), workers_women INTEGER CHECK (workers_women >= 0 AND workers_women <= workers_total), status TEXT NOT NULL CHECK (status IN ('operating', 'suspended', 'closed')), notes TEXT NOT NULL DEFAULT '', -- Derived in db/business.ts: diacritic-free lower-case text for search, and a Vietnamese sort key. search_text TEXT NOT NULL, sort_key TEXT NOT NULL, registration_key TEXT NOT NULL DEFAULT '', identity_key TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT ) STRICT
-- table business_search
CREATE VIRTUAL TABLE business_search USING fts5 ( search_text, content = 'business', content_rowid = 'row_no', tokenize = 'trigram' )
-- table business_search_config
CREATE TABLE 'business_search_config'(k PRIMARY KEY, v) WITHOUT ROWID
-- table business_search_data
CREATE TABLE 'business_search_data'(id INTEGER PRIMARY KEY, block BLOB)
-- table business_search_docsize
CREATE TABLE 'business_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB)
-- table business_search_idx
CREATE TABLE 'business_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID
-- table change_log
CREATE TABLE change_log ( seq INTEGER PRIMARY KEY AUTOINCREMENT, table_name TEXT NOT NULL, row_id TEXT NOT NULL, op TEXT NOT NULL CHECK (op IN ('I', 'U', 'D')), row_json TEXT NOT NULL, changed_at TEXT NOT NULL ) STRICT
-- table config_received
CREATE TABLE config_received ( package_id TEXT PRIMARY KEY, sequence INTEGER NOT NULL, package_hash TEXT NOT NULL, revoked_installations TEXT NOT NULL, imported_at TEXT NOT NULL ) STRICT
-- table config_table
CREATE TABLE config_table ( name TEXT PRIMARY KEY ) STRICT
-- table installation_key
CREATE TABLE installation_key ( purpose TEXT PRIMARY KEY CHECK (purpose IN ('signing', 'receiving')), public_key BLOB NOT NULL CHECK (length(public_key) = 32), private_key BLOB NOT NULL CHECK (length(private_key) = 32), created_at TEXT NOT NULL ) STRICT
-- table office
CREATE TABLE office ( singleton INTEGER PRIMARY KEY CHECK (singleton = 1), installation_id TEXT NOT NULL, office_name TEXT NOT NULL, level TEXT NOT NULL CHECK (level IN ('province', 'district', 'commune')), unit_code TEXT NOT NULL, unit_list_version TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL , idle_lock_minutes INTEGER NOT NULL DEFAULT 10 CHECK (idle_lock_minutes BETWEEN 1 AND 120)) STRICT
-- table outreach_event
CREATE TABLE outreach_event ( id TEXT PRIMARY KEY, unit_code TEXT NOT NULL, unit_list_version TEXT NOT NULL, type TEXT NOT NULL CHECK (type IN ('conference', 'talk', 'loudspeaker', 'poster', 'leaflet', 'press', 'social_media', 'business_visit')), event_date TEXT NOT NULL, organiser TEXT NOT NULL DEFAULT '', workers_reached INTEGER NOT NULL DEFAULT 0 CHECK (workers_reached >= 0), students_reached INTEGER NOT NULL DEFAULT 0 CHECK (students_reached >= 0), school_id TEXT REFERENCES school (id), public_reached INTEGER NOT NULL DEFAULT 0 CHECK (public_reached >= 0), materials TEXT NOT NULL DEFAULT '', -- Why more workers were reached than the named businesses employ (the clerk is warned first). headcount_reason TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT ) STRICT
-- table outreach_event_business
CREATE TABLE outreach_event_business ( id TEXT PRIMARY KEY, unit_code TEXT NOT NULL, event_id TEXT NOT NULL REFERENCES outreach_event (id) ON DELETE CASCADE, business_id TEXT NOT NULL REFERENCES business (id), UNIQUE (event_id, business_id) ) STRICT
-- table outreach_event_commune
CREATE TABLE outreach_event_commune ( id TEXT PRIMARY KEY, unit_code TEXT NOT NULL, event_id TEXT NOT NULL REFERENCES outreach_event (id) ON DELETE CASCADE, commune_code TEXT NOT NULL, UNIQUE (event_id, commune_code) ) STRICT
-- table package_issued
CREATE TABLE package_issued ( package_id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('province-config', 'receipt')), sequence INTEGER NOT NULL, package_hash TEXT NOT NULL, created_at TEXT NOT NULL, UNIQUE (kind, sequence) ) STRICT
-- table package_received
CREATE TABLE package_received ( package_id TEXT PRIMARY KEY, sender_installation_id TEXT NOT NULL REFERENCES registered_office (installation_id), sequence INTEGER NOT NULL, kind TEXT NOT NULL, package_hash TEXT NOT NULL, size INTEGER NOT NULL, created_at TEXT NOT NULL, imported_at TEXT NOT NULL, audit_hash TEXT, UNIQUE (sender_installation_id, sequence) ) STRICT
-- table package_sent
CREATE TABLE package_sent ( sequence INTEGER PRIMARY KEY CHECK (sequence >= 1), package_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL CHECK (kind IN ('office-delta', 'office-snapshot')), file BLOB NOT NULL, package_hash TEXT NOT NULL, size INTEGER NOT NULL, up_to_change_seq INTEGER NOT NULL, created_at TEXT NOT NULL, confirmed_at TEXT ) STRICT
-- table province_key
CREATE TABLE province_key ( seq INTEGER PRIMARY KEY AUTOINCREMENT, installation_id TEXT NOT NULL, unit_code TEXT NOT NULL, signing_public_key BLOB NOT NULL CHECK (length(signing_public_key) = 32), receiving_public_key BLOB NOT NULL CHECK (length(receiving_public_key) = 32), fingerprint TEXT NOT NULL, pinned_at TEXT NOT NULL, package_id TEXT NOT NULL ) STRICT
-- table registered_office
CREATE TABLE registered_office ( installation_id TEXT PRIMARY KEY, unit_code TEXT NOT NULL, unit_list_version TEXT NOT NULL, office_name TEXT NOT NULL, public_key BLOB NOT NULL CHECK (length(public_key) = 32), fingerprint TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('active', 'revoked')), registered_at TEXT NOT NULL, revoked_at TEXT ) STRICT
-- table row_origin
CREATE TABLE row_origin ( table_name TEXT NOT NULL, row_id TEXT NOT NULL, installation_id TEXT NOT NULL, change_seq INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)), PRIMARY KEY (table_name, row_id) ) STRICT, WITHOUT ROWID
-- table school
CREATE TABLE school ( id TEXT PRIMARY KEY, unit_code TEXT NOT NULL, unit_list_version TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('high_school', 'college', 'vocational')), commune_code TEXT NOT NULL, enrolment INTEGER NOT NULL CHECK (enrolment >= 0), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT ) STRICT
-- table sign_in_throttle
CREATE TABLE sign_in_throttle ( name_key TEXT PRIMARY KEY, failures INTEGER NOT NULL CHECK (failures > 0), blocked_until TEXT, updated_at TEXT NOT NULL ) STRICT
-- table sqlite_sequence
CREATE TABLE sqlite_sequence(name,seq)
-- table staff_person
CREATE TABLE staff_person ( row_no INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, -- The office the record belongs to. unit_code TEXT NOT NULL, unit_list_version TEXT NOT NULL, full_name TEXT NOT NULL, gender TEXT CHECK (gender IN ('female', 'male')), birth_year INTEGER CHECK (birth_year BETWEEN 1900 AND 2100), position TEXT NOT NULL DEFAULT '', agency TEXT NOT NULL DEFAULT '', level TEXT NOT NULL CHECK (level IN ('province', 'district', 'commune')), -- The administrative unit the person serves (province, district or commune code). work_unit_code TEXT NOT NULL, staff_group TEXT NOT NULL CHECK (staff_group IN ('official', 'civil_servant', 'public_employee', 'collaborator', 'police_border_guard', 'other')), phone TEXT NOT NULL DEFAULT '', status TEXT NOT NULL CHECK (status IN ('active', 'left')), search_text TEXT NOT NULL, sort_key TEXT NOT NULL, -- Normalised name + year of birth + unit: likely duplicates share it. identity_key TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT ) STRICT
-- table synced_table
CREATE TABLE synced_table ( name TEXT PRIMARY KEY ) STRICT
-- table training_attendance
CREATE TABLE training_attendance ( id TEXT PRIMARY KEY, unit_code TEXT NOT NULL, session_id TEXT NOT NULL REFERENCES training_session (id) ON DELETE CASCADE, person_id TEXT NOT NULL REFERENCES staff_person (id), created_at TEXT NOT NULL, UNIQUE (session_id, person_id) ) STRICT
-- table training_course
CREATE TABLE training_course ( id TEXT PRIMARY KEY, unit_code TEXT NOT NULL, unit_list_version TEXT NOT NULL, title TEXT NOT NULL, -- Comma-separated topic codes (prevention, harm_reduction, gbv, reintegration, law). topics TEXT NOT NULL DEFAULT '', organiser TEXT NOT NULL DEFAULT '', trainers TEXT NOT NULL DEFAULT '', venue TEXT NOT NULL DEFAULT '', start_date TEXT NOT NULL, end_date TEXT NOT NULL CHECK (end_date >= start_date), -- A participant completes the course by attending at least this share of its sessions. completion_percent INTEGER NOT NULL CHECK (completion_percent BETWEEN 1 AND 100), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT ) STRICT
-- table training_participant
CREATE TABLE training_participant ( id TEXT PRIMARY KEY, unit_code TEXT NOT NULL, course_id TEXT NOT NULL REFERENCES training_course (id) ON DELETE CASCADE, person_id TEXT NOT NULL REFERENCES staff_person (id), -- Kept by db/training.ts whenever attendance or sessions change, so T12 is one indexed count. completed INTEGER NOT NULL DEFAULT 0 CHECK (completed IN (0, 1)), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE (course_id, person_id) ) STRICT
-- table training_session
CREATE TABLE training_session ( id TEXT PRIMARY KEY, unit_code TEXT NOT NULL, course_id TEXT NOT NULL REFERENCES training_course (id) ON DELETE CASCADE, session_no INTEGER NOT NULL CHECK (session_no >= 1), session_date TEXT NOT NULL, part TEXT NOT NULL CHECK (part IN ('day', 'morning', 'afternoon')), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE (course_id, session_no) ) STRICT
-- table unit_list
CREATE TABLE unit_list ( list_version TEXT PRIMARY KEY, label TEXT NOT NULL, source TEXT NOT NULL, loaded_at TEXT NOT NULL ) STRICT
-- trigger audit_log_no_delete
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END
-- trigger audit_log_seal_only
CREATE TRIGGER audit_log_seal_only BEFORE UPDATE ON audit_log WHEN OLD.hash IS NOT NULL OR NEW.seq IS NOT OLD.seq OR NEW.at IS NOT OLD.at OR NEW.action IS NOT OLD.action OR NEW.target_table IS NOT OLD.target_table OR NEW.record_id IS NOT OLD.record_id OR NEW.record_label IS NOT OLD.record_label OR NEW.fields IS NOT OLD.fields OR NEW.detail IS NOT OLD.detail OR (OLD.user_id IS NOT NULL AND NEW.user_id IS NOT OLD.user_id) OR (OLD.user_name IS NOT NULL AND NEW.user_name IS NOT OLD.user_name) OR (OLD.via IS NOT NULL AND NEW.via IS NOT OLD.via) OR (OLD.prev_hash IS NOT NULL AND NEW.prev_hash IS NOT OLD.prev_hash) BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END
-- trigger audit_record_change
CREATE TRIGGER audit_record_change AFTER INSERT ON change_log BEGIN INSERT INTO audit_log (at, action, target_table, record_id, record_label, fields) VALUES ( NEW.changed_at, CASE NEW.op WHEN 'I' THEN 'record.create' WHEN 'U' THEN 'record.update' ELSE 'record.delete' END, NEW.table_name, NEW.row_id, json_extract(NEW.row_json, '$.name'), CASE WHEN NEW.op = 'D' THEN NULL WHEN NEW.op = 'I' THEN ( SELECT json_group_array(n.key) FROM json_each(NEW.row_json) AS n WHERE n.type <> 'null' AND n.value <> '' AND n.key NOT IN (SELECT column_name FROM audit_derived_column WHERE table_name IN ('*', NEW.table_name))) WHEN NOT EXISTS (SELECT 1 FROM change_log WHERE table_name = NEW.table_name AND row_id = NEW.row_id AND seq < NEW.seq) THEN NULL ELSE ( SELECT json_group_array(n.key) FROM json_each(NEW.row_json) AS n LEFT JOIN json_each((SELECT row_json FROM change_log WHERE table_name = NEW.table_name AND row_id = NEW.row_id AND seq < NEW.seq ORDER BY seq DESC LIMIT 1)) AS p ON p.key = n.key WHERE (p.key IS NULL OR p.type IS NOT n.type OR p.value IS NOT n.value) AND n.key NOT IN (SELECT column_name FROM audit_derived_column WHERE table_name IN ('*', NEW.table_name))) END ); END
-- trigger business_search_delete
CREATE TRIGGER business_search_delete AFTER DELETE ON business BEGIN INSERT INTO business_search (business_search, rowid, search_text) VALUES ('delete', OLD.row_no, OLD.search_text); END
-- trigger business_search_insert
CREATE TRIGGER business_search_insert AFTER INSERT ON business BEGIN INSERT INTO business_search (rowid, search_text) VALUES (NEW.row_no, NEW.search_text); END
-- trigger business_search_update
CREATE TRIGGER business_search_update AFTER UPDATE OF search_text ON business BEGIN INSERT INTO business_search (business_search, rowid, search_text) VALUES ('delete', OLD.row_no, OLD.search_text); INSERT INTO business_search (rowid, search_text) VALUES (NEW.row_no, NEW.search_text); END
-- trigger change_log_business_delete
CREATE TRIGGER change_log_business_delete AFTER DELETE ON business BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('business', OLD.id, 'D', json_object('id', OLD.id, 'unit_code', OLD.unit_code, 'unit_list_version', OLD.unit_list_version, 'name', OLD.name, 'type', OLD.type, 'address', OLD.address, 'commune_code', OLD.commune_code, 'owner_name', OLD.owner_name, 'phone', OLD.phone, 'registration_no', OLD.registration_no, 'registration_date', OLD.registration_date, 'security_cert_no', OLD.security_cert_no, 'security_cert_date', OLD.security_cert_date, 'workers_total', OLD.workers_total, 'workers_women', OLD.workers_women, 'status', OLD.status, 'notes', OLD.notes, 'search_text', OLD.search_text, 'sort_key', OLD.sort_key, 'registration_key', OLD.registration_key, 'identity_key', OLD.identity_key, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'created_by', OLD.created_by, 'updated_by', OLD.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_business_insert
CREATE TRIGGER change_log_business_insert AFTER INSERT ON business BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('business', NEW.id, 'I', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'unit_list_version', NEW.unit_list_version, 'name', NEW.name, 'type', NEW.type, 'address', NEW.address, 'commune_code', NEW.commune_code, 'owner_name', NEW.owner_name, 'phone', NEW.phone, 'registration_no', NEW.registration_no, 'registration_date', NEW.registration_date, 'security_cert_no', NEW.security_cert_no, 'security_cert_date', NEW.security_cert_date, 'workers_total', NEW.workers_total, 'workers_women', NEW.workers_women, 'status', NEW.status, 'notes', NEW.notes, 'search_text', NEW.search_text, 'sort_key', NEW.sort_key, 'registration_key', NEW.registration_key, 'identity_key', NEW.identity_key, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'created_by', NEW.created_by, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_business_update
CREATE TRIGGER change_log_business_update AFTER UPDATE ON business BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('business', NEW.id, 'U', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'unit_list_version', NEW.unit_list_version, 'name', NEW.name, 'type', NEW.type, 'address', NEW.address, 'commune_code', NEW.commune_code, 'owner_name', NEW.owner_name, 'phone', NEW.phone, 'registration_no', NEW.registration_no, 'registration_date', NEW.registration_date, 'security_cert_no', NEW.security_cert_no, 'security_cert_date', NEW.security_cert_date, 'workers_total', NEW.workers_total, 'workers_women', NEW.workers_women, 'status', NEW.status, 'notes', NEW.notes, 'search_text', NEW.search_text, 'sort_key', NEW.sort_key, 'registration_key', NEW.registration_key, 'identity_key', NEW.identity_key, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'created_by', NEW.created_by, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_outreach_event_business_delete
CREATE TRIGGER change_log_outreach_event_business_delete AFTER DELETE ON outreach_event_business BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('outreach_event_business', OLD.id, 'D', json_object('id', OLD.id, 'unit_code', OLD.unit_code, 'event_id', OLD.event_id, 'business_id', OLD.business_id), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_outreach_event_business_insert
CREATE TRIGGER change_log_outreach_event_business_insert AFTER INSERT ON outreach_event_business BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('outreach_event_business', NEW.id, 'I', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'event_id', NEW.event_id, 'business_id', NEW.business_id), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_outreach_event_business_update
CREATE TRIGGER change_log_outreach_event_business_update AFTER UPDATE ON outreach_event_business BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('outreach_event_business', NEW.id, 'U', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'event_id', NEW.event_id, 'business_id', NEW.business_id), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_outreach_event_commune_delete
CREATE TRIGGER change_log_outreach_event_commune_delete AFTER DELETE ON outreach_event_commune BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('outreach_event_commune', OLD.id, 'D', json_object('id', OLD.id, 'unit_code', OLD.unit_code, 'event_id', OLD.event_id, 'commune_code', OLD.commune_code), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_outreach_event_commune_insert
CREATE TRIGGER change_log_outreach_event_commune_insert AFTER INSERT ON outreach_event_commune BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('outreach_event_commune', NEW.id, 'I', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'event_id', NEW.event_id, 'commune_code', NEW.commune_code), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_outreach_event_commune_update
CREATE TRIGGER change_log_outreach_event_commune_update AFTER UPDATE ON outreach_event_commune BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('outreach_event_commune', NEW.id, 'U', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'event_id', NEW.event_id, 'commune_code', NEW.commune_code), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_outreach_event_delete
CREATE TRIGGER change_log_outreach_event_delete AFTER DELETE ON outreach_event BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('outreach_event', OLD.id, 'D', json_object('id', OLD.id, 'unit_code', OLD.unit_code, 'unit_list_version', OLD.unit_list_version, 'type', OLD.type, 'event_date', OLD.event_date, 'organiser', OLD.organiser, 'workers_reached', OLD.workers_reached, 'students_reached', OLD.students_reached, 'school_id', OLD.school_id, 'public_reached', OLD.public_reached, 'materials', OLD.materials, 'headcount_reason', OLD.headcount_reason, 'notes', OLD.notes, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'created_by', OLD.created_by, 'updated_by', OLD.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_outreach_event_insert
CREATE TRIGGER change_log_outreach_event_insert AFTER INSERT ON outreach_event BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('outreach_event', NEW.id, 'I', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'unit_list_version', NEW.unit_list_version, 'type', NEW.type, 'event_date', NEW.event_date, 'organiser', NEW.organiser, 'workers_reached', NEW.workers_reached, 'students_reached', NEW.students_reached, 'school_id', NEW.school_id, 'public_reached', NEW.public_reached, 'materials', NEW.materials, 'headcount_reason', NEW.headcount_reason, 'notes', NEW.notes, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'created_by', NEW.created_by, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_outreach_event_update
CREATE TRIGGER change_log_outreach_event_update AFTER UPDATE ON outreach_event BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('outreach_event', NEW.id, 'U', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'unit_list_version', NEW.unit_list_version, 'type', NEW.type, 'event_date', NEW.event_date, 'organiser', NEW.organiser, 'workers_reached', NEW.workers_reached, 'students_reached', NEW.students_reached, 'school_id', NEW.school_id, 'public_reached', NEW.public_reached, 'materials', NEW.materials, 'headcount_reason', NEW.headcount_reason, 'notes', NEW.notes, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'created_by', NEW.created_by, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_school_delete
CREATE TRIGGER change_log_school_delete AFTER DELETE ON school BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('school', OLD.id, 'D', json_object('id', OLD.id, 'unit_code', OLD.unit_code, 'unit_list_version', OLD.unit_list_version, 'name', OLD.name, 'kind', OLD.kind, 'commune_code', OLD.commune_code, 'enrolment', OLD.enrolment, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'created_by', OLD.created_by, 'updated_by', OLD.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_school_insert
CREATE TRIGGER change_log_school_insert AFTER INSERT ON school BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('school', NEW.id, 'I', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'unit_list_version', NEW.unit_list_version, 'name', NEW.name, 'kind', NEW.kind, 'commune_code', NEW.commune_code, 'enrolment', NEW.enrolment, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'created_by', NEW.created_by, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_school_update
CREATE TRIGGER change_log_school_update AFTER UPDATE ON school BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('school', NEW.id, 'U', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'unit_list_version', NEW.unit_list_version, 'name', NEW.name, 'kind', NEW.kind, 'commune_code', NEW.commune_code, 'enrolment', NEW.enrolment, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'created_by', NEW.created_by, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_staff_person_delete
CREATE TRIGGER change_log_staff_person_delete AFTER DELETE ON staff_person BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('staff_person', OLD.id, 'D', json_object('id', OLD.id, 'unit_code', OLD.unit_code, 'unit_list_version', OLD.unit_list_version, 'full_name', OLD.full_name, 'gender', OLD.gender, 'birth_year', OLD.birth_year, 'position', OLD.position, 'agency', OLD.agency, 'level', OLD.level, 'work_unit_code', OLD.work_unit_code, 'staff_group', OLD.staff_group, 'phone', OLD.phone, 'status', OLD.status, 'search_text', OLD.search_text, 'sort_key', OLD.sort_key, 'identity_key', OLD.identity_key, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'created_by', OLD.created_by, 'updated_by', OLD.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_staff_person_insert
CREATE TRIGGER change_log_staff_person_insert AFTER INSERT ON staff_person BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('staff_person', NEW.id, 'I', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'unit_list_version', NEW.unit_list_version, 'full_name', NEW.full_name, 'gender', NEW.gender, 'birth_year', NEW.birth_year, 'position', NEW.position, 'agency', NEW.agency, 'level', NEW.level, 'work_unit_code', NEW.work_unit_code, 'staff_group', NEW.staff_group, 'phone', NEW.phone, 'status', NEW.status, 'search_text', NEW.search_text, 'sort_key', NEW.sort_key, 'identity_key', NEW.identity_key, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'created_by', NEW.created_by, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_staff_person_update
CREATE TRIGGER change_log_staff_person_update AFTER UPDATE ON staff_person BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('staff_person', NEW.id, 'U', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'unit_list_version', NEW.unit_list_version, 'full_name', NEW.full_name, 'gender', NEW.gender, 'birth_year', NEW.birth_year, 'position', NEW.position, 'agency', NEW.agency, 'level', NEW.level, 'work_unit_code', NEW.work_unit_code, 'staff_group', NEW.staff_group, 'phone', NEW.phone, 'status', NEW.status, 'search_text', NEW.search_text, 'sort_key', NEW.sort_key, 'identity_key', NEW.identity_key, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'created_by', NEW.created_by, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_training_attendance_delete
CREATE TRIGGER change_log_training_attendance_delete AFTER DELETE ON training_attendance BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('training_attendance', OLD.id, 'D', json_object('id', OLD.id, 'unit_code', OLD.unit_code, 'session_id', OLD.session_id, 'person_id', OLD.person_id, 'created_at', OLD.created_at), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_training_attendance_insert
CREATE TRIGGER change_log_training_attendance_insert AFTER INSERT ON training_attendance BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('training_attendance', NEW.id, 'I', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'session_id', NEW.session_id, 'person_id', NEW.person_id, 'created_at', NEW.created_at), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_training_attendance_update
CREATE TRIGGER change_log_training_attendance_update AFTER UPDATE ON training_attendance BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('training_attendance', NEW.id, 'U', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'session_id', NEW.session_id, 'person_id', NEW.person_id, 'created_at', NEW.created_at), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_training_course_delete
CREATE TRIGGER change_log_training_course_delete AFTER DELETE ON training_course BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('training_course', OLD.id, 'D', json_object('id', OLD.id, 'unit_code', OLD.unit_code, 'unit_list_version', OLD.unit_list_version, 'title', OLD.title, 'topics', OLD.topics, 'organiser', OLD.organiser, 'trainers', OLD.trainers, 'venue', OLD.venue, 'start_date', OLD.start_date, 'end_date', OLD.end_date, 'completion_percent', OLD.completion_percent, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'created_by', OLD.created_by, 'updated_by', OLD.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_training_course_insert
CREATE TRIGGER change_log_training_course_insert AFTER INSERT ON training_course BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('training_course', NEW.id, 'I', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'unit_list_version', NEW.unit_list_version, 'title', NEW.title, 'topics', NEW.topics, 'organiser', NEW.organiser, 'trainers', NEW.trainers, 'venue', NEW.venue, 'start_date', NEW.start_date, 'end_date', NEW.end_date, 'completion_percent', NEW.completion_percent, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'created_by', NEW.created_by, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_training_course_update
CREATE TRIGGER change_log_training_course_update AFTER UPDATE ON training_course BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('training_course', NEW.id, 'U', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'unit_list_version', NEW.unit_list_version, 'title', NEW.title, 'topics', NEW.topics, 'organiser', NEW.organiser, 'trainers', NEW.trainers, 'venue', NEW.venue, 'start_date', NEW.start_date, 'end_date', NEW.end_date, 'completion_percent', NEW.completion_percent, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'created_by', NEW.created_by, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_training_participant_delete
CREATE TRIGGER change_log_training_participant_delete AFTER DELETE ON training_participant BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('training_participant', OLD.id, 'D', json_object('id', OLD.id, 'unit_code', OLD.unit_code, 'course_id', OLD.course_id, 'person_id', OLD.person_id, 'completed', OLD.completed, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_training_participant_insert
CREATE TRIGGER change_log_training_participant_insert AFTER INSERT ON training_participant BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('training_participant', NEW.id, 'I', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'course_id', NEW.course_id, 'person_id', NEW.person_id, 'completed', NEW.completed, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_training_participant_update
CREATE TRIGGER change_log_training_participant_update AFTER UPDATE ON training_participant BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('training_participant', NEW.id, 'U', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'course_id', NEW.course_id, 'person_id', NEW.person_id, 'completed', NEW.completed, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_training_session_delete
CREATE TRIGGER change_log_training_session_delete AFTER DELETE ON training_session BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('training_session', OLD.id, 'D', json_object('id', OLD.id, 'unit_code', OLD.unit_code, 'course_id', OLD.course_id, 'session_no', OLD.session_no, 'session_date', OLD.session_date, 'part', OLD.part, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_training_session_insert
CREATE TRIGGER change_log_training_session_insert AFTER INSERT ON training_session BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('training_session', NEW.id, 'I', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'course_id', NEW.course_id, 'session_no', NEW.session_no, 'session_date', NEW.session_date, 'part', NEW.part, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_training_session_update
CREATE TRIGGER change_log_training_session_update AFTER UPDATE ON training_session BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('training_session', NEW.id, 'U', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'course_id', NEW.course_id, 'session_no', NEW.session_no, 'session_date', NEW.session_date, 'part', NEW.part, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
