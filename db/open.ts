import type Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { installAudit } from './audit';
import { connect, encryptDataFolder, encryptPlainFile, restrictToOwner } from './encryption';
import { DbKeyError, isPlainSqliteFile, requireDbKey, type DbKey } from './key';
import { latestVersion, migrate } from './migrate';

export type Db = Database.Database;

/** Thrown when the database cannot be used; `messageKey` names the Vietnamese message. */
export class DbError extends Error {
  constructor(
    readonly code: string,
    readonly messageKey: string,
    detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'DbError';
  }
}

export const DB_FILE_NAME = 'district-desk.sqlite';

export interface OpenOptions {
  /**
   * The database key (SQLCipher, encrypted at rest). Default: the environment's key source
   * (DISTRICT_DESK_DB_KEY); without either the database is not opened.
   */
  key?: DbKey;
  /** Path of a better-sqlite3 binary built for another ABI (the packaged Electron app). */
  nativeBinding?: string;
  readonly?: boolean;
  /** Called before migrating a database that already holds data (0 < version < latest): the pre-upgrade backup. */
  beforeMigrate?: (db: Db, fromVersion: number) => void;
  /**
   * Whether the data folder takes writes (default: a probe file). Injectable because a process running
   * as root is not stopped by folder permissions, so tests cannot otherwise reach the read-only path.
   */
  canWrite?: (dataDir: string) => boolean;
}

const READ_ONLY_CODES = new Set(['EACCES', 'EPERM', 'EROFS']);

/** Writes and removes a probe file: permissions alone do not tell (ACLs, read-only mounts, USB write locks). */
export function dataDirWritable(dataDir: string): boolean {
  const probe = path.join(dataDir, `.write-probe-${process.pid}`);
  try {
    fs.writeFileSync(probe, '');
    fs.rmSync(probe, { force: true });
    return true;
  } catch (error) {
    if (READ_ONLY_CODES.has((error as { code?: string }).code ?? '')) return false;
    throw new DbError('DATA_DIR_UNUSABLE', 'errors.db.dataDirUnusable', describe(error));
  }
}

/** The pragmas every connection must run with; checked by `assertPragmas` and `db check`. */
const REQUIRED_PRAGMAS = {
  journal_mode: 'wal',
  synchronous: 2, // FULL: better-sqlite3's build defaults WAL to NORMAL, which can lose commits on power loss
  foreign_keys: 1,
  secure_delete: 1, // deleted rows (an anonymised reporter, a removed user) are overwritten, not left in free pages
} as const;

export function applyPragmas(db: Db): void {
  if (!db.readonly) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 5000');
  // Performance only: up to 64 MB of decrypted pages kept (SQLite's default is 2 MB), so a search over a
  // large register reads and decrypts each page once, not once per keystroke.
  db.pragma('cache_size = -65536');
}

export function pragmaProblems(db: Db): string[] {
  const problems: string[] = [];
  for (const [name, expected] of Object.entries(REQUIRED_PRAGMAS)) {
    const actual = db.pragma(name, { simple: true });
    if (actual !== expected) problems.push(`${name}=${String(actual)} (expected ${expected})`);
  }
  return problems;
}

export function assertPragmas(db: Db): void {
  const problems = pragmaProblems(db);
  if (problems.length > 0) throw new DbError('DB_PRAGMAS', 'errors.db.pragmas', problems.join(', '));
}

/**
 * Opens (creating if needed) the office database in `dataDir`, migrated to the current schema. When
 * the folder refuses writes the database opens read-only (`db.readonly`): the office can still read
 * its records, and every write fails with SQLITE_READONLY, which the API reports plainly.
 */
export function openDatabase(dataDir: string, options: OpenOptions = {}): Db {
  try {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  } catch (error) {
    if (!fs.existsSync(dataDir)) throw new DbError('DATA_DIR_UNUSABLE', 'errors.db.dataDirUnusable', describe(error));
  }
  const file = path.join(dataDir, DB_FILE_NAME);
  if (!options.readonly && !(options.canWrite ?? dataDirWritable)(dataDir)) {
    if (!fs.existsSync(file)) throw new DbError('DATA_DIR_READONLY', 'errors.db.readonly', 'no database to read');
    return openReadOnly(file, options);
  }
  if (!options.readonly) {
    // Once, for a folder from before encryption: the database and every plain copy beside it.
    const key = withKeyErrors(() => requireDbKey(options.key));
    try {
      encryptDataFolder(dataDir, key, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    } catch (error) {
      throw new DbError('DB_ENCRYPT_FAILED', 'errors.db.encryptFailed', describe(error));
    }
  }
  return openDatabaseFile(file, options);
}

/**
 * In place when SQLite can read it there at the current schema. Otherwise from a copy in the temporary
 * folder: a WAL database needs its -shm file, which a read-only folder cannot hold once the app last
 * closed cleanly, and an older schema needs migrating, which the folder cannot take. The copy is
 * migrated, reopened read-only, and removed when the database is closed.
 */
function openReadOnly(file: string, options: OpenOptions): Db {
  try {
    const db = openDatabaseFile(file, { ...options, readonly: true });
    if (db.pragma('user_version', { simple: true }) === latestVersion()) return db;
    db.close();
  } catch {
    // Read from the copy below.
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'district-desk-readonly-'));
  const copy = path.join(dir, DB_FILE_NAME);
  try {
    fs.copyFileSync(file, copy);
    if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
    openDatabaseFile(copy, { ...options, beforeMigrate: undefined }).close();
    const db = openDatabaseFile(copy, { ...options, readonly: true });
    const close = db.close.bind(db);
    db.close = () => {
      close();
      fs.rmSync(dir, { recursive: true, force: true });
      return db;
    };
    return db;
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Key errors as the DbError the API and the CLI report. */
function withKeyErrors<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof DbKeyError) throw new DbError(error.code, error.messageKey, error.message);
    throw error;
  }
}

export function openDatabaseFile(file: string, options: OpenOptions = {}): Db {
  let db: Db;
  const sqlite = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  if (!options.readonly && isPlainSqliteFile(file)) {
    try {
      encryptPlainFile(file, withKeyErrors(() => requireDbKey(options.key)), sqlite);
    } catch (error) {
      if (error instanceof DbError) throw error;
      throw new DbError('DB_ENCRYPT_FAILED', 'errors.db.encryptFailed', describe(error));
    }
  }
  try {
    db = withKeyErrors(() =>
      connect(file, { key: options.key, ...sqlite, readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false }),
    );
  } catch (error) {
    if (error instanceof DbError) throw error;
    const code = (error as { code?: string }).code;
    // The key opens page 1 or nothing: a wrong key and a file that is not a database look alike.
    if (code === 'SQLITE_NOTADB') throw new DbError('DB_KEY_WRONG', 'errors.db.keyWrong', describe(error));
    throw new DbError('DB_OPEN_FAILED', 'errors.db.openFailed', describe(error));
  }
  if (!options.readonly) restrictToOwner(file, 'file');
  try {
    applyPragmas(db);
    if (!db.readonly) {
      const version = db.pragma('user_version', { simple: true }) as number;
      if (options.beforeMigrate && version > 0 && version < latestVersion()) options.beforeMigrate(db, version);
      migrate(db);
      assertPragmas(db);
    }
    installAudit(db);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof DbError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN') {
      throw new DbError('DATA_DIR_READONLY', 'errors.db.readonly', describe(error));
    }
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new DbError('DB_CORRUPT', 'errors.db.corrupt', describe(error));
    }
    throw error;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
