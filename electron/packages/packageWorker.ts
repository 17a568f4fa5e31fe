// Worker-thread entry: verifies or imports one data package off the main process's event loop (see
// packageJob.ts). It opens its own connection to the same database file, with the same pragmas, and
// reads the receiving keys from there, so no key leaves the database. Bundled to dist/package-worker.cjs.
import { withAuditActor } from '../../db/audit';
import { DbError, openDatabaseFile } from '../../db/open';
import { createAppContext } from '../api/context';
import { ApiError } from '../api/errors';
import { plainError, serveWorker } from '../workerThread';
import { PackageError, type PackageErrorCode, type PackageErrorMessageKey } from './errors';
import { importIncoming, verifyIncoming, type ImportResult } from './incoming';

export interface PackageWorkerInput {
  task: 'verify' | 'import';
  file: string;
  dryRun: boolean;
  /** The database file the main process has open, and how it has it open. */
  database: { file: string; readonly: boolean; nativeBinding?: string; key?: Uint8Array };
  dataDir: string;
  appVersion: string;
  /** Who the record changes are attributed to in the activity log (the main process's caller). */
  actor: { userId: string | null; userName: string | null; via: string | null };
}

export type VerifyResult = Awaited<ReturnType<typeof verifyIncoming>>;

export type PackageWorkerResult = { task: 'verify'; verified: VerifyResult; recorded: number } | { task: 'import'; imported: ImportResult; recorded: number };

export type PackageWorkerError =
  | { kind: 'package'; code: PackageErrorCode; detail?: string; messageKey: PackageErrorMessageKey }
  | { kind: 'api'; code: string; messageKey: string; params?: Record<string, string | number> }
  | { kind: 'db'; code: string; messageKey: string; message: string }
  | { kind: 'other'; message: string; stack?: string; code?: string };

function serialize(error: unknown): PackageWorkerError {
  if (error instanceof PackageError) return { kind: 'package', code: error.code, messageKey: error.messageKey, ...(error.detail ? { detail: error.detail } : {}) };
  if (error instanceof ApiError) return { kind: 'api', code: error.code, messageKey: error.messageKey, ...(error.params ? { params: error.params } : {}) };
  if (error instanceof DbError) return { kind: 'db', code: error.code, messageKey: error.messageKey, message: error.message };
  return { kind: 'other', ...plainError(error) };
}

async function run(input: PackageWorkerInput, report: (fraction: number) => void): Promise<PackageWorkerResult> {
  const { database } = input;
  const db = openDatabaseFile(database.file, {
    readonly: database.readonly,
    ...(database.nativeBinding ? { nativeBinding: database.nativeBinding } : {}),
    // A Buffer arrives as a plain Uint8Array through workerData.
    ...(database.key ? { key: Buffer.from(database.key) } : {}),
  });
  try {
    const app = createAppContext(() => ({ db, problem: null, recovery: 'nothing' }), { dataDir: input.dataDir, appVersion: input.appVersion });
    const actor = { ...input.actor, recorded: 0 };
    if (input.task === 'verify') {
      const verified = await withAuditActor(actor, () => verifyIncoming(app, input.file, report));
      return { task: 'verify', verified, recorded: actor.recorded };
    }
    const imported = await withAuditActor(actor, () => importIncoming(app, input.file, { dryRun: input.dryRun, onProgress: report }));
    return { task: 'import', imported, recorded: actor.recorded };
  } finally {
    db.close();
  }
}

serveWorker<PackageWorkerInput, PackageWorkerResult, PackageWorkerError>(run, serialize);
