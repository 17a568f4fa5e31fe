-- Foundation: office identity, administrative units, users, the change log and the business register.

-- Tables listed here travel in data packages; their change-log triggers are generated (db/changeLog.ts).
CREATE TABLE synced_table (
  name TEXT PRIMARY KEY
) STRICT;

CREATE TABLE change_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  table_name TEXT NOT NULL,
  row_id TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('I', 'U', 'D')),
  row_json TEXT NOT NULL,
  changed_at TEXT NOT NULL
) STRICT;
CREATE INDEX change_log_row ON change_log (table_name, row_id, seq);

-- One row: this installation and the office it serves.
CREATE TABLE office (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  installation_id TEXT NOT NULL,
  office_name TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('province', 'district', 'commune')),
  unit_code TEXT NOT NULL,
  unit_list_version TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- Reference data: a code means nothing without the list version it comes from.
CREATE TABLE admin_unit (
  list_version TEXT NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('province', 'district', 'commune')),
  kind TEXT NOT NULL,
  parent_code TEXT,
  sort_key TEXT NOT NULL,
  PRIMARY KEY (list_version, code)
) STRICT;
CREATE INDEX admin_unit_parent ON admin_unit (list_version, parent_code);

CREATE TABLE app_user (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('admin', 'clerk', 'inspector')),
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT,
  updated_by TEXT
) STRICT;

CREATE TABLE business (
  -- A stable local integer key for the search index (VACUUM may renumber implicit rowids).
  row_no INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  unit_code TEXT NOT NULL,
  unit_list_version TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('karaoke', 'dance_hall', 'massage_sauna', 'hotel', 'guest_house',
    'rental_rooms', 'hostess_venue', 'barber', 'other')),
  address TEXT NOT NULL DEFAULT '',
  commune_code TEXT NOT NULL,
  owner_name TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  registration_no TEXT NOT NULL DEFAULT '',
  registration_date TEXT,
  security_cert_no TEXT NOT NULL DEFAULT '',
  security_cert_date TEXT,
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
CREATE INDEX business_sort ON business (sort_key);
CREATE INDEX business_commune ON business (commune_code, sort_key);
CREATE INDEX business_type ON business (type, sort_key);
CREATE INDEX business_status ON business (status, sort_key);
CREATE INDEX business_registration ON business (registration_key) WHERE registration_key <> '';
CREATE INDEX business_identity ON business (identity_key);

-- Trigram index over the normalised text: substring search without scanning the table.
CREATE VIRTUAL TABLE business_search USING fts5 (
  search_text, content = 'business', content_rowid = 'row_no', tokenize = 'trigram'
);
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

INSERT INTO synced_table (name) VALUES ('business');
