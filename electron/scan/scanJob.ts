// Runs the scan reader in a worker thread (scanWorker.ts): progress per page, cancel terminates it.
import { ApiError } from '../api/errors';
import { runWorker } from '../workerThread';
import type { ScannedPage } from './batch';
import type { ScanCatalogue } from './layouts';
import type { ScanWorkerError, ScanWorkerInput } from './scanWorker';

export const SCAN_WORKER_BUNDLE_NAME = 'scan-worker.cjs';

export class ScanJobAborted extends Error {
  override readonly name = 'AbortError';
  constructor() {
    super('The scan job was cancelled');
  }
}

export function readBatchInWorker(
  data: Uint8Array,
  catalogue: ScanCatalogue,
  options: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<ScannedPage[]> {
  return runWorker<ScanWorkerInput, ScannedPage[], ScanWorkerError>({ dir: __dirname, source: 'scanWorker.ts', bundle: SCAN_WORKER_BUNDLE_NAME }, { data, catalogue }, {
    onProgress: options.onProgress,
    signal: options.signal,
    revive: (error) => (error.kind === 'file' ? new ApiError('VALIDATION', error.messageKey) : Object.assign(new Error(error.message), { stack: error.stack })),
    aborted: () => new ScanJobAborted(),
    maxOldGenerationSizeMb: 1024,
  });
}
