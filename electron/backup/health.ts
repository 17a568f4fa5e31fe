import path from 'node:path';
import { latestVersion } from '../../db/migrate';
import { DB_FILE_NAME } from '../../db/open';
import { describe } from './errors';
import { exists } from './files';
import { listBackups } from './rotation';
import { inspectSnapshot, integrityProblems, openSqlite, type BackupInfo, type SqliteOptions } from './snapshot';

export type HealthProblem =
  /** No database file, yet automatic backups exist: data was lost, not a first start. */
  | 'missing'
  /** quick_check found damage, or the file is not a database at all. */
  | 'corrupt'
  /** The file exists but cannot be opened (permissions, a failing disk). */
  | 'unreadable';

export type QuickCheckResult =
  | { ok: true }
  | { ok: false; reason: HealthProblem; detail: string; newestGoodBackup: BackupInfo | null };

/**
 * Run at start, after recoverInterruptedRestore and before openDatabase: a read-only
 * `PRAGMA quick_check`, so a damaged database is reported with the newest good backup to offer,
 * instead of the app crashing on it or openDatabase creating an empty one in its place.
 */
export function quickCheck(dataDir: string, options: SqliteOptions = {}): QuickCheckResult {
  const file = path.join(dataDir, DB_FILE_NAME);
  const problem = (reason: HealthProblem, detail: string): QuickCheckResult => ({
    ok: false,
    reason,
    detail,
    newestGoodBackup: newestGoodBackup(dataDir, options),
  });
  if (!exists(file)) {
    // A first start has no backups either; only a vanished database with backups is a problem.
    return listBackups(dataDir).length === 0 ? { ok: true } : problem('missing', file);
  }
  let db;
  try {
    db = openSqlite(file, { ...options, readonly: true });
  } catch (error) {
    return problem('unreadable', describe(error));
  }
  try {
    const problems = integrityProblems(db, 'quick_check');
    return problems.length === 0 ? { ok: true } : problem('corrupt', problems.slice(0, 5).join('; '));
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return problem('corrupt', describe(error));
    return problem('unreadable', describe(error));
  } finally {
    db.close();
  }
}

/**
 * The newest automatic backup that passes integrity_check and this app can open (not from a
 * newer schema). Checked newest first, stopping at the first good one.
 */
export function newestGoodBackup(dataDir: string, options: SqliteOptions = {}): BackupInfo | null {
  const appVersion = latestVersion();
  for (const entry of listBackups(dataDir)) {
    try {
      const info = inspectSnapshot(entry.file, { ...options, createdAt: entry.createdAt.toISOString() });
      if (info.schemaVersion <= appVersion) return info;
    } catch {
      // Damaged or unreadable: try the next older one.
    }
  }
  return null;
}
