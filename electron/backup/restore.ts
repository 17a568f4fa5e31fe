import fs from 'node:fs';
import path from 'node:path';
import { encryptPlainFile } from '../../db/encryption';
import { rekeyPragma, requireDbKey, type DbKey } from '../../db/key';
import { latestVersion } from '../../db/migrate';
import { DB_FILE_NAME } from '../../db/open';
import { decryptBackup, looksEncrypted, readBackupHeader, verifyPassphrase, type EncryptedBackupHeader } from './encrypted';
import { readBackupKey, verifyBackupCheck, type Authenticity, type BackupKey } from './checksum';
import { asBackupError, BackupError, describe, throwIfCancelled } from './errors';
import { refuseForeignSchema } from './schemaCheck';
import {
  exists,
  fsyncDirSync,
  fsyncFile,
  fsyncFileSync,
  removeQuietly,
  removeWithSidecars,
  SIDECAR_SUFFIXES,
  utcStamp,
  writeFileDurableSync,
} from './files';
import {
  copyEncrypted,
  hasSqliteHeader,
  inspectSnapshotAsync,
  isReadableDatabase,
  integrityProblems,
  makeSelfContained,
  openSqlite,
  readOffice,
  type BackupInfo,
  type ProgressOptions,
  type SqliteOptions,
} from './snapshot';

export const RESTORE_PARTIAL = 'restore.partial';
export const RESTORE_MARKER = 'restore-in-progress.json';
const SAFETY_COPY = /^before-restore-\d{8}-\d{6}(-\d+)?\.sqlite$/;

export interface RestorePreview extends BackupInfo {
  encrypted: boolean;
  /** What vouches for the bytes: this installation's checksum, another's, or nothing (a plain file). */
  authenticity: Authenticity;
  /** The backup belongs to another installation: the UI warns and asks before restoring. */
  otherOffice: boolean;
}

export interface PreviewOptions extends SqliteOptions {
  /** Recovery key of the PC the backup was made on (a restore on another PC). */
  sourceKey?: DbKey;
  /** The running office's installation id; when absent it is read from `dataDir`'s database. */
  currentInstallationId?: string | null;
  dataDir?: string;
  /** The installation's backup key (default: read from `dataDir`). */
  backupKey?: BackupKey | null;
}

function liveFile(dataDir: string): string {
  return path.join(dataDir, DB_FILE_NAME);
}

/**
 * The installation id of the database in `dataDir`, read through a second, read-only connection
 * (the app's own stays open). Null when there is none or it cannot be read: a damaged or missing
 * database has no identity to protect, and must not block restoring it.
 */
export function currentInstallationId(dataDir: string, options: SqliteOptions = {}): string | null {
  const file = liveFile(dataDir);
  if (!exists(file)) return null;
  try {
    const db = openSqlite(file, { ...options, readonly: true });
    try {
      return readOffice(db)?.installationId ?? null;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

function isOtherOffice(backupId: string | null, currentId: string | null): boolean {
  return backupId !== null && currentId !== null && backupId !== currentId;
}

function refuseTooNew(schemaVersion: number): void {
  const appVersion = latestVersion();
  if (schemaVersion > appVersion) {
    throw new BackupError('TOO_NEW', `schema ${schemaVersion} > ${appVersion}`, { backupVersion: schemaVersion, appVersion });
  }
}

/**
 * A sound SQLite file that is still not a District Desk database (no office table, no schema), or
 * one whose schema is not exactly what the migrations build for its version (an extra trigger
 * would run inside the office's database after the restore).
 */
function refuseForeign(file: string, options: SqliteOptions): void {
  const db = openSqlite(file, { ...options, readonly: true });
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    const office = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'office'").get();
    if (version < 1 || !office) throw new BackupError('NOT_A_BACKUP', 'not a District Desk database');
    refuseForeignSchema(db, options);
  } finally {
    db.close();
  }
}

/** The backup's companion check: throws CHECKSUM_FAILED for a cut or altered file, else says how far it is vouched for. */
function checkedAuthenticity(file: string, key: BackupKey | null): Authenticity {
  try {
    return verifyBackupCheck(file, key);
  } catch (error) {
    throw asBackupError(error, 'read');
  }
}

function fromHeader(file: string, header: EncryptedBackupHeader): BackupInfo {
  return {
    file,
    createdAt: header.createdAt,
    sizeBytes: header.fileBytes,
    schemaVersion: header.schemaVersion,
    installationId: header.installationId,
    officeName: header.officeName,
    unitCode: header.unitCode,
    rowCounts: header.rowCounts,
  };
}

/** The key a backup is read with: the recovery key of the PC it came from, else this install's. */
function backupKey(options: SqliteOptions & { sourceKey?: DbKey }): SqliteOptions {
  return options.sourceKey ? { ...options, key: options.sourceKey } : options;
}

function kindOf(file: string, options: SqliteOptions & { sourceKey?: DbKey }): 'encrypted' | 'sqlite' {
  let encrypted: boolean;
  let sqlite: boolean;
  try {
    encrypted = looksEncrypted(file);
    sqlite = !encrypted && isReadableDatabase(file, backupKey(options));
  } catch (error) {
    throw asBackupError(error, 'read');
  }
  if (encrypted) return 'encrypted';
  if (sqlite) return 'sqlite';
  // Partial magic, empty file... let the encrypted reader name it (TRUNCATED vs NOT_A_BACKUP).
  return 'encrypted';
}

/**
 * What a backup holds, for the confirmation screen. A plain snapshot is integrity-checked; an
 * encrypted one shows its plaintext header, and with the passphrase that header is also
 * authenticated (and the passphrase checked) before anything is shown as trustworthy.
 * Throws TOO_NEW for a backup from a newer app version: it could never be restored here.
 */
export async function previewRestore(file: string, passphrase?: string, options: PreviewOptions = {}): Promise<RestorePreview> {
  const currentId =
    options.currentInstallationId !== undefined
      ? options.currentInstallationId
      : options.dataDir !== undefined
        ? currentInstallationId(options.dataDir, options)
        : null;
  let info: BackupInfo;
  let encrypted: boolean;
  if (kindOf(file, options) === 'sqlite') {
    encrypted = false;
    info = await inspectSnapshotAsync(file, backupKey(options));
    refuseTooNew(info.schemaVersion);
    refuseForeign(file, backupKey(options));
  } else {
    encrypted = true;
    const header = passphrase === undefined ? await readBackupHeader(file) : await verifyPassphrase(file, passphrase);
    info = fromHeader(file, header);
    refuseTooNew(info.schemaVersion);
  }
  // After the format's own checks, which name a cut or altered encrypted file more precisely.
  const authenticity = checkedAuthenticity(file, options.backupKey ?? (options.dataDir !== undefined ? readBackupKey(options.dataDir, options.key) : null));
  return { ...info, encrypted, authenticity, otherOffice: isOtherOffice(info.installationId, currentId) };
}

/** The points of the swap, in order; `interruptAfter` stops dead after one, as a power cut would. */
export const RESTORE_STEPS = ['staged', 'marker', 'safety-copy', 'sidecars-removed', 'renamed'] as const;
export type RestoreStep = (typeof RESTORE_STEPS)[number];

export interface RestoreOptions extends ProgressOptions, SqliteOptions {
  dataDir: string;
  backupFile: string;
  passphrase?: string;
  /** Recovery key of the PC the backup was made on: the staged copy is re-keyed to this install's key. */
  sourceKey?: DbKey;
  /** Closes every connection to the live database; called only once the backup has passed all checks. */
  closeCurrent: () => void;
  /** The clerk confirmed restoring another installation's backup over this one. */
  allowOtherOffice: boolean;
  now?: Date;
  /** Crash tests only: return right after this step without cleaning up. */
  interruptAfter?: RestoreStep;
}

export interface RestoreResult {
  /** The previous database, kept aside; null when there was none (e.g. a new PC). */
  safetyCopy: string | null;
  restored: BackupInfo;
}

class Interrupted extends Error {}

/**
 * Restores a backup over the database in `dataDir`. Until `closeCurrent` is called nothing of the
 * live data is touched; afterwards the swap is written down in a marker so that
 * `recoverInterruptedRestore` can finish it after a power cut. The caller reopens the database
 * with openDatabase afterwards, whether this succeeded or threw (an older schema is migrated then).
 */
export async function restoreDatabase(options: RestoreOptions): Promise<RestoreResult> {
  const { dataDir, signal, onProgress } = options;
  if (exists(path.join(dataDir, RESTORE_MARKER))) {
    // Startup runs recoverInterruptedRestore before opening; reaching here means it was skipped.
    throw new Error('an interrupted restore must be recovered (recoverInterruptedRestore) first');
  }
  const partial = path.join(dataDir, RESTORE_PARTIAL);
  let restored: BackupInfo;
  try {
    removeWithSidecars(partial);
    restored = await stage(options, partial);
    throwIfCancelled(signal);
    const currentId = currentInstallationId(dataDir, options);
    if (isOtherOffice(restored.installationId, currentId) && !options.allowOtherOffice) {
      throw new BackupError('OTHER_OFFICE', undefined, { officeName: restored.officeName ?? '', unitCode: restored.unitCode ?? '' });
    }
    await fsyncFile(partial);
    fsyncDirSync(dataDir);
    throwIfCancelled(signal);
    onProgress?.(0.9);
  } catch (error) {
    removeWithSidecars(partial);
    throw asBackupError(error, 'write');
  }
  if (options.interruptAfter === 'staged') return { safetyCopy: null, restored };

  // Past this point the swap is not cancellable: it is short and must not stop halfway.
  try {
    options.closeCurrent();
  } catch (error) {
    removeWithSidecars(partial);
    throw error;
  }
  const live = liveFile(dataDir);
  const hadLive = exists(live);
  if (hadLive) checkpointToSingleFile(live, options);
  const safetyCopy = hadLive ? uniqueSafetyCopy(dataDir, options.now ?? new Date()) : null;
  try {
    writeFileDurableSync(
      path.join(dataDir, RESTORE_MARKER),
      JSON.stringify({ version: 1, startedAt: new Date().toISOString(), safetyCopy: safetyCopy && path.basename(safetyCopy) }),
    );
    swap(dataDir, safetyCopy, options.interruptAfter);
  } catch (error) {
    if (error instanceof Interrupted) return { safetyCopy, restored };
    if (!exists(partial)) {
      // The new database is in place; only the marker's removal failed. Recovery finishes that.
      return { safetyCopy, restored: { ...restored, file: options.backupFile } };
    }
    // The switch did not happen: undo the preparations so the old database carries on as before.
    try {
      rollBack(dataDir, safetyCopy);
    } catch {
      // The marker stays; the next start recovers.
    }
    throw asBackupError(error, 'write');
  }
  onProgress?.(1);
  return { safetyCopy, restored: { ...restored, file: options.backupFile } };
}

/** Decrypts or copies the backup into `restore.partial` and checks it as it will be used. */
async function stage(options: RestoreOptions, partial: string): Promise<BackupInfo> {
  const { backupFile, signal, onProgress } = options;
  let createdAt: string | undefined;
  if (kindOf(backupFile, options) === 'encrypted') {
    if (options.passphrase === undefined) {
      // Not ours or damaged says more than "enter the passphrase" for a file that cannot be restored.
      await readBackupHeader(backupFile);
      throw new BackupError('PASSPHRASE_REQUIRED');
    }
    const header = await decryptBackup(backupFile, options.passphrase, partial, {
      signal,
      onProgress: (f) => onProgress?.(f * 0.6),
    });
    // Refused before the (longer) integrity check; the header is authenticated by now.
    refuseTooNew(header.schemaVersion);
    createdAt = header.createdAt;
  } else {
    // Through SQLite rather than a file copy: a plain database in WAL mode keeps recent commits
    // in its -wal file, which a byte copy of the main file would silently leave behind.
    let source;
    try {
      source = openSqlite(backupFile, { ...backupKey(options), readonly: true });
    } catch (error) {
      throw asBackupError(error, 'read');
    }
    try {
      // VACUUM INTO keeps the backup's encryption (SQLite's backup API cannot copy encrypted pages).
      await copyEncrypted(source, partial);
      onProgress?.(0.6);
      // Inside the try: a damaged page can surface here as SQLITE_CORRUPT rather than during the copy.
      makeSelfContained(partial, backupKey(options));
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) throw new BackupError('INTEGRITY_FAILED', describe(error));
      throw error;
    } finally {
      source.close();
    }
  }
  throwIfCancelled(signal);
  sealStaged(partial, options);
  const info = await inspectSnapshotAsync(partial, { ...options, ...(createdAt ? { createdAt } : {}) });
  refuseTooNew(info.schemaVersion);
  refuseForeign(partial, options);
  checkedAuthenticity(backupFile, readBackupKey(options.dataDir, options.key));
  return info;
}

/**
 * The staged copy encrypted with this install's key before it can become the live database: a plain
 * backup (from before encryption, or inside an old passphrase backup) is encrypted, one from
 * another PC (opened with its recovery key) is re-keyed.
 */
function sealStaged(partial: string, options: RestoreOptions): void {
  const key = requireDbKey(options.key);
  try {
    if (hasSqliteHeader(partial)) {
      encryptPlainFile(partial, key, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
      return;
    }
    if (!options.sourceKey || options.sourceKey.equals(key)) return;
    const db = openSqlite(partial, { ...options, key: options.sourceKey, readonly: false });
    try {
      db.pragma('journal_mode = DELETE');
      db.pragma(rekeyPragma(key));
    } finally {
      db.close();
    }
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) throw new BackupError('INTEGRITY_FAILED', describe(error));
    throw error;
  }
}

/**
 * After the app closed its connection: fold the WAL into the main file and leave rollback-journal
 * mode, so the old database is one file. If that fails (a damaged database), its -wal and -shm
 * are carried along with it instead.
 */
function checkpointToSingleFile(file: string, options: SqliteOptions): void {
  try {
    const db = openSqlite(file, { ...options, readonly: false });
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.pragma('journal_mode = DELETE');
    } finally {
      db.close();
    }
  } catch {
    // Carried as sidecars by the swap.
  }
}

function uniqueSafetyCopy(dataDir: string, now: Date): string {
  const base = `before-restore-${utcStamp(now)}`;
  for (let n = 1; ; n += 1) {
    const candidate = path.join(dataDir, n === 1 ? `${base}.sqlite` : `${base}-${n}.sqlite`);
    if (!exists(candidate)) return candidate;
  }
}

const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES']);

/** Windows: an antivirus or indexer may hold a just-closed file for a moment. */
function withRetry<T>(operation: () => T): T {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return operation();
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (process.platform !== 'win32' || !RETRYABLE.has(code) || attempt >= 10) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
}

/**
 * A second name for a file without copying it (hard link), so keeping the safety copy costs
 * nothing and the live name never disappears; a full copy where links are unsupported.
 * The target appears only complete (copy to a temporary name, flush, rename).
 */
function preserveAs(source: string, target: string): void {
  try {
    fs.linkSync(source, target);
    return;
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') throw error;
  }
  const temp = `${target}.tmp`;
  fs.copyFileSync(source, temp);
  fsyncFileSync(temp);
  fs.renameSync(temp, target);
}

/**
 * The swap, each step idempotent so recovery can run it again from any point:
 *   1. the old database's sidecars, then the old database, get their safety-copy names
 *      (links: the live name keeps pointing at the old database);
 *   2. the old sidecars leave the live name: a stale -wal beside the new file would be replayed
 *      into it and corrupt it;
 *   3. restore.partial is renamed over the live name, which atomically switches old -> new.
 */
function swap(dataDir: string, safetyCopy: string | null, interruptAfter?: RestoreStep): void {
  const live = liveFile(dataDir);
  const partial = path.join(dataDir, RESTORE_PARTIAL);
  const stop = (step: RestoreStep) => {
    if (interruptAfter === step) throw new Interrupted(step);
  };
  stop('marker');
  if (safetyCopy !== null && exists(live) && !exists(safetyCopy)) {
    for (const suffix of SIDECAR_SUFFIXES) {
      if (exists(live + suffix) && !exists(safetyCopy + suffix)) withRetry(() => preserveAs(live + suffix, safetyCopy + suffix));
    }
    withRetry(() => preserveAs(live, safetyCopy));
    fsyncDirSync(dataDir);
  }
  stop('safety-copy');
  for (const suffix of SIDECAR_SUFFIXES) {
    if (exists(live + suffix)) withRetry(() => fs.rmSync(live + suffix));
  }
  stop('sidecars-removed');
  withRetry(() => fs.renameSync(partial, live));
  fsyncDirSync(dataDir);
  stop('renamed');
  withRetry(() => fs.rmSync(path.join(dataDir, RESTORE_MARKER)));
  fsyncDirSync(dataDir);
}

export type RecoveryOutcome = 'nothing' | 'completed' | 'rolled-back' | 'cleaned-up';

function readMarker(dataDir: string): { safetyCopy: string | null } | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dataDir, RESTORE_MARKER), 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as { safetyCopy?: unknown };
    // Only a bare name of ours: the marker must not be able to point the swap anywhere else.
    const name = typeof parsed.safetyCopy === 'string' && SAFETY_COPY.test(parsed.safetyCopy) ? parsed.safetyCopy : null;
    return { safetyCopy: name && path.join(dataDir, name) };
  } catch {
    return { safetyCopy: null };
  }
}

function usable(file: string, options: SqliteOptions): boolean {
  try {
    const db = openSqlite(file, { ...options, readonly: true });
    try {
      return integrityProblems(db, 'quick_check').length === 0;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/**
 * Undoes a swap that has not switched yet (restore.partial still exists, so the live name still
 * holds the old database or nothing): the old sidecars go back beside it, the safety names that
 * merely duplicate it go away, and the staging file and marker are removed.
 */
function rollBack(dataDir: string, safetyCopy: string | null): void {
  const live = liveFile(dataDir);
  removeWithSidecars(path.join(dataDir, RESTORE_PARTIAL));
  if (safetyCopy !== null && exists(safetyCopy)) {
    for (const suffix of SIDECAR_SUFFIXES) {
      if (exists(safetyCopy + suffix) && !exists(live + suffix)) withRetry(() => fs.renameSync(safetyCopy + suffix, live + suffix));
    }
    if (exists(live)) {
      // A second name of (or a copy identical to) the live database, which carries on.
      for (const suffix of SIDECAR_SUFFIXES) removeQuietly(safetyCopy + suffix);
      removeQuietly(safetyCopy);
    } else {
      withRetry(() => fs.renameSync(safetyCopy, live));
    }
  }
  fsyncDirSync(dataDir);
  removeQuietly(path.join(dataDir, RESTORE_MARKER));
  fsyncDirSync(dataDir);
}

/**
 * Run at start, before the database is opened. With a marker, a power cut interrupted the swap:
 * if the staged file is still there and sound (it was complete and checked before the marker was
 * written) the swap is finished; if it is gone the switch already happened and only the marker
 * is removed; if it is damaged the old database is put back. Without a marker it only removes a
 * staging file left by a restore that never reached the swap.
 */
export function recoverInterruptedRestore(dataDir: string, options: SqliteOptions = {}): RecoveryOutcome {
  const marker = readMarker(dataDir);
  const live = liveFile(dataDir);
  const partial = path.join(dataDir, RESTORE_PARTIAL);
  // The copy of restore.partial that a kill left half-encrypted (db/encryption.ts stages it beside it):
  // never used, always safe to drop.
  removeWithSidecars(`${partial}.encrypting`);
  if (marker === undefined) {
    if (!exists(partial)) return 'nothing';
    removeWithSidecars(partial);
    return 'cleaned-up';
  }
  if (!exists(partial)) {
    removeQuietly(path.join(dataDir, RESTORE_MARKER));
    fsyncDirSync(dataDir);
    return 'completed';
  }
  if (usable(partial, options)) {
    const safetyCopy = marker.safetyCopy ?? (exists(live) ? uniqueSafetyCopy(dataDir, new Date()) : null);
    swap(dataDir, safetyCopy);
    return 'completed';
  }
  rollBack(dataDir, marker.safetyCopy);
  return 'rolled-back';
}
