-- index admin_unit_parent
CREATE INDEX admin_unit_parent ON admin_unit (list_version, parent_code)
-- index business_commune
CREATE INDEX business_commune ON business (commune_code, sort_key)
-- index business_commune_status
CREATE INDEX business_commune_status ON business (commune_code, unit_list_version, status)
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
-- index checklist_template_type
CREATE INDEX checklist_template_type ON checklist_template (business_type, template_key, version)
-- index inspection_amendment_inspection
CREATE INDEX inspection_amendment_inspection ON inspection_amendment (inspection_id, created_at)
-- index inspection_business
CREATE INDEX inspection_business ON inspection (business_id, year)
-- index inspection_follow_up
CREATE INDEX inspection_follow_up ON inspection (follow_up_of) WHERE follow_up_of IS NOT NULL
-- index inspection_plan_period
CREATE INDEX inspection_plan_period ON inspection_plan (period_from)
-- index inspection_template
CREATE INDEX inspection_template ON inspection (template_id)
-- index inspection_year
CREATE INDEX inspection_year ON inspection (year, business_id, status)
-- index violation_found
CREATE INDEX violation_found ON violation (found_on)
-- index violation_open
CREATE INDEX violation_open ON violation (closed_on, deadline)
-- table admin_unit
CREATE TABLE admin_unit ( list_version TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, level TEXT NOT NULL CHECK (level IN ('province', 'district', 'commune')), kind TEXT NOT NULL, parent_code TEXT, sort_key TEXT NOT NULL, PRIMARY KEY (list_version, code) ) STRICT
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
-- table change_log
CREATE TABLE change_log ( seq INTEGER PRIMARY KEY AUTOINCREMENT, table_name TEXT NOT NULL, row_id TEXT NOT NULL, op TEXT NOT NULL CHECK (op IN ('I', 'U', 'D')), row_json TEXT NOT NULL, changed_at TEXT NOT NULL ) STRICT
-- table checklist_template
CREATE TABLE checklist_template ( id TEXT PRIMARY KEY, template_key TEXT NOT NULL, version INTEGER NOT NULL CHECK (version >= 1), unit_code TEXT NOT NULL, business_type TEXT NOT NULL, title TEXT NOT NULL, -- Sections and items as JSON (db/inspectionTypes.ts ChecklistSection[]), frozen with the version. sections_json TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT, UNIQUE (template_key, version) ) STRICT
-- table inspection
CREATE TABLE inspection ( id TEXT PRIMARY KEY, unit_code TEXT NOT NULL, -- Short human code printed on the paper (K-26-0137), unique in the office. code TEXT NOT NULL UNIQUE, plan_id TEXT NOT NULL REFERENCES inspection_plan (id), business_id TEXT NOT NULL REFERENCES business (id), -- The exact template version, fixed when the inspection is created. template_id TEXT NOT NULL REFERENCES checklist_template (id), status TEXT NOT NULL CHECK (status IN ('planned', 'draft', 'final')), -- The calendar year the inspection counts for (plan start, then the visit date): coverage by index. year INTEGER NOT NULL, inspected_on TEXT, finalised_at TEXT, finalised_by TEXT, -- A re-inspection planned from a violation links back to it. follow_up_of TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT, UNIQUE (plan_id, business_id) ) STRICT
-- table inspection_amendment
CREATE TABLE inspection_amendment ( id TEXT PRIMARY KEY, unit_code TEXT NOT NULL, inspection_id TEXT NOT NULL REFERENCES inspection (id), item_key TEXT NOT NULL, value_before TEXT, value_after TEXT NOT NULL, reason TEXT NOT NULL CHECK (reason <> ''), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT ) STRICT
-- table inspection_answer
CREATE TABLE inspection_answer ( id TEXT PRIMARY KEY, unit_code TEXT NOT NULL, inspection_id TEXT NOT NULL REFERENCES inspection (id), item_key TEXT NOT NULL, -- 'yes' | 'no' | 'na' for yes/no items, a decimal for numbers, free text for short text. value TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT, UNIQUE (inspection_id, item_key) ) STRICT
-- table inspection_plan
CREATE TABLE inspection_plan ( id TEXT PRIMARY KEY, unit_code TEXT NOT NULL, title TEXT NOT NULL, period_from TEXT NOT NULL, period_to TEXT NOT NULL CHECK (period_to >= period_from), decision_no TEXT NOT NULL, decision_date TEXT NOT NULL, -- Team members [{ name, agency, userId }] (at least 3, checked by the API). team_json TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT ) STRICT
-- table office
CREATE TABLE office ( singleton INTEGER PRIMARY KEY CHECK (singleton = 1), installation_id TEXT NOT NULL, office_name TEXT NOT NULL, level TEXT NOT NULL CHECK (level IN ('province', 'district', 'commune')), unit_code TEXT NOT NULL, unit_list_version TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL ) STRICT
-- table sqlite_sequence
CREATE TABLE sqlite_sequence(name,seq)
-- table synced_table
CREATE TABLE synced_table ( name TEXT PRIMARY KEY ) STRICT
-- table unit_list
CREATE TABLE unit_list ( list_version TEXT PRIMARY KEY, label TEXT NOT NULL, source TEXT NOT NULL, loaded_at TEXT NOT NULL ) STRICT
-- table violation
CREATE TABLE violation ( id TEXT PRIMARY KEY, unit_code TEXT NOT NULL, inspection_id TEXT NOT NULL REFERENCES inspection (id), item_key TEXT NOT NULL, description TEXT NOT NULL, severity TEXT NOT NULL, found_on TEXT NOT NULL, handling TEXT CHECK (handling IN ('reminder', 'warning', 'fine', 'suspension', 'referral')), fine_amount INTEGER CHECK (fine_amount > 0), decision_no TEXT NOT NULL DEFAULT '', handled_on TEXT, deadline TEXT, closed_on TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT, updated_by TEXT, CHECK (handling <> 'fine' OR (fine_amount IS NOT NULL AND decision_no <> '')), CHECK (closed_on IS NULL OR handling IS NOT NULL), UNIQUE (inspection_id, item_key) ) STRICT
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
-- trigger change_log_checklist_template_delete
CREATE TRIGGER change_log_checklist_template_delete AFTER DELETE ON checklist_template BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('checklist_template', OLD.id, 'D', json_object('id', OLD.id, 'template_key', OLD.template_key, 'version', OLD.version, 'unit_code', OLD.unit_code, 'business_type', OLD.business_type, 'title', OLD.title, 'sections_json', OLD.sections_json, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'created_by', OLD.created_by, 'updated_by', OLD.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_checklist_template_insert
CREATE TRIGGER change_log_checklist_template_insert AFTER INSERT ON checklist_template BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('checklist_template', NEW.id, 'I', json_object('id', NEW.id, 'template_key', NEW.template_key, 'version', NEW.version, 'unit_code', NEW.unit_code, 'business_type', NEW.business_type, 'title', NEW.title, 'sections_json', NEW.sections_json, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'created_by', NEW.created_by, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_checklist_template_update
CREATE TRIGGER change_log_checklist_template_update AFTER UPDATE ON checklist_template BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('checklist_template', NEW.id, 'U', json_object('id', NEW.id, 'template_key', NEW.template_key, 'version', NEW.version, 'unit_code', NEW.unit_code, 'business_type', NEW.business_type, 'title', NEW.title, 'sections_json', NEW.sections_json, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'created_by', NEW.created_by, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_inspection_amendment_delete
CREATE TRIGGER change_log_inspection_amendment_delete AFTER DELETE ON inspection_amendment BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('inspection_amendment', OLD.id, 'D', json_object('id', OLD.id, 'unit_code', OLD.unit_code, 'inspection_id', OLD.inspection_id, 'item_key', OLD.item_key, 'value_before', OLD.value_before, 'value_after', OLD.value_after, 'reason', OLD.reason, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'created_by', OLD.created_by, 'updated_by', OLD.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_inspection_amendment_insert
CREATE TRIGGER change_log_inspection_amendment_insert AFTER INSERT ON inspection_amendment BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('inspection_amendment', NEW.id, 'I', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'inspection_id', NEW.inspection_id, 'item_key', NEW.item_key, 'value_before', NEW.value_before, 'value_after', NEW.value_after, 'reason', NEW.reason, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'created_by', NEW.created_by, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_inspection_amendment_update
CREATE TRIGGER change_log_inspection_amendment_update AFTER UPDATE ON inspection_amendment BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('inspection_amendment', NEW.id, 'U', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'inspection_id', NEW.inspection_id, 'item_key', NEW.item_key, 'value_before', NEW.value_before, 'value_after', NEW.value_after, 'reason', NEW.reason, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'created_by', NEW.created_by, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_inspection_answer_delete
CREATE TRIGGER change_log_inspection_answer_delete AFTER DELETE ON inspection_answer BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('inspection_answer', OLD.id, 'D', json_object('id', OLD.id, 'unit_code', OLD.unit_code, 'inspection_id', OLD.inspection_id, 'item_key', OLD.item_key, 'value', OLD.value, 'note', OLD.note, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'created_by', OLD.created_by, 'updated_by', OLD.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_inspection_answer_insert
CREATE TRIGGER change_log_inspection_answer_insert AFTER INSERT ON inspection_answer BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('inspection_answer', NEW.id, 'I', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'inspection_id', NEW.inspection_id, 'item_key', NEW.item_key, 'value', NEW.value, 'note', NEW.note, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'created_by', NEW.created_by, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_inspection_answer_update
CREATE TRIGGER change_log_inspection_answer_update AFTER UPDATE ON inspection_answer BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('inspection_answer', NEW.id, 'U', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'inspection_id', NEW.inspection_id, 'item_key', NEW.item_key, 'value', NEW.value, 'note', NEW.note, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'created_by', NEW.created_by, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_inspection_delete
CREATE TRIGGER change_log_inspection_delete AFTER DELETE ON inspection BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('inspection', OLD.id, 'D', json_object('id', OLD.id, 'unit_code', OLD.unit_code, 'code', OLD.code, 'plan_id', OLD.plan_id, 'business_id', OLD.business_id, 'template_id', OLD.template_id, 'status', OLD.status, 'year', OLD.year, 'inspected_on', OLD.inspected_on, 'finalised_at', OLD.finalised_at, 'finalised_by', OLD.finalised_by, 'follow_up_of', OLD.follow_up_of, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'created_by', OLD.created_by, 'updated_by', OLD.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_inspection_insert
CREATE TRIGGER change_log_inspection_insert AFTER INSERT ON inspection BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('inspection', NEW.id, 'I', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'code', NEW.code, 'plan_id', NEW.plan_id, 'business_id', NEW.business_id, 'template_id', NEW.template_id, 'status', NEW.status, 'year', NEW.year, 'inspected_on', NEW.inspected_on, 'finalised_at', NEW.finalised_at, 'finalised_by', NEW.finalised_by, 'follow_up_of', NEW.follow_up_of, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'created_by', NEW.created_by, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_inspection_plan_delete
CREATE TRIGGER change_log_inspection_plan_delete AFTER DELETE ON inspection_plan BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('inspection_plan', OLD.id, 'D', json_object('id', OLD.id, 'unit_code', OLD.unit_code, 'title', OLD.title, 'period_from', OLD.period_from, 'period_to', OLD.period_to, 'decision_no', OLD.decision_no, 'decision_date', OLD.decision_date, 'team_json', OLD.team_json, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'created_by', OLD.created_by, 'updated_by', OLD.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_inspection_plan_insert
CREATE TRIGGER change_log_inspection_plan_insert AFTER INSERT ON inspection_plan BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('inspection_plan', NEW.id, 'I', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'title', NEW.title, 'period_from', NEW.period_from, 'period_to', NEW.period_to, 'decision_no', NEW.decision_no, 'decision_date', NEW.decision_date, 'team_json', NEW.team_json, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'created_by', NEW.created_by, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_inspection_plan_update
CREATE TRIGGER change_log_inspection_plan_update AFTER UPDATE ON inspection_plan BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('inspection_plan', NEW.id, 'U', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'title', NEW.title, 'period_from', NEW.period_from, 'period_to', NEW.period_to, 'decision_no', NEW.decision_no, 'decision_date', NEW.decision_date, 'team_json', NEW.team_json, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'created_by', NEW.created_by, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_inspection_update
CREATE TRIGGER change_log_inspection_update AFTER UPDATE ON inspection BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('inspection', NEW.id, 'U', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'code', NEW.code, 'plan_id', NEW.plan_id, 'business_id', NEW.business_id, 'template_id', NEW.template_id, 'status', NEW.status, 'year', NEW.year, 'inspected_on', NEW.inspected_on, 'finalised_at', NEW.finalised_at, 'finalised_by', NEW.finalised_by, 'follow_up_of', NEW.follow_up_of, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'created_by', NEW.created_by, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_violation_delete
CREATE TRIGGER change_log_violation_delete AFTER DELETE ON violation BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('violation', OLD.id, 'D', json_object('id', OLD.id, 'unit_code', OLD.unit_code, 'inspection_id', OLD.inspection_id, 'item_key', OLD.item_key, 'description', OLD.description, 'severity', OLD.severity, 'found_on', OLD.found_on, 'handling', OLD.handling, 'fine_amount', OLD.fine_amount, 'decision_no', OLD.decision_no, 'handled_on', OLD.handled_on, 'deadline', OLD.deadline, 'closed_on', OLD.closed_on, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'created_by', OLD.created_by, 'updated_by', OLD.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_violation_insert
CREATE TRIGGER change_log_violation_insert AFTER INSERT ON violation BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('violation', NEW.id, 'I', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'inspection_id', NEW.inspection_id, 'item_key', NEW.item_key, 'description', NEW.description, 'severity', NEW.severity, 'found_on', NEW.found_on, 'handling', NEW.handling, 'fine_amount', NEW.fine_amount, 'decision_no', NEW.decision_no, 'handled_on', NEW.handled_on, 'deadline', NEW.deadline, 'closed_on', NEW.closed_on, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'created_by', NEW.created_by, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
-- trigger change_log_violation_update
CREATE TRIGGER change_log_violation_update AFTER UPDATE ON violation BEGIN INSERT INTO change_log (table_name, row_id, op, row_json, changed_at) VALUES ('violation', NEW.id, 'U', json_object('id', NEW.id, 'unit_code', NEW.unit_code, 'inspection_id', NEW.inspection_id, 'item_key', NEW.item_key, 'description', NEW.description, 'severity', NEW.severity, 'found_on', NEW.found_on, 'handling', NEW.handling, 'fine_amount', NEW.fine_amount, 'decision_no', NEW.decision_no, 'handled_on', NEW.handled_on, 'deadline', NEW.deadline, 'closed_on', NEW.closed_on, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'created_by', NEW.created_by, 'updated_by', NEW.updated_by), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END
