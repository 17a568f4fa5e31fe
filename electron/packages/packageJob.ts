import { currentAuditActor } from '../../db/audit';
import { DbError } from '../../db/open';
import type { AppContext } from '../api/context';
import { ApiError } from '../api/errors';
import { runWorker } from '../workerThread';
import { PackageError } from './errors';
import type { ImportResult } from './incoming';
import { requireProvince } from './installation';
import type { PackageWorkerError, PackageWorkerInput, PackageWorkerResult, VerifyResult } from './packageWorker';

/** The worker's bundle file, beside the main bundle in dist/ (build/bundle.mjs writes it). */
export const PACKAGE_WORKER_BUNDLE_NAME = 'package-worker.cjs';

/** Thrown when the job running a package check or import is cancelled. */
export class PackageJobAborted extends Error {
  override readonly name = 'AbortError';
  constructor() {
    super('The package job was cancelled');
  }
}

function revive(error: PackageWorkerError): Error {
  switch (error.kind) {
    case 'package':
      return new PackageError(error.code, error.detail, error.messageKey);
    case 'api':
      return new ApiError(error.code, error.messageKey, error.params);
    case 'db':
      return Object.assign(new DbError(error.code, error.messageKey), { message: error.message });
    case 'other': {
      // A SQLite code (SQLITE_BUSY, SQLITE_FULL...) stays on the error, so the router maps it as before.
      const revived = Object.assign(new Error(error.message), error.code ? { code: error.code } : {});
      if (error.stack) revived.stack = error.stack;
      return revived;
    }
  }
}

export interface PackageWorkOptions {
  onProgress?: ((fraction: number) => void) | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Runs verifyIncoming / importIncoming in a worker thread on its own connection to the database file
 * the app has open: the main process keeps answering the window meanwhile. The import is still one
 * IMMEDIATE transaction (on the worker's connection), so it stays all or nothing; a PackageError or
 * ApiError comes back with its code and message key.
 */
async function inWorker(app: AppContext, task: Pick<PackageWorkerInput, 'task' | 'file' | 'dryRun'>, options: PackageWorkOptions): Promise<PackageWorkerResult> {
  requireProvince(app);
  const db = app.db;
  const actor = currentAuditActor();
  const input: PackageWorkerInput = {
    ...task,
    database: { file: db.name, readonly: db.readonly, ...(app.sqlite.nativeBinding ? { nativeBinding: app.sqlite.nativeBinding } : {}), ...(app.sqlite.key ? { key: app.sqlite.key } : {}) },
    dataDir: app.dataDir,
    appVersion: app.appVersion,
    actor: { userId: actor?.userId ?? null, userName: actor?.userName ?? null, via: actor?.via ?? null },
  };
  const result = await runWorker<PackageWorkerInput, PackageWorkerResult, PackageWorkerError>(
    { dir: __dirname, source: 'packageWorker.ts', bundle: PACKAGE_WORKER_BUNDLE_NAME },
    input,
    { onProgress: options.onProgress, signal: options.signal, revive, aborted: () => new PackageJobAborted() },
  );
  // The worker's record changes count as this call's, as when they were made here (no second entry).
  if (actor) actor.recorded += result.recorded;
  return result;
}

export async function verifyInWorker(app: AppContext, file: string, options: PackageWorkOptions = {}): Promise<VerifyResult> {
  const result = await inWorker(app, { task: 'verify', file, dryRun: true }, options);
  if (result.task !== 'verify') throw new Error('the package worker answered another task');
  return result.verified;
}

export async function importInWorker(app: AppContext, file: string, options: PackageWorkOptions & { dryRun: boolean }): Promise<ImportResult> {
  const result = await inWorker(app, { task: 'import', file, dryRun: options.dryRun }, options);
  if (result.task !== 'import') throw new Error('the package worker answered another task');
  return result.imported;
}
