-- Data packages (issue 6): keys, trust, packages sent and received, and where imported rows came from.
-- None of these tables is a synced table: they describe this installation's link to others.

-- This installation's own keys: Ed25519 'signing' for every installation, X25519 'receiving' for a
-- province. In the database so a full backup carries them.
CREATE TABLE installation_key (
  purpose TEXT PRIMARY KEY CHECK (purpose IN ('signing', 'receiving')),
  public_key BLOB NOT NULL CHECK (length(public_key) = 32),
  private_key BLOB NOT NULL CHECK (length(private_key) = 32),
  created_at TEXT NOT NULL
) STRICT;

-- Province side: offices whose packages are accepted. Several installations may serve one unit.
CREATE TABLE registered_office (
  installation_id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  unit_list_version TEXT NOT NULL,
  office_name TEXT NOT NULL,
  public_key BLOB NOT NULL CHECK (length(public_key) = 32),
  fingerprint TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('active', 'revoked')),
  registered_at TEXT NOT NULL,
  revoked_at TEXT
) STRICT;

-- Office side: the province keys pinned by configuration packages; the last row is the current pin,
-- earlier rows are the key-change history.
CREATE TABLE province_key (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  installation_id TEXT NOT NULL,
  unit_code TEXT NOT NULL,
  signing_public_key BLOB NOT NULL CHECK (length(signing_public_key) = 32),
  receiving_public_key BLOB NOT NULL CHECK (length(receiving_public_key) = 32),
  fingerprint TEXT NOT NULL,
  pinned_at TEXT NOT NULL,
  package_id TEXT NOT NULL
) STRICT;

-- Office side: configuration packages imported (replays are recognised by id, older ones by sequence).
CREATE TABLE config_received (
  package_id TEXT PRIMARY KEY,
  sequence INTEGER NOT NULL,
  package_hash TEXT NOT NULL,
  revoked_installations TEXT NOT NULL,
  imported_at TEXT NOT NULL
) STRICT;

-- Signed-only packages this installation made (province: configuration, receipts), for their sequences.
CREATE TABLE package_issued (
  package_id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('province-config', 'receipt')),
  sequence INTEGER NOT NULL,
  package_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (kind, sequence)
) STRICT;

-- Office side: every package exported, with its bytes, so a re-send is the identical file.
CREATE TABLE package_sent (
  sequence INTEGER PRIMARY KEY CHECK (sequence >= 1),
  package_id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('office-delta', 'office-snapshot')),
  file BLOB NOT NULL,
  package_hash TEXT NOT NULL,
  size INTEGER NOT NULL,
  up_to_change_seq INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  confirmed_at TEXT
) STRICT;

-- Province side: packages imported, one per sender and sequence.
CREATE TABLE package_received (
  package_id TEXT PRIMARY KEY,
  sender_installation_id TEXT NOT NULL REFERENCES registered_office (installation_id),
  sequence INTEGER NOT NULL,
  kind TEXT NOT NULL,
  package_hash TEXT NOT NULL,
  size INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  audit_hash TEXT,
  UNIQUE (sender_installation_id, sequence)
) STRICT;

-- Province side: the installation each imported row came from, for any synced table, and the
-- origin's change-log sequence of the version held, so packages applied in any order converge.
-- A deleted row keeps its entry (deleted = 1) so an older package cannot bring it back.
CREATE TABLE row_origin (
  table_name TEXT NOT NULL,
  row_id TEXT NOT NULL,
  installation_id TEXT NOT NULL,
  change_seq INTEGER NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  PRIMARY KEY (table_name, row_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX row_origin_installation ON row_origin (installation_id, table_name, row_id);

-- Tables whose rows the province sends to offices in its configuration package (checklist
-- templates, plans, targets): later migrations list theirs here, as synced tables are listed above.
CREATE TABLE config_table (
  name TEXT PRIMARY KEY
) STRICT;
