-- index admin_unit_parent
CREATE INDEX admin_unit_parent ON admin_unit (list_version, parent_code)
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
-- index case_record_business
CREATE INDEX case_record_business ON case_record (business_id) WHERE business_id IS NOT NULL
-- index case_record_deadline
CREATE INDEX case_record_deadline ON case_record (unit_code, deadline_on)
-- index change_log_row
CREATE INDEX change_log_row ON change_log (table_name, row_id, seq)
-- index period_report_period
CREATE INDEX period_report_period ON period_report (unit_code, period, created_at)
-- table admin_unit
CREATE TABLE admin_unit ( list_version TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, level TEXT NOT NULL CHECK (level IN ('province', 'district', 'commune')), kind TEXT NOT NULL, parent_code TEXT, sort_key TEXT NOT NULL, PRIMARY KEY (list_version, code) ) STRICT
-- table annual_plan
CREATE TABLE annual_plan ( id TEXT PRIMARY KEY, unit_code TEXT NOT NULL, year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100), document_ref TEXT NOT NULL DEFAULT '', adopted_on TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT, UNIQUE (unit_code, year) ) STRICT
-- table app_user
CREATE TABLE app_user ( id TEXT PRIMARY KEY, unit_code TEXT NOT NULL, name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE, role TEXT NOT NULL CHECK (role IN ('admin', 'clerk', 'inspector')), password_hash TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT ) STRICT
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
-- table case_deadline
CREATE TABLE case_deadline ( kind TEXT PRIMARY KEY CHECK (kind IN ('denunciation', 'report', 'complaint')), days INTEGER NOT NULL CHECK (days BETWEEN 1 AND 365) ) STRICT
-- table case_record
CREATE TABLE case_record ( id TEXT PRIMARY KEY, unit_code TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('denunciation', 'report', 'complaint')), received_on TEXT NOT NULL, channel TEXT NOT NULL CHECK (channel IN ('in_person', 'phone', 'letter', 'hotline', 'online', 'transferred', 'other')), anonymous INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)), reporter_name TEXT NOT NULL DEFAULT '', reporter_contact TEXT NOT NULL DEFAULT '', business_id TEXT REFERENCES business (id), place TEXT NOT NULL DEFAULT '', commune_code TEXT, content TEXT NOT NULL, classification TEXT NOT NULL DEFAULT '', handler TEXT NOT NULL DEFAULT '', deadline_on TEXT NOT NULL, verified_on TEXT, classified_on TEXT, transferred_on TEXT, transferred_to TEXT NOT NULL DEFAULT '', resolved_on TEXT, outcome TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT, CHECK (resolved_on IS NULL OR resolved_on >= received_on), CHECK (deadline_on >= received_on) ) STRICT
-- table change_log
CREATE TABLE change_log ( seq INTEGER PRIMARY KEY AUTOINCREMENT, table_name TEXT NOT NULL, row_id TEXT NOT NULL, op TEXT NOT NULL CHECK (op IN ('I', 'U', 'D')), row_json TEXT NOT NULL, changed_at TEXT NOT NULL ) STRICT
-- table office
CREATE TABLE office ( singleton INTEGER PRIMARY KEY CHECK (singleton = 1), installation_id TEXT NOT NULL, office_name TEXT NOT NULL, level TEXT NOT NULL CHECK (level IN ('province', 'district', 'commune')), unit_code TEXT NOT NULL, unit_list_version TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL ) STRICT
-- table period_report
CREATE TABLE period_report ( id TEXT PRIMARY KEY, unit_code TEXT NOT NULL, period TEXT NOT NULL, as_of TEXT NOT NULL, change_log_seq INTEGER NOT NULL, narrative TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, created_by TEXT ) STRICT
-- table plan_target
CREATE TABLE plan_target ( id TEXT PRIMARY KEY, plan_id TEXT NOT NULL REFERENCES annual_plan (id) ON DELETE CASCADE, code TEXT NOT NULL, position INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('computed', 'declared_yes_no', 'declared_number')), threshold REAL NOT NULL CHECK (threshold > 0 AND threshold <= 100), indicator_id TEXT, denominator_id TEXT, frozen_denominator REAL, declared_value REAL, declared_on TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT, UNIQUE (plan_id, code), CHECK ((kind = 'computed') = (indicator_id IS NOT NULL)) ) STRICT
-- table sqlite_sequence
CREATE TABLE sqlite_sequence(name,seq)
-- table synced_table
CREATE TABLE synced_table ( name TEXT PRIMARY KEY ) STRICT
-- table unit_list
CREATE TABLE unit_list ( list_version TEXT PRIMARY KEY, label TEXT NOT NULL, source TEXT NOT NULL, loaded_at TEXT NOT NULL ) STRICT
-- trigger business_search_delete
CREATE TRIGGER business_search_delete AFTER DELETE ON business BEGIN INSERT INTO business_search (business_search, rowid, search_text) VALUES ('delete', OLD.row_no, OLD.search_text); END
-- trigger business_search_insert
CREATE TRIGGER business_search_insert AFTER INSERT ON business BEGIN INSERT INTO business_search (rowid, search_text) VALUES (NEW.row_no, NEW.search_text); END
-- trigger business_search_update
CREATE TRIGGER business_search_update AFTER UPDATE OF search_text ON business BEGIN INSERT INTO business_search (business_search, rowid, search_text) VALUES ('delete', OLD.row_no, OLD.search_text); INSERT INTO business_search (rowid, search_text) VALUES (NEW.row_no, NEW.search_text); END
-- trigger change_log_annual_plan_delete
CREATE TRIGGER change_log_annual_plan_delete AFTER DELETE ON annual_plan BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('annual_plan', OLD.id, 'D', json_object('id', OLD.id, 'unit_code', OLD.unit_code, 'year', OLD.year, 'document_ref', OLD.document_ref, 'adopted_on', OLD.adopted_on, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'created_by', OLD.created_by, 'updated_by', OLD.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_annual_plan_insert
CREATE TRIGGER change_log_annual_plan_insert AFTER INSERT ON annual_plan BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('annual_plan', NEW.id, 'I', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'year', NEW.year, 'document_ref', NEW.document_ref, 'adopted_on', NEW.adopted_on, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'created_by', NEW.created_by, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_annual_plan_update
CREATE TRIGGER change_log_annual_plan_update AFTER UPDATE ON annual_plan BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('annual_plan', NEW.id, 'U', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'year', NEW.year, 'document_ref', NEW.document_ref, 'adopted_on', NEW.adopted_on, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'created_by', NEW.created_by, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_business_delete
CREATE TRIGGER change_log_business_delete AFTER DELETE ON business BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('business', OLD.id, 'D', json_object('id', OLD.id, 'unit_code', OLD.unit_code, 'unit_list_version', OLD.unit_list_version, 'name', OLD.name, 'type', OLD.type, 'address', OLD.address, 'commune_code', OLD.commune_code, 'owner_name', OLD.owner_name, 'phone', OLD.phone, 'registration_no', OLD.registration_no, 'registration_date', OLD.registration_date, 'security_cert_no', OLD.security_cert_no, 'security_cert_date', OLD.security_cert_date, 'workers_total', OLD.workers_total, 'workers_women', OLD.workers_women, 'status', OLD.status, 'notes', OLD.notes, 'search_text', OLD.search_text, 'sort_key', OLD.sort_key, 'registration_key', OLD.registration_key, 'identity_key', OLD.identity_key, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'created_by', OLD.created_by, 'updated_by', OLD.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_business_insert
CREATE TRIGGER change_log_business_insert AFTER INSERT ON business BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('business', NEW.id, 'I', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'unit_list_version', NEW.unit_list_version, 'name', NEW.name, 'type', NEW.type, 'address', NEW.address, 'commune_code', NEW.commune_code, 'owner_name', NEW.owner_name, 'phone', NEW.phone, 'registration_no', NEW.registration_no, 'registration_date', NEW.registration_date, 'security_cert_no', NEW.security_cert_no, 'security_cert_date', NEW.security_cert_date, 'workers_total', NEW.workers_total, 'workers_women', NEW.workers_women, 'status', NEW.status, 'notes', NEW.notes, 'search_text', NEW.search_text, 'sort_key', NEW.sort_key, 'registration_key', NEW.registration_key, 'identity_key', NEW.identity_key, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'created_by', NEW.created_by, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_business_update
CREATE TRIGGER change_log_business_update AFTER UPDATE ON business BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('business', NEW.id, 'U', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'unit_list_version', NEW.unit_list_version, 'name', NEW.name, 'type', NEW.type, 'address', NEW.address, 'commune_code', NEW.commune_code, 'owner_name', NEW.owner_name, 'phone', NEW.phone, 'registration_no', NEW.registration_no, 'registration_date', NEW.registration_date, 'security_cert_no', NEW.security_cert_no, 'security_cert_date', NEW.security_cert_date, 'workers_total', NEW.workers_total, 'workers_women', NEW.workers_women, 'status', NEW.status, 'notes', NEW.notes, 'search_text', NEW.search_text, 'sort_key', NEW.sort_key, 'registration_key', NEW.registration_key, 'identity_key', NEW.identity_key, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'created_by', NEW.created_by, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_case_record_delete
CREATE TRIGGER change_log_case_record_delete AFTER DELETE ON case_record BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('case_record', OLD.id, 'D', json_object('id', OLD.id, 'unit_code', OLD.unit_code, 'kind', OLD.kind, 'received_on', OLD.received_on, 'channel', OLD.channel, 'anonymous', OLD.anonymous, 'reporter_name', OLD.reporter_name, 'reporter_contact', OLD.reporter_contact, 'business_id', OLD.business_id, 'place', OLD.place, 'commune_code', OLD.commune_code, 'content', OLD.content, 'classification', OLD.classification, 'handler', OLD.handler, 'deadline_on', OLD.deadline_on, 'verified_on', OLD.verified_on, 'classified_on', OLD.classified_on, 'transferred_on', OLD.transferred_on, 'transferred_to', OLD.transferred_to, 'resolved_on', OLD.resolved_on, 'outcome', OLD.outcome, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'created_by', OLD.created_by, 'updated_by', OLD.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_case_record_insert
CREATE TRIGGER change_log_case_record_insert AFTER INSERT ON case_record BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('case_record', NEW.id, 'I', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'kind', NEW.kind, 'received_on', NEW.received_on, 'channel', NEW.channel, 'anonymous', NEW.anonymous, 'reporter_name', NEW.reporter_name, 'reporter_contact', NEW.reporter_contact, 'business_id', NEW.business_id, 'place', NEW.place, 'commune_code', NEW.commune_code, 'content', NEW.content, 'classification', NEW.classification, 'handler', NEW.handler, 'deadline_on', NEW.deadline_on, 'verified_on', NEW.verified_on, 'classified_on', NEW.classified_on, 'transferred_on', NEW.transferred_on, 'transferred_to', NEW.transferred_to, 'resolved_on', NEW.resolved_on, 'outcome', NEW.outcome, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'created_by', NEW.created_by, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_case_record_update
CREATE TRIGGER change_log_case_record_update AFTER UPDATE ON case_record BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('case_record', NEW.id, 'U', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'kind', NEW.kind, 'received_on', NEW.received_on, 'channel', NEW.channel, 'anonymous', NEW.anonymous, 'reporter_name', NEW.reporter_name, 'reporter_contact', NEW.reporter_contact, 'business_id', NEW.business_id, 'place', NEW.place, 'commune_code', NEW.commune_code, 'content', NEW.content, 'classification', NEW.classification, 'handler', NEW.handler, 'deadline_on', NEW.deadline_on, 'verified_on', NEW.verified_on, 'classified_on', NEW.classified_on, 'transferred_on', NEW.transferred_on, 'transferred_to', NEW.transferred_to, 'resolved_on', NEW.resolved_on, 'outcome', NEW.outcome, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'created_by', NEW.created_by, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_plan_target_delete
CREATE TRIGGER change_log_plan_target_delete AFTER DELETE ON plan_target BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('plan_target', OLD.id, 'D', json_object('id', OLD.id, 'plan_id', OLD.plan_id, 'code', OLD.code, 'position', OLD.position, 'text', OLD.text, 'kind', OLD.kind, 'threshold', OLD.threshold, 'indicator_id', OLD.indicator_id, 'denominator_id', OLD.denominator_id, 'frozen_denominator', OLD.frozen_denominator, 'declared_value', OLD.declared_value, 'declared_on', OLD.declared_on, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'updated_by', OLD.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_plan_target_insert
CREATE TRIGGER change_log_plan_target_insert AFTER INSERT ON plan_target BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('plan_target', NEW.id, 'I', json_object('id', NEW.id, 'plan_id', NEW.plan_id, 'code', NEW.code, 'position', NEW.position, 'text', NEW.text, 'kind', NEW.kind, 'threshold', NEW.threshold, 'indicator_id', NEW.indicator_id, 'denominator_id', NEW.denominator_id, 'frozen_denominator', NEW.frozen_denominator, 'declared_value', NEW.declared_value, 'declared_on', NEW.declared_on, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_plan_target_update
CREATE TRIGGER change_log_plan_target_update AFTER UPDATE ON plan_target BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('plan_target', NEW.id, 'U', json_object('id', NEW.id, 'plan_id', NEW.plan_id, 'code', NEW.code, 'position', NEW.position, 'text', NEW.text, 'kind', NEW.kind, 'threshold', NEW.threshold, 'indicator_id', NEW.indicator_id, 'denominator_id', NEW.denominator_id, 'frozen_denominator', NEW.frozen_denominator, 'declared_value', NEW.declared_value, 'declared_on', NEW.declared_on, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
