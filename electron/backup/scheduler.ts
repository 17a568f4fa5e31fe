import path from 'node:path';
import { recordAudit } from '../../db/audit';
import type { Db } from '../../db/open';
import { describe } from './errors';
import { isBackupDue, lastBackupTime, runAutomaticBackup, type AutomaticBackupResult } from './rotation';
import type { SqliteOptions } from './snapshot';

/** How often the running app asks "is a daily backup due?"; cheap (one folder listing). */
export const CHECK_EVERY_MS = 60 * 60 * 1000;
/** How long closing the app may wait for its backup before quitting anyway. */
export const CLOSE_BACKUP_CAP_MS = 30_000;

export interface SchedulerOptions extends SqliteOptions {
  dataDir: string;
  /** The open database, or null while there is none (damaged, or a restore is swapping it). */
  database: () => Db | null;
  now?: () => Date;
  checkEveryMs?: number;
  onError?: (error: unknown) => void;
}

export interface BackupScheduler {
  /** Takes a backup if the last one is a day old (or missing); resolves when done or skipped. */
  tick(): Promise<AutomaticBackupResult | null>;
  /** The backup taken when the app closes, given at most `capMs`: 'timeout' lets the app quit anyway. */
  backupOnClose(capMs?: number): Promise<'done' | 'failed' | 'timeout' | 'skipped'>;
  stop(): void;
}

/**
 * Automatic backups of the running app: one at start when due, then checked every hour so a PC
 * left on for days still gets its daily copy. The copy is SQLite's stepped online backup with the
 * integrity check in a worker, so it never holds the window for long. Plain Node, so tests drive
 * it with their own clock and call tick() themselves.
 */
export function startBackupScheduler(options: SchedulerOptions): BackupScheduler {
  const now = options.now ?? (() => new Date());
  const onError = options.onError ?? ((error) => console.error('[backup] automatic backup failed:', describe(error)));
  const sqlite = { ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}), ...(options.key ? { key: options.key } : {}) };
  let current: Promise<AutomaticBackupResult | null> | undefined;

  const backup = (when: Date): Promise<AutomaticBackupResult | null> => {
    const db = options.database();
    // Nothing to do with no database open (recovery), nor in a read-only data folder (nowhere to write).
    if (!db || db.readonly) return Promise.resolve(null);
    return runAutomaticBackup(db, options.dataDir, when, sqlite).then((result) => {
      if (result) recordAudit(db, { userId: null, userName: null, action: 'backup.automatic', detail: { file: path.basename(result.backup.file) } });
      return result;
    });
  };

  const tick = (): Promise<AutomaticBackupResult | null> => {
    if (current) return current;
    const at = now();
    if (!isBackupDue(lastBackupTime(options.dataDir, at), at)) return Promise.resolve(null);
    current = backup(at).finally(() => (current = undefined));
    return current;
  };

  const timer = setInterval(() => {
    tick().catch(onError);
  }, options.checkEveryMs ?? CHECK_EVERY_MS);
  timer.unref();
  tick().catch(onError);

  return {
    tick,
    async backupOnClose(capMs = CLOSE_BACKUP_CAP_MS) {
      clearInterval(timer);
      // A daily backup still running is waited for first (runAutomaticBackup serialises them).
      const work = backup(now()).then(
        (result) => (result ? ('done' as const) : ('skipped' as const)),
        (error: unknown) => {
          onError(error);
          return 'failed' as const;
        },
      );
      let cap: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<'timeout'>((resolve) => (cap = setTimeout(() => resolve('timeout'), capMs)));
      try {
        return await Promise.race([work, timeout]);
      } finally {
        clearTimeout(cap);
      }
    },
    stop: () => clearInterval(timer),
  };
}
