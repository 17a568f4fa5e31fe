import { openDatabase, type Db, type OpenOptions } from '../../db/open';
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
  const recovery = recoverInterruptedRestore(dataDir, sqlite);
  const health = quickCheck(dataDir, sqlite);
  if (!health.ok) {
    return { db: null, problem: { reason: health.reason, detail: health.detail, newestGoodBackup: health.newestGoodBackup }, recovery };
  }
  return { db: openDatabase(dataDir, options), problem: null, recovery };
}
