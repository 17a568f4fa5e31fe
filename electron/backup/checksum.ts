import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BackupError } from './errors';
import { fsyncDirSync, removeQuietly } from './files';

/*
 * Every backup, whatever its bytes (a plain snapshot, a passphrase-encrypted .ddbak, a backup
 * encrypted with the database key), has a companion `<file>.check`: its length, its SHA-256 and an
 * HMAC-SHA-256 of both under the installation's backup key (a random key kept in the data folder).
 * The SHA-256 catches a cut or a flipped bit anywhere; the HMAC says the file was written by this
 * installation, not crafted. A file without a companion, or checked under another installation's
 * key, is "unverified"; one that fails is never offered nor restored.
 */
export const CHECK_SUFFIX = '.check';
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

/** The installation's backup key, or null when the folder has none yet (a new PC: nothing to authenticate). */
export function readBackupKey(dataDir: string): BackupKey | null {
  try {
    const key = fs.readFileSync(path.join(dataDir, BACKUP_KEY_FILE));
    return key.length === KEY_BYTES ? asKey(key) : null;
  } catch {
    return null;
  }
}

/** The backup key, made (random, owner-only) the first time a backup is written. */
export function backupKey(dataDir: string): BackupKey {
  const existing = readBackupKey(dataDir);
  if (existing) return existing;
  const file = path.join(dataDir, BACKUP_KEY_FILE);
  const temp = `${file}.tmp`;
  const key = randomBytes(KEY_BYTES);
  fs.writeFileSync(temp, key, { mode: 0o600 });
  const fd = fs.openSync(temp, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    // Never replaces a key written meanwhile by another process: backups already check under it.
    fs.linkSync(temp, file);
  } catch (error) {
    if ((error as { code?: string }).code !== 'EEXIST') throw error;
  } finally {
    removeQuietly(temp);
  }
  fsyncDirSync(dataDir);
  return readBackupKey(dataDir) ?? asKey(key);
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
