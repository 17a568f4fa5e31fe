import fs from 'node:fs';
import path from 'node:path';
import { DB_FILE_NAME } from '../../db/open';
import { exists, fsyncDirSync, fsyncFileSync, SIDECAR_SUFFIXES } from './files';
import { openSqlite, type SqliteOptions } from './snapshot';

/** Where the database and its journals are copied before a read-write open rolls them forward or back. */
export const JOURNAL_COPY_DIR = 'journal-recovery';

export type JournalOutcome = 'none' | 'recovered' | 'failed';

function pending(file: string, suffix: string): boolean {
  try {
    return fs.statSync(file + suffix).size > 0;
  } catch {
    return false;
  }
}

/**
 * A process killed mid-write leaves a rollback journal (SQLite was switching journal modes) or a
 * WAL: a read-only open cannot replay them (SQLITE_READONLY_ROLLBACK) and must not be taken for
 * damage. One read-write open finishes the job, as SQLite is designed to; the files are first
 * copied aside, so the open can make nothing worse. The copy stays until the check has passed.
 */
export function recoverJournals(dataDir: string, options: SqliteOptions = {}): JournalOutcome {
  const live = path.join(dataDir, DB_FILE_NAME);
  if (!exists(live) || !(pending(live, '-journal') || pending(live, '-wal'))) return 'none';
  const aside = path.join(dataDir, JOURNAL_COPY_DIR);
  fs.rmSync(aside, { recursive: true, force: true });
  fs.mkdirSync(aside);
  for (const suffix of ['', ...SIDECAR_SUFFIXES]) {
    if (!exists(live + suffix)) continue;
    const copy = path.join(aside, DB_FILE_NAME + suffix);
    fs.copyFileSync(live + suffix, copy);
    fsyncFileSync(copy);
  }
  fsyncDirSync(aside);
  fsyncDirSync(dataDir);
  try {
    const db = openSqlite(live, { ...options, readonly: false });
    try {
      // The first read takes the lock that rolls a hot journal back or rebuilds the WAL index.
      db.prepare('SELECT count(*) FROM sqlite_schema').get();
    } finally {
      db.close();
    }
    return 'recovered';
  } catch {
    return 'failed';
  }
}

/** The copy aside is no longer needed once the recovered database passed its check. */
export function dropJournalCopy(dataDir: string): void {
  fs.rmSync(path.join(dataDir, JOURNAL_COPY_DIR), { recursive: true, force: true });
}
