// The desktop app's database key, kept beside the database wrapped by the operating system
// (Electron safeStorage: DPAPI on Windows, the Keychain on macOS, the keyring on Linux), as
// Signal-Desktop keeps its SQLCipher key. Plain Node: electron/shell/dbKey.ts passes safeStorage in.
import fs from 'node:fs';
import path from 'node:path';
import { connect, restrictToOwner } from '../../db/encryption';
import { isPlainSqliteFile, newDbKey, type DbKey } from '../../db/key';
import { DB_FILE_NAME, DbError } from '../../db/open';

/** What Electron's safeStorage offers; tests pass a stand-in bound to one "PC". */
export interface OsKeyProtection {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export const KEY_FILE_NAME = 'district-desk.key';

interface KeyFileJson {
  format: 1;
  /** safeStorage.encryptString(key as hex), base64. */
  wrapped: string;
}

export interface LoadedKey {
  key: DbKey;
  /** Where it came from: the wrapped key file, a recovery key just re-wrapped on this PC, or one named explicitly. */
  source: 'os' | 'recovery' | 'explicit';
  /** True when this start made a new key (a new data folder, or one from before encryption). */
  created: boolean;
}

export interface LoadKeyOptions {
  /** A key source named by IT staff (DISTRICT_DESK_DB_KEY, --key-file): used as is, nothing written. */
  explicit?: DbKey;
  /** The recovery key printed at setup (--recovery-key-file): checked against the database, then wrapped here. */
  recovery?: DbKey;
  /** better-sqlite3 built for Electron's ABI (`npm start`), to check a recovery key against the database. */
  nativeBinding?: string;
}

export function keyFilePath(dataDir: string): string {
  return path.join(dataDir, KEY_FILE_NAME);
}

function unavailable(): never {
  throw new DbError('DB_KEY_PROTECTION_UNAVAILABLE', 'errors.db.keyProtectionUnavailable');
}

/** The key file, written whole or not at all (temporary name, flush, rename), owner-only. */
function writeKeyFile(dataDir: string, key: DbKey, protection: OsKeyProtection): void {
  if (!protection.isEncryptionAvailable()) unavailable();
  const json: KeyFileJson = { format: 1, wrapped: protection.encryptString(key.toString('hex')).toString('base64') };
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = keyFilePath(dataDir);
  const temp = `${file}.partial`;
  const fd = fs.openSync(temp, 'w', 0o600);
  try {
    fs.writeSync(fd, JSON.stringify(json));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  restrictToOwner(temp, 'file');
  fs.renameSync(temp, file);
}

function readKeyFile(file: string, protection: OsKeyProtection): DbKey {
  if (!protection.isEncryptionAvailable()) unavailable();
  try {
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<KeyFileJson>;
    if (json.format !== 1 || typeof json.wrapped !== 'string') throw new Error('unknown key file format');
    const hex = protection.decryptString(Buffer.from(json.wrapped, 'base64'));
    if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error('unwrapped key is not 32 bytes');
    return Buffer.from(hex, 'hex');
  } catch (error) {
    // Another PC's (or another Windows user's) DPAPI cannot unwrap it: the recovery key can.
    throw new DbError('DB_KEY_UNWRAP_FAILED', 'errors.db.keyUnwrapFailed', error instanceof Error ? error.message : String(error));
  }
}

/** True when the folder holds an encrypted database that `key` opens (or no encrypted database at all). */
function opensDatabase(dataDir: string, key: DbKey, nativeBinding: string | undefined): boolean {
  const file = path.join(dataDir, DB_FILE_NAME);
  if (!fs.existsSync(file) || isPlainSqliteFile(file)) return true;
  try {
    connect(file, { key, readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) }).close();
    return true;
  } catch {
    return false;
  }
}

/**
 * The database key of `dataDir`, in this order: an explicit key source; a recovery key (on a new PC,
 * checked against the database and then wrapped for this PC); the wrapped key file; else a new random
 * key for a folder with no encrypted database yet (a first start, or a database to convert).
 */
export function loadDatabaseKey(dataDir: string, protection: OsKeyProtection, options: LoadKeyOptions = {}): LoadedKey {
  if (options.explicit) return { key: options.explicit, source: 'explicit', created: false };
  if (options.recovery) {
    if (!opensDatabase(dataDir, options.recovery, options.nativeBinding)) throw new DbError('DB_KEY_WRONG', 'errors.db.keyWrong');
    writeKeyFile(dataDir, options.recovery, protection);
    return { key: options.recovery, source: 'recovery', created: false };
  }
  const file = keyFilePath(dataDir);
  if (fs.existsSync(file)) return { key: readKeyFile(file, protection), source: 'os', created: false };
  const database = path.join(dataDir, DB_FILE_NAME);
  if (fs.existsSync(database) && !isPlainSqliteFile(database) && fs.statSync(database).size > 0) {
    // Encrypted data without its key file (copied from another PC): only the recovery key opens it.
    throw new DbError('DB_KEY_UNWRAP_FAILED', 'errors.db.keyUnwrapFailed', `${KEY_FILE_NAME} is missing`);
  }
  const key = newDbKey();
  writeKeyFile(dataDir, key, protection);
  return { key, source: 'os', created: true };
}
