import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { requireDbKey, type DbKey } from '../../db/key';
import { BackupError } from './errors';
import { fsyncDirSync, removeQuietly } from './files';

/*
 * Every backup, whatever its bytes (a plain snapshot, a passphrase-encrypted .ddbak, a backup
 * encrypted with the database key), has a companion `<file>.check`: its length, its SHA-256 and an
 * HMAC-SHA-256 of both under the installation's backup key (derived from the database key, below).
 * The SHA-256 catches a cut or a flipped bit anywhere; the HMAC says the file was written by this
 * installation, not crafted. A file without a companion, or checked under another installation's
 * key, is "unverified"; one that fails is never offered nor restored.
 */
export const CHECK_SUFFIX = '.check';
/** Where installations before the derived key kept a random one, in plain (migrated away, see below). */
export const BACKUP_KEY_FILE = 'backup-check.key';
const FORMAT = 'district-desk-backup-check';
const KEY_BYTES = 32;

export interface BackupKey {
  id: string;
  key: Buffer;
}

export type Authenticity =
  /** Length, hash and this installation's HMAC all match. */
  | 'authenticated'
  /** Length and hash match, under another installation's key (a backup carried from another PC). */
  | 'checksum'
  /** No companion file: nothing says the bytes are what was written. */
  | 'unverified';

interface CheckFile {
  format: typeof FORMAT;
  version: 1;
  bytes: number;
  sha256: string;
  keyId: string;
  hmac: string;
}

function keyId(key: Buffer): string {
  return createHash('sha256').update('district-desk backup key id\n').update(key).digest('hex').slice(0, 16);
}

function asKey(key: Buffer): BackupKey {
  return { id: keyId(key), key };
}

/** The database key's label for the backup-authentication key: one key, two purposes kept apart. */
const DERIVATION_LABEL = 'district-desk backup-check key v2';

/**
 * The backup-authentication key, derived from the database key (HMAC-SHA-256 with a label), so it
 * is never a file of its own: a copied data folder without the database key (which the OS guards in
 * the app) cannot forge an authenticated backup. Null when no database key is at hand.
 */
export function readBackupKey(dataDir: string, dbKey?: DbKey): BackupKey | null {
  let key: DbKey;
  try {
    key = requireDbKey(dbKey);
  } catch {
    return null;
  }
  const derived = asKey(createHmac('sha256', key).update(DERIVATION_LABEL).digest());
  migrateLegacyKey(dataDir, derived);
  return derived;
}

/** The backup-authentication key for writing a backup (throws when there is no database key). */
export function backupKey(dataDir: string, dbKey?: DbKey): BackupKey {
  const key = readBackupKey(dataDir, requireDbKey(dbKey));
  if (!key) throw new Error('no database key');
  return key;
}

function readLegacyKey(dataDir: string): BackupKey | null {
  try {
    const key = fs.readFileSync(path.join(dataDir, BACKUP_KEY_FILE));
    return key.length === KEY_BYTES ? asKey(key) : null;
  } catch {
    return null;
  }
}

/**
 * Once, for a folder from before the key was derived: every companion check the old plain key file
 * vouches for (automatic backups, safety copies) is re-signed under the derived key, then the file
 * is removed. A crash midway leaves the file, and the next call finishes (re-signed ones are skipped).
 * A backup carried off the PC keeps its old check and shows as "checksum" (length and hash still match).
 */
function migrateLegacyKey(dataDir: string, derived: BackupKey): void {
  const legacy = readLegacyKey(dataDir);
  if (!legacy) return;
  try {
    for (const dir of [dataDir, path.join(dataDir, 'backups')]) {
      let names: string[];
      try {
        names = fs.readdirSync(dir);
      } catch {
        continue;
      }
      for (const name of names) {
        if (!name.endsWith(CHECK_SUFFIX)) continue;
        const file = path.join(dir, name.slice(0, -CHECK_SUFFIX.length));
        try {
          if (verifyBackupCheck(file, legacy) === 'authenticated') writeBackupCheck(file, derived);
        } catch {
          // Cut or altered: left as it is, still reported as failing.
        }
      }
    }
    fs.rmSync(path.join(dataDir, BACKUP_KEY_FILE), { force: true });
    fsyncDirSync(dataDir);
  } catch {
    // A read-only folder: the old file stays until the folder takes writes; the derived key is used anyway.
  }
}

const CHUNK = 1024 * 1024;

/** Length and SHA-256 of a file, read once through one handle. */
export function hashFile(file: string): { bytes: number; sha256: string } {
  const fd = fs.openSync(file, 'r');
  try {
    const digest = createHash('sha256');
    const buffer = Buffer.alloc(CHUNK);
    let bytes = 0;
    for (;;) {
      const read = fs.readSync(fd, buffer, 0, CHUNK, bytes);
      if (read === 0) break;
      digest.update(buffer.subarray(0, read));
      bytes += read;
    }
    return { bytes, sha256: digest.digest('hex') };
  } finally {
    fs.closeSync(fd);
  }
}

function mac(key: Buffer, bytes: number, sha256: string): string {
  return createHmac('sha256', key).update(`${FORMAT} v1\n${bytes}\n${sha256}`).digest('hex');
}

/**
 * Writes `<finalName>.check` for the bytes now in `file` (its staging name: the companion is written
 * first, so a backup under its final name never lacks one). Durable before returning.
 */
export function writeBackupCheck(file: string, key: BackupKey, finalName: string = file): string {
  const { bytes, sha256 } = hashFile(file);
  const check: CheckFile = { format: FORMAT, version: 1, bytes, sha256, keyId: key.id, hmac: mac(key.key, bytes, sha256) };
  const target = finalName + CHECK_SUFFIX;
  const temp = `${target}.tmp`;
  const fd = fs.openSync(temp, 'w');
  try {
    fs.writeSync(fd, JSON.stringify(check));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, target);
  fsyncDirSync(path.dirname(target));
  return target;
}

function readCheck(file: string): CheckFile | null | 'unreadable' {
  let text: string;
  try {
    text = fs.readFileSync(file + CHECK_SUFFIX, 'utf8');
  } catch (error) {
    return (error as { code?: string }).code === 'ENOENT' ? null : 'unreadable';
  }
  try {
    const parsed = JSON.parse(text) as Partial<CheckFile>;
    if (
      parsed.format !== FORMAT ||
      parsed.version !== 1 ||
      typeof parsed.bytes !== 'number' ||
      typeof parsed.sha256 !== 'string' ||
      typeof parsed.keyId !== 'string' ||
      typeof parsed.hmac !== 'string'
    ) {
      return 'unreadable';
    }
    return parsed as CheckFile;
  } catch {
    return 'unreadable';
  }
}

function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/**
 * How far a backup is vouched for; throws CHECKSUM_FAILED when its companion does not match it
 * (cut short, a bit flipped, or a companion forged under this installation's key id).
 */
export function verifyBackupCheck(file: string, key: BackupKey | null): Authenticity {
  const check = readCheck(file);
  if (check === null) return 'unverified';
  if (check === 'unreadable') throw new BackupError('CHECKSUM_FAILED', `${file}${CHECK_SUFFIX} is not a check file`);
  const actual = hashFile(file);
  if (actual.bytes !== check.bytes) throw new BackupError('CHECKSUM_FAILED', `${actual.bytes} bytes, ${check.bytes} written`);
  if (!sameHex(actual.sha256, check.sha256)) throw new BackupError('CHECKSUM_FAILED', 'content differs from what was written');
  if (key === null || key.id !== check.keyId) return 'checksum';
  if (!sameHex(mac(key.key, check.bytes, check.sha256), check.hmac)) throw new BackupError('CHECKSUM_FAILED', 'not written by this installation');
  return 'authenticated';
}

/** Removes a backup together with its companion. */
export function removeBackupFile(file: string): void {
  fs.rmSync(file);
  removeQuietly(file + CHECK_SUFFIX);
}
