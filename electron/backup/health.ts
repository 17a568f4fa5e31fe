import type { DbKey } from '../../db/key';
import path from 'node:path';
import { latestVersion } from '../../db/migrate';
import { DB_FILE_NAME } from '../../db/open';
import type { Db } from '../../db/open';
import { readBackupKey, verifyBackupCheck } from './checksum';
import { describe } from './errors';
import { refuseForeignSchema } from './schemaCheck';
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
    // Encrypted, page 1 is read at open: damage there (or a wrong key) shows here, not in quick_check.
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return problem('corrupt', describe(error));
    return problem('unreadable', describe(error));
  }
  try {
    // A file cut to nothing (or never given a schema) beside backups is lost data, not a first start:
    // opening it would make a new empty database and the setup wizard over the office's records.
    if (isEmptyDatabase(db) && listBackups(dataDir).length > 0) return problem('corrupt', `${file}: empty database`);
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

function isEmptyDatabase(db: Db): boolean {
  const version = db.pragma('user_version', { simple: true }) as number;
  const objects = (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n;
  return version === 0 && objects === 0;
}

/**
 * The newest automatic backup a restore would accept: its companion check matches (or, for a
 * backup made before checks existed, there is none), it passes integrity_check, its schema is
 * exactly its version's, and this app can open it (not from a newer schema). Checked newest first,
 * stopping at the first good one.
 */
export function newestGoodBackup(dataDir: string, options: SqliteOptions = {}): BackupInfo | null {
  const appVersion = latestVersion();
  const key = readBackupKey(dataDir, options.key);
  for (const entry of listBackups(dataDir)) {
    try {
      verifyBackupCheck(entry.file, key);
      const info = inspectSnapshot(entry.file, { ...options, createdAt: entry.createdAt.toISOString() });
      if (info.schemaVersion > appVersion) continue;
      const copy = openSqlite(entry.file, { ...options, readonly: true });
      try {
        refuseForeignSchema(copy, options);
      } finally {
        copy.close();
      }
      return info;
    } catch {
      // Cut, altered, damaged or unreadable: try the next older one.
    }
  }
  return null;
}

export interface BackupCheckLine {
  file: string;
  /** 'failed': cut or altered since it was written; never offered nor restored. */
  status: 'authenticated' | 'checksum' | 'unverified' | 'failed';
  detail?: string;
}

/** Every automatic backup's companion check, newest first (`db check` prints them). */
export function checkBackups(dataDir: string, dbKey?: DbKey): BackupCheckLine[] {
  const key = readBackupKey(dataDir, dbKey);
  return listBackups(dataDir).map(({ file }) => {
    try {
      return { file, status: verifyBackupCheck(file, key) };
    } catch (error) {
      return { file, status: 'failed' as const, detail: describe(error) };
    }
  });
}
