import { vi, type MessageKey } from '../../renderer/i18n/vi';
import { runWorker } from '../workerThread';
import {
  ReadAbortedError,
  SpreadsheetError,
  type ReadSheetOptions,
  type SheetTable,
} from './sheetReader';
import type { SheetWorkerError, SheetWorkerInput } from './sheetWorker';

/** The worker's bundle file, beside the main bundle in dist/ (build/bundle.mjs writes it). */
export const SHEET_WORKER_BUNDLE_NAME = 'sheet-worker.cjs';

// A pathological file should exhaust the worker, not the app: the worker's heap is capped well below
// what the main process needs to carry on, and an overrun ends the worker with its own message.
const WORKER_HEAP_MB = 1024;

function revive(error: SheetWorkerError): Error {
  if (error.kind === 'spreadsheet') {
    return Object.hasOwn(vi, error.messageKey)
      ? new SpreadsheetError(error.messageKey as MessageKey, error.params)
      : new Error(error.messageKey);
  }
  const revived = new Error(error.message);
  if (error.stack) revived.stack = error.stack;
  return revived;
}

/**
 * readSheet in a worker thread, so parsing a 50,000-row file never blocks the main process.
 * Aborting the signal terminates the worker and rejects with a ReadAbortedError.
 */
export function readSheetInWorker(bytes: Uint8Array, options: ReadSheetOptions & { workerHeapMb?: number } = {}): Promise<SheetTable> {
  const { onProgress, signal, workerHeapMb = WORKER_HEAP_MB, ...limits } = options;
  return runWorker<SheetWorkerInput, SheetTable, SheetWorkerError>(
    { dir: __dirname, source: 'sheetWorker.ts', bundle: SHEET_WORKER_BUNDLE_NAME },
    { bytes, limits },
    {
      onProgress,
      signal,
      revive,
      aborted: () => new ReadAbortedError(),
      crashed: (error) => (error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new SpreadsheetError('import.readerLimit') : error),
      maxOldGenerationSizeMb: workerHeapMb,
    },
  );
}
