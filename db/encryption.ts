// Encryption at rest: one connection factory that keys every encrypted file, and the one-time,
// crash-safe conversion of plain files (databases from before encryption, their old backups and
// safety copies) into encrypted ones, in place.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { DbKeyError, isPlainSqliteFile, keyPragmas, rekeyPragma, requireDbKey, type DbKey } from './key';

type Connection = Database.Database;

export interface ConnectOptions {
  /** The database key; default the key source in the environment (DISTRICT_DESK_DB_KEY). */
  key?: DbKey;
  /** better-sqlite3 binary built for another ABI (the packaged Electron app). */
  nativeBinding?: string;
  readonly?: boolean;
  fileMustExist?: boolean;
}

/**
 * Opens a SQLite file: keyed with SQLCipher's format, or unkeyed when the file is a plain database
 * from before encryption (read, or converted by encryptPlainFile; never written as it is). A new
 * file is always encrypted. Throws SQLite's own error (SQLITE_NOTADB) for a wrong key or junk.
 */
export function connect(file: string, options: ConnectOptions = {}): Connection {
  const plain = isPlainSqliteFile(file);
  const key = plain ? undefined : requireDbKey(options.key);
  if (!plain && !options.readonly && !fs.existsSync(file)) createOwnerOnly(file);
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.fileMustExist ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  if (!key) return db;
  try {
    for (const pragma of keyPragmas(key)) db.pragma(pragma);
    // A plain better-sqlite3 build ignores the key pragmas: it would write the data unencrypted.
    if (db.pragma('cipher', { simple: true }) !== 'sqlcipher') throw new DbKeyError('DB_CIPHER_UNAVAILABLE', 'errors.db.cipherUnavailable');
    // Reading the header decrypts page 1 only: SQLITE_NOTADB here means a wrong key (or not a
    // database); damage further in is left to integrity_check, as for a plain file.
    db.pragma('user_version', { simple: true });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** An empty file only its owner may read: SQLite gives the -wal and -shm files the same mode. */
function createOwnerOnly(file: string): void {
  try {
    fs.closeSync(fs.openSync(file, 'wx', 0o600));
  } catch {
    // Another process created it meanwhile, or the folder refuses: SQLite reports the real problem.
  }
}

/** Folders owner-only (0700), database files owner-only (0600); Windows keeps its per-user ACLs. */
export function restrictToOwner(target: string, kind: 'folder' | 'file'): void {
  if (process.platform === 'win32') return;
  try {
    fs.chmodSync(target, kind === 'folder' ? 0o700 : 0o600);
  } catch {
    // Not ours to change (a read-only mount, another owner): opening still works or fails on its own.
  }
}

/** The conversion's steps, in order; a test kills the process at each to prove no step loses data. */
export const CONVERSION_STEPS = ['checkpointed', 'copied', 'encrypted', 'verified', 'renamed'] as const;
export type ConversionStep = (typeof CONVERSION_STEPS)[number];

export interface ConversionOptions {
  nativeBinding?: string;
  /** Test seam: called after each step. */
  afterStep?: (step: ConversionStep, file: string) => void;
}

const ENCRYPTING_SUFFIX = '.encrypting';
const SIDECARS = ['-journal', '-wal', '-shm'];

function removeWithSidecars(file: string): void {
  for (const suffix of ['', ...SIDECARS]) fs.rmSync(file + suffix, { force: true });
}

function fsyncPath(target: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(target, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a folder to flush it; its renames are durable through NTFS's journal.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function tableCounts(db: Connection): Record<string, number> {
  const tables = (db.pragma('main.table_list') as { name: string; type: string }[]).filter((t) => t.type === 'table' && !t.name.startsWith('sqlite_'));
  const counts: Record<string, number> = {};
  // Sorted by name: table_list's order is not stable between connections, the counts are what matter.
  for (const { name } of tables.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    counts[name] = (db.prepare(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`).get() as { n: number }).n;
  }
  return counts;
}

/**
 * Converts a plain SQLite file into an encrypted one under the same name. The plain file stays
 * untouched until an encrypted, verified copy replaces it in one rename: a crash at any point
 * leaves either the plain file whole or the encrypted one whole, and a leftover `.encrypting`
 * copy (plain bytes) is removed on the next try. Returns false when the file was not plain.
 */
export function encryptPlainFile(file: string, key: DbKey, options: ConversionOptions = {}): boolean {
  const staged = file + ENCRYPTING_SUFFIX;
  removeWithSidecars(staged);
  if (!isPlainSqliteFile(file)) return false;
  const sqlite = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const step = (name: ConversionStep) => options.afterStep?.(name, file);

  // 1. Fold the WAL into the file and leave WAL mode: a plain -wal must not outlive the rename.
  let expected: Record<string, number>;
  let version: number;
  const plain = new Database(file, { fileMustExist: true, ...sqlite });
  try {
    plain.pragma('wal_checkpoint(TRUNCATE)');
    plain.pragma('journal_mode = DELETE');
    expected = tableCounts(plain);
    version = plain.pragma('user_version', { simple: true }) as number;
  } finally {
    plain.close();
  }
  step('checkpointed');

  // 2. A private copy to encrypt: rekey rewrites it in place through its own rollback journal.
  fs.copyFileSync(file, staged);
  restrictToOwner(staged, 'file');
  step('copied');
  const copy = new Database(staged, { fileMustExist: true, ...sqlite });
  try {
    copy.pragma("cipher = 'sqlcipher'");
    copy.pragma('legacy = 4');
    copy.pragma(rekeyPragma(key));
  } finally {
    copy.close();
  }
  step('encrypted');

  // 3. Only a copy that opens with the key, is sound and holds every row replaces the original.
  if (isPlainSqliteFile(staged)) throw new Error(`encryption did not change ${staged}`);
  const check = connect(staged, { key, readonly: true, fileMustExist: true, ...sqlite });
  try {
    const integrity = check.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`encrypted copy failed integrity_check: ${String(integrity)}`);
    if (check.pragma('user_version', { simple: true }) !== version) throw new Error('encrypted copy has another schema version');
    if (JSON.stringify(tableCounts(check)) !== JSON.stringify(expected)) throw new Error('encrypted copy lost rows');
  } finally {
    check.close();
  }
  fsyncPath(staged);
  step('verified');

  // 4. The switch: one rename, then the folder entry made durable.
  fs.renameSync(staged, file);
  fsyncPath(path.dirname(file));
  step('renamed');
  removeWithSidecars(staged);
  return true;
}

const SQLITE_FILE = /\.sqlite$/;

/**
 * Every plain SQLite file in the data folder and its `backups/` (the database, automatic backups,
 * pre-upgrade copies, before-restore-*.sqlite safety copies) converted to encrypted ones, leftovers of
 * an interrupted conversion removed, and folders and files made owner-only. Returns what was converted.
 */
export function encryptDataFolder(dataDir: string, key: DbKey, options: ConversionOptions = {}): string[] {
  const converted: string[] = [];
  for (const dir of [dataDir, path.join(dataDir, 'backups')]) {
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      continue;
    }
    restrictToOwner(dir, 'folder');
    for (const name of names) {
      const file = path.join(dir, name);
      if (name.endsWith(ENCRYPTING_SUFFIX)) {
        // A copy an interrupted conversion left (plain bytes): the original is still in place.
        if (fs.existsSync(file.slice(0, -ENCRYPTING_SUFFIX.length))) removeWithSidecars(file);
        continue;
      }
      if (!SQLITE_FILE.test(name)) continue;
      restrictToOwner(file, 'file');
      if (encryptPlainFile(file, key, options)) converted.push(file);
    }
  }
  return converted;
}
