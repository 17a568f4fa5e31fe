import fs from 'node:fs';
import path from 'node:path';
import { recordAudit } from '../../../db/audit';
import { latestVersion } from '../../../db/migrate';
import { hasArea } from '../../../db/permissions';
import { backupKey, readBackupKey } from '../../backup/checksum';
import { encryptedBackupFileName, writeEncryptedBackup } from '../../backup/encrypted';
import { previewRestore, restoreDatabase } from '../../backup/restore';
import { backupsDir, listBackups } from '../../backup/rotation';
import { readableFile, writableFolder } from '../../files/paths';
import type { AppContext, CallContext } from '../context';
import { ApiError } from '../errors';
import type { Handler } from '../router';

const CREATE_JOB = 'backup.create';
const RESTORE_JOB = 'restore';

interface Created {
  file: string;
  createdAt: string;
  sizeBytes: number;
}

/**
 * Restoring replaces everything, so outside recovery only an administrator may; in recovery (a
 * damaged database) and before setup (a new PC) there is nobody to sign in as, and nothing to protect.
 */
function mayRestore({ app, session }: CallContext): void {
  if (!app.databaseOpen() || app.office() === null) return;
  if (!session.user) throw new ApiError('NOT_SIGNED_IN', 'errors.notSignedIn');
  if (!hasArea(app.db, session.user.id, 'administration')) throw new ApiError('NOT_ALLOWED', 'errors.notAllowed', { area: 'administration' });
}

function finished<T>(app: AppContext, jobId: string, kind: string): T {
  const result = app.jobs.result<T>(jobId, kind);
  if (result === undefined) throw new ApiError('JOB_NOT_FOUND', 'errors.job.notFound');
  return result;
}

/** The running office's identity, or null when its database is not open (damaged, or mid-restore). */
function currentInstallation(app: AppContext): string | null {
  return app.databaseOpen() ? (app.office()?.installationId ?? null) : null;
}

export const backupHandlers: {
  'backup.list': Handler<'backup.list'>;
  'backup.create': Handler<'backup.create'>;
  'backup.created': Handler<'backup.created'>;
  'restore.preview': Handler<'restore.preview'>;
  'restore.start': Handler<'restore.start'>;
  'restore.job': Handler<'restore.job'>;
  'restore.done': Handler<'restore.done'>;
} = {
  'backup.list': ({ app }) => ({
    folder: backupsDir(app.dataDir),
    backups: listBackups(app.dataDir).flatMap((entry) => {
      try {
        return [{ file: entry.file, createdAt: entry.createdAt.toISOString(), sizeBytes: fs.statSync(entry.file).size }];
      } catch {
        return []; // pruned by the rotation meanwhile
      }
    }),
  }),

  'backup.create': ({ app }, input) => {
    const folder = writableFolder(input.folder);
    const now = new Date();
    const file = path.join(folder, encryptedBackupFileName(now));
    const db = app.db;
    const { jobId } = app.jobs.start<Created>(CREATE_JOB, async (report, signal) => {
      const info = await writeEncryptedBackup(db, file, input.passphrase, { ...app.sqlite, now, onProgress: report, signal, check: backupKey(app.dataDir, app.sqlite.key) });
      return { file, createdAt: info.createdAt, sizeBytes: fs.statSync(file).size };
    });
    return { jobId };
  },

  'backup.created': ({ app }, { jobId }) => finished<Created>(app, jobId, CREATE_JOB),

  'restore.preview': async (ctx, input) => {
    mayRestore(ctx);
    const { app } = ctx;
    const file = readableFile(input.file);
    const preview = await previewRestore(file, input.passphrase ?? undefined, {
      ...app.sqlite,
      currentInstallationId: currentInstallation(app),
      backupKey: readBackupKey(app.dataDir, app.sqlite.key),
    });
    return {
      file,
      createdAt: preview.createdAt,
      sizeBytes: preview.sizeBytes,
      officeName: preview.officeName,
      unitCode: preview.unitCode,
      schemaVersion: preview.schemaVersion,
      appSchemaVersion: latestVersion(),
      encrypted: preview.encrypted,
      verified: !preview.encrypted || input.passphrase !== null,
      authenticity: preview.authenticity,
      otherOffice: preview.otherOffice,
      rowCounts: Object.entries(preview.rowCounts).map(([table, rows]) => ({ table, rows })),
    };
  },

  'restore.start': (ctx, input) => {
    mayRestore(ctx);
    const { app } = ctx;
    const file = readableFile(input.file);
    const actor = ctx.session.user;
    const { jobId } = app.jobs.start(RESTORE_JOB, async (report, signal) => {
      let closed = !app.databaseOpen();
      let restored = false;
      try {
        const result = await restoreDatabase({
          ...app.sqlite,
          dataDir: app.dataDir,
          backupFile: file,
          ...(input.passphrase !== null ? { passphrase: input.passphrase } : {}),
          allowOtherOffice: input.confirmOtherOffice,
          closeCurrent: () => {
            app.closeDatabase();
            closed = true;
          },
          onProgress: report,
          signal,
        });
        restored = true;
        return { safetyCopy: result.safetyCopy };
      } finally {
        // Reopen on whatever the data folder now holds: the restored copy, or the old database
        // when the swap failed (restoreDatabase never leaves it half-done).
        if (closed) app.reopenDatabase();
        // The restored database's own trail says it was restored, by whom and from which file.
        if (restored && app.databaseOpen()) {
          recordAudit(app.db, { userId: actor?.id ?? null, userName: actor?.name ?? null, action: 'restore.completed', detail: { file: path.basename(file) } });
        }
      }
    });
    return { jobId };
  },

  // The job id came from restore.start, which checked the caller; after the swap every session is
  // signed out, yet the renderer must still learn that the restore finished.
  'restore.job': ({ app }, { jobId }) => {
    const state = app.jobs.get(jobId);
    if (!state || state.kind !== RESTORE_JOB) throw new ApiError('JOB_NOT_FOUND', 'errors.job.notFound');
    return state;
  },

  'restore.done': ({ app }, { jobId }) => finished<{ safetyCopy: string | null }>(app, jobId, RESTORE_JOB),
};
