import type Database from 'better-sqlite3';

type Db = Database.Database;

/*
 * What packages this installation has made and taken in (migration 0003). The office keeps the bytes
 * of every package it sent: sealing again would pick a new ephemeral key, so only the stored file
 * re-sends identically.
 */

// ---------------------------------------------------------------------------------------------
// Sent (office side)

export interface SentPackage {
  sequence: number;
  packageId: string;
  kind: 'office-delta' | 'office-snapshot';
  packageHash: string;
  size: number;
  upToChangeSeq: number;
  createdAt: string;
  confirmedAt: string | null;
}

const SENT_COLUMNS = `sequence, package_id AS packageId, kind, package_hash AS packageHash, size,
  up_to_change_seq AS upToChangeSeq, created_at AS createdAt, confirmed_at AS confirmedAt`;

export function lastSentPackage(db: Db): SentPackage | undefined {
  return db.prepare(`SELECT ${SENT_COLUMNS} FROM package_sent ORDER BY sequence DESC LIMIT 1`).get() as SentPackage | undefined;
}

export function listSentPackages(db: Db): SentPackage[] {
  return db.prepare(`SELECT ${SENT_COLUMNS} FROM package_sent ORDER BY sequence`).all() as SentPackage[];
}

export function sentPackageFile(db: Db, sequence: number): { packageHash: string; file: Buffer } | undefined {
  return db.prepare('SELECT package_hash AS packageHash, file FROM package_sent WHERE sequence = ?').get(sequence) as
    | { packageHash: string; file: Buffer }
    | undefined;
}

export function insertSentPackage(db: Db, sent: Omit<SentPackage, 'confirmedAt'> & { file: Uint8Array }): void {
  db.prepare(
    `INSERT INTO package_sent (sequence, package_id, kind, file, package_hash, size, up_to_change_seq, created_at)
     VALUES (@sequence, @packageId, @kind, @file, @packageHash, @size, @upToChangeSeq, @createdAt)`,
  ).run({ ...sent, file: Buffer.from(sent.file) });
}

/** Marks the packages a receipt names (by id and hash: a different file under the same id is not confirmed). */
export function confirmSentPackages(db: Db, received: readonly { packageId: string; packageHash: string; importedAt: string }[]): number {
  const confirm = db.prepare('UPDATE package_sent SET confirmed_at = ? WHERE package_id = ? AND package_hash = ? AND confirmed_at IS NULL');
  let changed = 0;
  for (const r of received) changed += confirm.run(r.importedAt, r.packageId, r.packageHash).changes;
  return changed;
}

// ---------------------------------------------------------------------------------------------
// Received (province side)

export interface ReceivedPackage {
  packageId: string;
  senderInstallationId: string;
  sequence: number;
  kind: string;
  packageHash: string;
  size: number;
  createdAt: string;
  importedAt: string;
  auditHash: string | null;
  /** The hash of the sender's previous package, as this package's signed header names it. */
  previousPackageHash: string | null;
}

const RECEIVED_COLUMNS = `package_id AS packageId, sender_installation_id AS senderInstallationId, sequence, kind,
  package_hash AS packageHash, size, created_at AS createdAt, imported_at AS importedAt, audit_hash AS auditHash,
  previous_package_hash AS previousPackageHash`;

export function findReceivedPackage(db: Db, packageId: string): ReceivedPackage | undefined {
  return db.prepare(`SELECT ${RECEIVED_COLUMNS} FROM package_received WHERE package_id = ?`).get(packageId) as ReceivedPackage | undefined;
}

export function receivedBySequence(db: Db, senderInstallationId: string, sequence: number): ReceivedPackage | undefined {
  return db
    .prepare(`SELECT ${RECEIVED_COLUMNS} FROM package_received WHERE sender_installation_id = ? AND sequence = ?`)
    .get(senderInstallationId, sequence) as ReceivedPackage | undefined;
}

export function listReceivedPackages(db: Db, senderInstallationId?: string): ReceivedPackage[] {
  return db
    .prepare(`SELECT ${RECEIVED_COLUMNS} FROM package_received WHERE @sender IS NULL OR sender_installation_id = @sender ORDER BY sender_installation_id, sequence`)
    .all({ sender: senderInstallationId ?? null }) as ReceivedPackage[];
}

export function insertReceivedPackage(db: Db, received: ReceivedPackage): void {
  db.prepare(
    `INSERT INTO package_received (package_id, sender_installation_id, sequence, kind, package_hash, size, created_at, imported_at, audit_hash, previous_package_hash)
     VALUES (@packageId, @senderInstallationId, @sequence, @kind, @packageHash, @size, @createdAt, @importedAt, @auditHash, @previousPackageHash)`,
  ).run(received);
}

/**
 * Sequences whose package names a previous-package hash other than that of the package held with the
 * sequence before it: the office's history forked there. Only where both neighbours are held (a gap
 * cannot be checked) and the later one recorded its previous hash.
 */
export function chainBreaks(packages: readonly Pick<ReceivedPackage, 'sequence' | 'packageHash' | 'previousPackageHash'>[]): number[] {
  const bySequence = new Map(packages.map((p) => [p.sequence, p]));
  return packages
    .filter((p) => {
      const before = bySequence.get(p.sequence - 1);
      return before !== undefined && p.previousPackageHash !== null && p.previousPackageHash !== before.packageHash;
    })
    .map((p) => p.sequence)
    .sort((a, b) => a - b);
}

export interface SequenceRange {
  from: number;
  to: number;
}

/**
 * Sequences missing below the highest one received, as ranges (packages the office should send again):
 * their size follows the packages held, never the numbers (a forged 9007199254740991 is one range).
 */
export function sequenceGaps(sequences: readonly number[]): SequenceRange[] {
  const sorted = [...new Set(sequences)].filter((s) => s >= 1).sort((a, b) => a - b);
  const gaps: SequenceRange[] = [];
  let expected = 1;
  for (const s of sorted) {
    if (s > expected) gaps.push({ from: expected, to: s - 1 });
    expected = s + 1;
  }
  return gaps;
}

// ---------------------------------------------------------------------------------------------
// Issued signed-only packages (province side) and configuration received (office side)

export function nextIssuedSequence(db: Db, kind: 'province-config' | 'receipt'): { sequence: number; previousHash: string | null } {
  const last = db.prepare('SELECT sequence, package_hash AS hash FROM package_issued WHERE kind = ? ORDER BY sequence DESC LIMIT 1').get(kind) as
    | { sequence: number; hash: string }
    | undefined;
  return { sequence: (last?.sequence ?? 0) + 1, previousHash: last?.hash ?? null };
}

export function insertIssuedPackage(db: Db, issued: { packageId: string; kind: 'province-config' | 'receipt'; sequence: number; packageHash: string; createdAt: string }): void {
  db.prepare('INSERT INTO package_issued (package_id, kind, sequence, package_hash, created_at) VALUES (@packageId, @kind, @sequence, @packageHash, @createdAt)').run(
    issued,
  );
}

export interface ConfigReceived {
  packageId: string;
  sequence: number;
  packageHash: string;
  revokedInstallations: string[];
  importedAt: string;
}

export function lastConfigReceived(db: Db): ConfigReceived | undefined {
  const row = db
    .prepare('SELECT package_id AS packageId, sequence, package_hash AS packageHash, revoked_installations AS revoked, imported_at AS importedAt FROM config_received ORDER BY sequence DESC LIMIT 1')
    .get() as (Omit<ConfigReceived, 'revokedInstallations'> & { revoked: string }) | undefined;
  if (!row) return undefined;
  const { revoked, ...rest } = row;
  return { ...rest, revokedInstallations: JSON.parse(revoked) as string[] };
}

export function configReceivedById(db: Db, packageId: string): boolean {
  return db.prepare('SELECT 1 FROM config_received WHERE package_id = ?').get(packageId) !== undefined;
}

export function insertConfigReceived(db: Db, config: ConfigReceived): void {
  db.prepare(
    'INSERT INTO config_received (package_id, sequence, package_hash, revoked_installations, imported_at) VALUES (?, ?, ?, ?, ?)',
  ).run(config.packageId, config.sequence, config.packageHash, JSON.stringify(config.revokedInstallations), config.importedAt);
}
