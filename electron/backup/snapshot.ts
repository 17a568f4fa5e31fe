import fs from 'node:fs';
import path from 'node:path';
import { connect, restrictToOwner } from '../../db/encryption';
import type { DbKey } from '../../db/key';
import type { Db } from '../../db/open';
import { getOffice } from '../../db/office';
import { writeBackupCheck, type BackupKey } from './checksum';
import { inspectOffThread } from './checkWorker';
import { asBackupError, BackupError, describe, throwIfCancelled } from './errors';
import { fsyncDirSync, fsyncFile, parseUtcStamp, removeWithSidecars } from './files';

/** What a backup holds, read from the copy itself (never from the live database). */
export interface BackupInfo {
  file: string;
  /** ISO instant the copy was taken. */
  createdAt: string;
  sizeBytes: number;
  /** `PRAGMA user_version` of the copy. */
  schemaVersion: number;
  /** Null when the backed-up database was not set up yet. */
  installationId: string | null;
  officeName: string | null;
  unitCode: string | null;
  /** Rows in every user table of the copy: tables added later are counted without changes here. */
  rowCounts: Record<string, number>;
}

export interface SqliteOptions {
  /** better-sqlite3 binary for another ABI (the packaged Electron app), as in db/open.ts. */
  nativeBinding?: string;
  /** The database key (db/key.ts); default the environment's key source. Plain files open without it. */
  key?: DbKey;
}

export interface ProgressOptions {
  /** Fraction done, 0..1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

export interface BackupOptions extends ProgressOptions, SqliteOptions {
  /** When the copy is taken (default: now); the rotation passes its own clock. */
  now?: Date;
  /** Writes the authenticated `.check` companion under this key (every backup a clerk keeps has one). */
  check?: BackupKey;
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** Share of the progress bar taken by copying pages; the integrity check takes the rest. */
const COPY_SHARE = 0.8;

/** Encrypted files are keyed (options.key, else the environment's); plain ones from before encryption open as they are. */
export function openSqlite(file: string, options: SqliteOptions & { readonly: boolean }): Db {
  return connect(file, {
    readonly: options.readonly,
    fileMustExist: true,
    ...(options.key ? { key: options.key } : {}),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
}

/** A SQLite database this install can read: plain, or encrypted with its key. */
export function isReadableDatabase(file: string, options: SqliteOptions = {}): boolean {
  if (hasSqliteHeader(file)) return true;
  try {
    // An empty file would open as a new, empty database.
    if (fs.statSync(file).size === 0) return false;
    openSqlite(file, { ...options, readonly: true }).close();
    return true;
  } catch {
    return false;
  }
}

/** True when the file starts with SQLite's header: tells a plain snapshot from an encrypted backup. */
export function hasSqliteHeader(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(SQLITE_MAGIC.length);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    return read === head.length && head.equals(SQLITE_MAGIC);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Copies the live database with SQLite's online backup API into `destination.partial`, checks the
 * copy, makes it durable and only then renames it into place, so `destinationFile` is always
 * either absent, the previous complete backup, or this complete and checked one.
 */
export async function backupDatabase(db: Db, destinationFile: string, options: BackupOptions = {}): Promise<BackupInfo> {
  const { onProgress, signal } = options;
  const createdAt = (options.now ?? new Date()).toISOString();
  const partial = `${destinationFile}.partial`;
  throwIfCancelled(signal);
  try {
    // better-sqlite3 reports a missing folder as a TypeError; check it ourselves to name it.
    fs.accessSync(path.dirname(destinationFile), fs.constants.W_OK);
    // A leftover from a power cut would be taken as the destination database and merged into.
    removeWithSidecars(partial);
    await copyEncrypted(db, partial);
    onProgress?.(COPY_SHARE);
    throwIfCancelled(signal);
    makeSelfContained(partial, options);
    const info = await inspectSnapshotAsync(partial, { ...options, createdAt });
    throwIfCancelled(signal);
    await fsyncFile(partial);
    if (options.check) writeBackupCheck(partial, options.check, destinationFile);
    await fs.promises.rename(partial, destinationFile);
    fsyncDirSync(path.dirname(destinationFile));
    onProgress?.(1);
    return { ...info, file: destinationFile };
  } catch (error) {
    removeWithSidecars(partial);
    throw asBackupError(error, 'write');
  }
}

/**
 * VACUUM INTO writes the copy encrypted with the live database's key (SQLite's online backup API
 * cannot: SQLite3MultipleCiphers refuses to copy encrypted pages into an unkeyed file). One
 * statement, so the copy is not cut into steps; a VACUUM of the office's years of records takes
 * well under a second. The file is owner-only before any page is written.
 */
export async function copyEncrypted(db: Db, destination: string): Promise<void> {
  fs.closeSync(fs.openSync(destination, 'w', 0o600));
  restrictToOwner(destination, 'file');
  // Let the event loop answer what is queued before the copy holds it.
  await new Promise((resolve) => setImmediate(resolve));
  db.prepare('VACUUM INTO ?').run(destination);
}

/**
 * The copy carries the live database's WAL flag; switching it to a rollback journal makes it one
 * self-contained file that opens read-only anywhere (a USB stick, a write-protected folder)
 * without SQLite creating -wal/-shm files beside it.
 */
export function makeSelfContained(file: string, options: SqliteOptions = {}): void {
  const copy = openSqlite(file, { ...options, readonly: false });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

export interface InspectOptions extends SqliteOptions {
  /** Known creation time; otherwise read from a rotation file name, else the file's mtime. */
  createdAt?: string;
}

/**
 * Opens a snapshot read-only, runs `PRAGMA integrity_check` and reads what the preview shows.
 * Throws NOT_A_BACKUP for a file that is not SQLite, INTEGRITY_FAILED for a damaged one.
 * Synchronous, for startup; the other callers use inspectSnapshotAsync.
 */
export function inspectSnapshot(file: string, options: InspectOptions = {}): BackupInfo {
  return describeSnapshot(file, preflight(file, options), options, undefined);
}

/** inspectSnapshot with the integrity check (the long part) off the event loop. */
export async function inspectSnapshotAsync(file: string, options: InspectOptions & { signal?: AbortSignal } = {}): Promise<BackupInfo> {
  const stat = preflight(file, options);
  let checked: Awaited<ReturnType<typeof inspectOffThread>>;
  try {
    checked = await inspectOffThread(file, 'integrity_check', { ...options, rowCounts: true });
  } catch (error) {
    throw damageOr(error);
  }
  throwIfCancelled(options.signal);
  return describeSnapshot(file, stat, options, checked?.lines, checked?.rowCounts);
}

function preflight(file: string, options: SqliteOptions = {}): fs.Stats {
  let stat: fs.Stats;
  let isSqlite: boolean;
  try {
    stat = fs.statSync(file);
    isSqlite = isReadableDatabase(file, options);
  } catch (error) {
    throw asBackupError(error, 'read');
  }
  if (!isSqlite) throw new BackupError('NOT_A_BACKUP', file);
  return stat;
}

/** A header that parses but pages that do not: damage, not "not a database". */
function damageOr(error: unknown): unknown {
  if (error instanceof BackupError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return new BackupError('INTEGRITY_FAILED', describe(error));
  return asBackupError(error, 'read');
}

/** `checkLines`: integrity_check output already computed elsewhere; checked here when undefined. */
function describeSnapshot(
  file: string,
  stat: fs.Stats,
  options: InspectOptions,
  checkLines: string[] | undefined,
  counted?: Record<string, number>,
): BackupInfo {
  let copy: Db;
  try {
    copy = openSqlite(file, { ...options, readonly: true });
  } catch (error) {
    throw asBackupError(error, 'read');
  }
  try {
    const problems = checkLines ? problemsIn(checkLines) : integrityProblems(copy, 'integrity_check');
    if (problems.length > 0) throw new BackupError('INTEGRITY_FAILED', problems.slice(0, 5).join('; '));
    const office = readOffice(copy);
    return {
      file,
      createdAt: options.createdAt ?? parseUtcStamp(path.basename(file))?.toISOString() ?? stat.mtime.toISOString(),
      sizeBytes: stat.size,
      schemaVersion: copy.pragma('user_version', { simple: true }) as number,
      installationId: office?.installationId ?? null,
      officeName: office?.officeName ?? null,
      unitCode: office?.unitCode ?? null,
      rowCounts: counted ?? rowCounts(copy),
    };
  } catch (error) {
    throw damageOr(error);
  } finally {
    copy.close();
  }
}

function problemsIn(lines: string[]): string[] {
  return lines.length === 1 && lines[0] === 'ok' ? [] : lines;
}

/** Problems reported by integrity_check / quick_check; empty when the database is sound. */
export function integrityProblems(db: Db, check: 'integrity_check' | 'quick_check'): string[] {
  const rows = db.pragma(check) as Record<string, unknown>[];
  return problemsIn(rows.map((row) => String(Object.values(row)[0])));
}

/** User tables only: not SQLite's own, not virtual tables nor the FTS index's shadow tables. */
export function userTables(db: Db): string[] {
  const tables = db.pragma('main.table_list') as { name: string; type: string }[];
  return tables
    .filter((t) => t.type === 'table' && !t.name.startsWith('sqlite_'))
    .map((t) => t.name)
    .sort();
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function rowCounts(db: Db): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of userTables(db)) {
    const row = db.prepare(`SELECT count(*) AS n FROM ${quoteIdentifier(table)}`).get() as { n: number };
    counts[table] = row.n;
  }
  return counts;
}

/** Office facts, or null for a database not set up yet (or from a schema this code cannot read). */
export function readOffice(db: Db): { installationId: string; officeName: string; unitCode: string } | null {
  const hasTables = db
    .prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name IN ('office', 'admin_unit')")
    .get() as { n: number };
  if (hasTables.n < 2) return null;
  try {
    const office = getOffice(db);
    return office ? { installationId: office.installationId, officeName: office.officeName, unitCode: office.unitCode } : null;
  } catch {
    // A newer schema may have reshaped the office table; the preview then simply shows no office.
    return null;
  }
}
