import type Database from 'better-sqlite3';

type Db = Database.Database;

/*
 * Keys and trust between installations (migration 0003): this installation's own keys, the offices a
 * province accepts packages from, and the province key an office has pinned. Keys are raw 32-byte
 * values; generating and checking them is electron/packages' business, storing them is ours.
 */

export type KeyPurpose = 'signing' | 'receiving';

export interface StoredKeyPair {
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

export function getInstallationKey(db: Db, purpose: KeyPurpose): StoredKeyPair | undefined {
  const row = db.prepare('SELECT public_key, private_key FROM installation_key WHERE purpose = ?').get(purpose) as
    | { public_key: Buffer; private_key: Buffer }
    | undefined;
  return row && { publicKey: new Uint8Array(row.public_key), privateKey: new Uint8Array(row.private_key) };
}

/** Inserts the key unless one exists (a concurrent first need keeps the first). Returns the stored key. */
export function saveInstallationKeyIfMissing(db: Db, purpose: KeyPurpose, pair: StoredKeyPair, now: string): StoredKeyPair {
  db.prepare('INSERT INTO installation_key (purpose, public_key, private_key, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING').run(
    purpose,
    Buffer.from(pair.publicKey),
    Buffer.from(pair.privateKey),
    now,
  );
  return getInstallationKey(db, purpose) as StoredKeyPair;
}

/** Moving an office: the keys from its backup replace this installation's. */
export function replaceInstallationKey(db: Db, purpose: KeyPurpose, pair: StoredKeyPair, now: string): void {
  db.prepare(
    `INSERT INTO installation_key (purpose, public_key, private_key, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (purpose) DO UPDATE SET public_key = excluded.public_key, private_key = excluded.private_key, created_at = excluded.created_at`,
  ).run(purpose, Buffer.from(pair.publicKey), Buffer.from(pair.privateKey), now);
}

/** Key rotation: the current key moves to retired_installation_key (under its key id) and `pair` replaces it. */
export function rotateInstallationKey(db: Db, purpose: KeyPurpose, keyId: string, pair: StoredKeyPair, now: string): void {
  db.prepare(
    `INSERT INTO retired_installation_key (key_id, purpose, public_key, private_key, created_at, retired_at)
     SELECT ?, purpose, public_key, private_key, created_at, ? FROM installation_key WHERE purpose = ?`,
  ).run(keyId, now, purpose);
  replaceInstallationKey(db, purpose, pair, now);
}

export interface RetiredKey {
  keyId: string;
  purpose: KeyPurpose;
  privateKey: Uint8Array;
  publicKey: Uint8Array;
  createdAt: string;
  retiredAt: string;
}

/** Every key retired by a rotation: a key backup carries them so old packages still open after a restore. */
export function retiredInstallationKeys(db: Db): RetiredKey[] {
  const rows = db
    .prepare('SELECT key_id, purpose, public_key, private_key, created_at, retired_at FROM retired_installation_key ORDER BY retired_at, key_id')
    .all() as { key_id: string; purpose: KeyPurpose; public_key: Buffer; private_key: Buffer; created_at: string; retired_at: string }[];
  return rows.map((r) => ({
    keyId: r.key_id,
    purpose: r.purpose,
    privateKey: new Uint8Array(r.private_key),
    publicKey: new Uint8Array(r.public_key),
    createdAt: r.created_at,
    retiredAt: r.retired_at,
  }));
}

export function restoreRetiredKey(db: Db, key: RetiredKey): void {
  db.prepare(
    `INSERT INTO retired_installation_key (key_id, purpose, public_key, private_key, created_at, retired_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (key_id) DO UPDATE SET purpose = excluded.purpose, public_key = excluded.public_key, private_key = excluded.private_key`,
  ).run(key.keyId, key.purpose, Buffer.from(key.publicKey), Buffer.from(key.privateKey), key.createdAt, key.retiredAt);
}

/** A key this installation used before a rotation, by its key id. */
export function retiredInstallationKey(db: Db, purpose: KeyPurpose, keyId: string): StoredKeyPair | undefined {
  const row = db.prepare('SELECT public_key, private_key FROM retired_installation_key WHERE purpose = ? AND key_id = ?').get(purpose, keyId) as
    | { public_key: Buffer; private_key: Buffer }
    | undefined;
  return row && { publicKey: new Uint8Array(row.public_key), privateKey: new Uint8Array(row.private_key) };
}

// ---------------------------------------------------------------------------------------------
// Registered offices (province side)

export interface RegisteredOffice {
  installationId: string;
  unitCode: string;
  unitListVersion: string;
  officeName: string;
  publicKey: Uint8Array;
  fingerprint: string;
  status: 'active' | 'revoked';
  registeredAt: string;
  revokedAt: string | null;
}

interface RegisteredOfficeRow {
  installation_id: string;
  unit_code: string;
  unit_list_version: string;
  office_name: string;
  public_key: Buffer;
  fingerprint: string;
  status: 'active' | 'revoked';
  registered_at: string;
  revoked_at: string | null;
}

function toRegistered(r: RegisteredOfficeRow): RegisteredOffice {
  return {
    installationId: r.installation_id,
    unitCode: r.unit_code,
    unitListVersion: r.unit_list_version,
    officeName: r.office_name,
    publicKey: new Uint8Array(r.public_key),
    fingerprint: r.fingerprint,
    status: r.status,
    registeredAt: r.registered_at,
    revokedAt: r.revoked_at,
  };
}

export function getRegisteredOffice(db: Db, installationId: string): RegisteredOffice | undefined {
  const row = db.prepare('SELECT * FROM registered_office WHERE installation_id = ?').get(installationId) as RegisteredOfficeRow | undefined;
  return row && toRegistered(row);
}

export function listRegisteredOffices(db: Db): RegisteredOffice[] {
  return (db.prepare('SELECT * FROM registered_office ORDER BY unit_code, office_name, installation_id').all() as RegisteredOfficeRow[]).map(toRegistered);
}

/** Registers or re-registers (a new key after a move) an office; its status becomes active. */
export function upsertRegisteredOffice(db: Db, office: Omit<RegisteredOffice, 'status' | 'revokedAt'>): void {
  db.prepare(
    `INSERT INTO registered_office (installation_id, unit_code, unit_list_version, office_name, public_key, fingerprint, status, registered_at)
     VALUES (@installationId, @unitCode, @unitListVersion, @officeName, @publicKey, @fingerprint, 'active', @registeredAt)
     ON CONFLICT (installation_id) DO UPDATE SET unit_code = excluded.unit_code, unit_list_version = excluded.unit_list_version,
       office_name = excluded.office_name, public_key = excluded.public_key, fingerprint = excluded.fingerprint,
       registered_at = excluded.registered_at`,
  ).run({ ...office, publicKey: Buffer.from(office.publicKey) });
}

export function revokeRegisteredOffice(db: Db, installationId: string, now: string): boolean {
  return (
    db
      .prepare("UPDATE registered_office SET status = 'revoked', revoked_at = COALESCE(revoked_at, ?) WHERE installation_id = ?")
      .run(now, installationId).changes > 0
  );
}

export function revokedInstallations(db: Db): { installationId: string; revokedAt: string }[] {
  return db
    .prepare("SELECT installation_id AS installationId, revoked_at AS revokedAt FROM registered_office WHERE status = 'revoked' ORDER BY installation_id")
    .all() as { installationId: string; revokedAt: string }[];
}

// ---------------------------------------------------------------------------------------------
// The pinned province key (office side)

export interface PinnedProvinceKey {
  installationId: string;
  unitCode: string;
  signingPublicKey: Uint8Array;
  receivingPublicKey: Uint8Array;
  fingerprint: string;
  pinnedAt: string;
  packageId: string;
}

interface PinnedRow {
  installation_id: string;
  unit_code: string;
  signing_public_key: Buffer;
  receiving_public_key: Buffer;
  fingerprint: string;
  pinned_at: string;
  package_id: string;
}

function toPinned(r: PinnedRow): PinnedProvinceKey {
  return {
    installationId: r.installation_id,
    unitCode: r.unit_code,
    signingPublicKey: new Uint8Array(r.signing_public_key),
    receivingPublicKey: new Uint8Array(r.receiving_public_key),
    fingerprint: r.fingerprint,
    pinnedAt: r.pinned_at,
    packageId: r.package_id,
  };
}

/** The current pin, or undefined before the first configuration package. */
export function pinnedProvinceKey(db: Db): PinnedProvinceKey | undefined {
  const row = db.prepare('SELECT * FROM province_key ORDER BY seq DESC LIMIT 1').get() as PinnedRow | undefined;
  return row && toPinned(row);
}

/** Every pin in order, oldest first: the key-change history. */
export function provinceKeyHistory(db: Db): PinnedProvinceKey[] {
  return (db.prepare('SELECT * FROM province_key ORDER BY seq').all() as PinnedRow[]).map(toPinned);
}

/** Adds a pin when the keys differ from the current one (a first pin or a key change). */
export function pinProvinceKey(db: Db, key: PinnedProvinceKey): void {
  const current = pinnedProvinceKey(db);
  const same =
    current &&
    current.installationId === key.installationId &&
    Buffer.from(current.signingPublicKey).equals(Buffer.from(key.signingPublicKey)) &&
    Buffer.from(current.receivingPublicKey).equals(Buffer.from(key.receivingPublicKey));
  if (same) return;
  db.prepare(
    `INSERT INTO province_key (installation_id, unit_code, signing_public_key, receiving_public_key, fingerprint, pinned_at, package_id)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(key.installationId, key.unitCode, Buffer.from(key.signingPublicKey), Buffer.from(key.receivingPublicKey), key.fingerprint, key.pinnedAt, key.packageId);
}
