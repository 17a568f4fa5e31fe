import fs from 'node:fs';
import path from 'node:path';
import { isPlainSqliteFile, requireDbKey, DbKeyError, type DbKey } from '../../db/key';
import { dataDirWritable, DB_FILE_NAME, DbError, openDatabase, type Db, type OpenOptions } from '../../db/open';
import { BACKUP_KEY_FILE } from './checksum';
import { lockDataFolder, tryLockDataFolder, type FolderLock, type LockRole } from './folderLock';
import { quickCheck, type HealthProblem } from './health';
import { dropJournalCopy, recoverJournals, type JournalOutcome } from './journals';
import { RESTORE_MARKER, recoverInterruptedRestore, type RecoveryOutcome } from './restore';
import { backupsDir, cleanBackupsFolder } from './rotation';
import type { BackupInfo } from './snapshot';

/** Why the office database was not opened: the app starts on the recovery page instead. */
export interface DatabaseProblem {
  reason: HealthProblem;
  detail: string;
  newestGoodBackup: BackupInfo | null;
}

export type CheckedOpen =
  | { db: Db; problem: null; recovery: RecoveryOutcome; journals?: JournalOutcome }
  | { db: null; problem: DatabaseProblem; recovery: RecoveryOutcome; journals?: JournalOutcome };

export interface StartOptions extends OpenOptions {
  role: LockRole;
  command?: string;
  /**
   * A reading command (a listing, `db check`) shares the folder with the app already holding it:
   * it skips the recovery steps, which only the folder's writer may run.
   */
  share?: boolean;
}

export interface StartedDataFolder {
  /** Null for a reading command that shares the folder with its writer. */
  lock: FolderLock | null;
  opened: CheckedOpen;
}

/**
 * The start of every process that opens a data folder (the app, the loopback host, the CLI), top
 * to bottom:
 *   1. lock the folder (one writer across processes; refused naming the holder);
 *   2-6. openCheckedDatabase: clean temporary files -> finish or roll back an interrupted restore
 *        -> recover hot journals and the WAL -> check -> open (or report for the recovery page).
 */
export function startDataFolder(dataDir: string, options: StartOptions): StartedDataFolder {
  const { role, command, share, ...open } = options;
  const lockOptions = { role, ...(command ? { command } : {}), ...(open.nativeBinding ? { nativeBinding: open.nativeBinding } : {}) };
  const lock = share ? tryLockDataFolder(dataDir, lockOptions) : lockDataFolder(dataDir, lockOptions);
  try {
    if (lock === null) return { lock, opened: { db: openDatabase(dataDir, open), problem: null, recovery: 'nothing' } };
    return { lock, opened: openCheckedDatabase(dataDir, open) };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/**
 * Steps 2-6 of the start, run with the folder's lock held (also after a restore, by the process
 * that restored). A damaged, emptied or vanished database is reported with the newest good backup
 * rather than crashing or being replaced by an empty one.
 */
export function openCheckedDatabase(dataDir: string, options: OpenOptions = {}): CheckedOpen {
  const sqlite = { ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}), ...(options.key ? { key: options.key } : {}) };
  // A folder that takes no writes can neither finish a restore nor be checked in place (WAL needs its
  // -shm file): openDatabase reads it read-only, from a copy if need be.
  if (fs.existsSync(dataDir) && !(options.canWrite ?? dataDirWritable)(dataDir)) {
    return { db: openDatabase(dataDir, options), problem: null, recovery: 'nothing' };
  }
  cleanTemporaryFiles(dataDir);
  // No key source at all is no damage: say so rather than offer a backup (which needs the key too).
  requireKeyFor(dataDir, options.key);
  const recovery = recoverInterruptedRestore(dataDir, sqlite);
  const journals = recoverJournals(dataDir, sqlite);
  const health = quickCheck(dataDir, sqlite);
  if (!health.ok) {
    return { db: null, problem: { reason: health.reason, detail: health.detail, newestGoodBackup: health.newestGoodBackup }, recovery, journals };
  }
  if (journals !== 'none') dropJournalCopy(dataDir);
  return { db: openDatabase(dataDir, { ...options, beforeMigrate: (db, from) => backUpBeforeUpgrade(db, dataDir, from) }), problem: null, recovery, journals };
}

const LEFTOVERS = [
  // writeFileDurableSync's staging names (the restore marker), and the backup key's.
  (name: string) => name === `${RESTORE_MARKER}.tmp` || name === `${BACKUP_KEY_FILE}.tmp`,
  // preserveAs's staging copy of a safety copy, where hard links are unsupported.
  (name: string) => /^before-restore-.*\.sqlite\.tmp$/.test(name),
  // writeEncryptedBackup's plaintext snapshot, staged in the data folder.
  (name: string) => /^encrypting-[0-9a-f-]{36}\.sqlite(-wal|-shm|-journal)?$/.test(name),
  (name: string) => /^\.write-probe-\d+$/.test(name),
];

/** Step 2: files a killed process left half-written; none of them holds anything not also elsewhere. */
export function cleanTemporaryFiles(dataDir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dataDir);
  } catch {
    return [];
  }
  const removed = names.filter((name) => LEFTOVERS.some((matches) => matches(name)));
  for (const name of removed) fs.rmSync(path.join(dataDir, name), { force: true });
  cleanBackupsFolder(dataDir);
  return removed;
}

/**
 * An upgrade migrates only after a full copy of the old database is on disk (synchronous VACUUM INTO:
 * nothing else runs yet at start). The name is not an automatic backup's, so rotation never deletes it.
 */
export function backUpBeforeUpgrade(db: Db, dataDir: string, fromVersion: number): string {
  const dir = backupsDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(dir, `pre-upgrade-v${fromVersion}-${stamp}.sqlite`);
  db.exec(`VACUUM INTO '${file.replace(/'/g, "''")}'`);
  return file;
}

function requireKeyFor(dataDir: string, key: DbKey | undefined): void {
  const file = path.join(dataDir, DB_FILE_NAME);
  if (!fs.existsSync(file) || isPlainSqliteFile(file)) return;
  try {
    requireDbKey(key);
  } catch (error) {
    if (error instanceof DbKeyError) throw new DbError(error.code, error.messageKey);
    throw error;
  }
}
