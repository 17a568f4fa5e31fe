import fs from 'node:fs';
import path from 'node:path';
import { dataDirWritable, openDatabase, type Db, type OpenOptions } from '../../db/open';
import { backupsDir } from './rotation';
import { quickCheck, type HealthProblem } from './health';
import { recoverInterruptedRestore, type RecoveryOutcome } from './restore';
import type { BackupInfo } from './snapshot';

/** Why the office database was not opened: the app starts on the recovery page instead. */
export interface DatabaseProblem {
  reason: HealthProblem;
  detail: string;
  newestGoodBackup: BackupInfo | null;
}

export type CheckedOpen = { db: Db; problem: null; recovery: RecoveryOutcome } | { db: null; problem: DatabaseProblem; recovery: RecoveryOutcome };

/**
 * The start sequence, in this order: finish or roll back a restore cut short by a power cut, then
 * a read-only quick_check, and only then open (and migrate). A damaged or vanished database is
 * reported with the newest good backup rather than crashing or being replaced by an empty one.
 */
export function openCheckedDatabase(dataDir: string, options: OpenOptions = {}): CheckedOpen {
  const sqlite = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  // A folder that takes no writes can neither finish a restore nor be checked in place (WAL needs its
  // -shm file): openDatabase reads it read-only, from a copy if need be.
  if (fs.existsSync(dataDir) && !(options.canWrite ?? dataDirWritable)(dataDir)) {
    return { db: openDatabase(dataDir, options), problem: null, recovery: 'nothing' };
  }
  const recovery = recoverInterruptedRestore(dataDir, sqlite);
  const health = quickCheck(dataDir, sqlite);
  if (!health.ok) {
    return { db: null, problem: { reason: health.reason, detail: health.detail, newestGoodBackup: health.newestGoodBackup }, recovery };
  }
  return { db: openDatabase(dataDir, { ...options, beforeMigrate: (db, from) => backUpBeforeUpgrade(db, dataDir, from) }), problem: null, recovery };
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
