import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { vi, type MessageKey } from '../../renderer/i18n/vi';
import {
  MAX_FILE_MB,
  ReadAbortedError,
  SpreadsheetError,
  type ReadSheetOptions,
  type SheetTable,
} from './sheetReader';
import type { SheetWorkerError, SheetWorkerInput, SheetWorkerMessage } from './sheetWorker';

/** The worker's bundle file, beside the main bundle in dist/ (build/bundle.mjs writes it). */
export const SHEET_WORKER_BUNDLE_NAME = 'sheet-worker.cjs';

// A pathological file should exhaust the worker, not the app.
const WORKER_HEAP_MB = 2048;

function workerScript(): { file: string; execArgv?: string[] } {
  if (__filename.endsWith('.ts')) {
    // From source (vitest, tsx) the worker needs tsx too. `--import tsx` does not reach a worker's
    // entry file on Node 20 ("Unknown file extension .ts"); tsx's require hook does.
    const tsx = createRequire(__filename).resolve('tsx/cjs');
    return { file: path.join(__dirname, 'sheetWorker.ts'), execArgv: ['--require', tsx] };
  }
  return { file: path.join(__dirname, SHEET_WORKER_BUNDLE_NAME) };
}

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
export function readSheetInWorker(bytes: Uint8Array, options: ReadSheetOptions = {}): Promise<SheetTable> {
  const { onProgress, signal, ...limits } = options;
  if (signal?.aborted) return Promise.reject(new ReadAbortedError());
  return new Promise<SheetTable>((resolve, reject) => {
    const script = workerScript();
    const input: SheetWorkerInput = { bytes, limits };
    const worker = new Worker(script.file, {
      workerData: input,
      ...(script.execArgv ? { execArgv: script.execArgv } : {}),
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const onAbort = () => settle(() => reject(new ReadAbortedError()));
    signal?.addEventListener('abort', onAbort, { once: true });

    worker.on('message', (message: SheetWorkerMessage) => {
      if (message.type === 'progress') {
        if (!settled) onProgress?.(message.fraction);
      } else if (message.type === 'done') {
        settle(() => resolve(message.table));
      } else {
        settle(() => reject(revive(message.error)));
      }
    });
    worker.on('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new SpreadsheetError('import.tooLarge', { max: limits.maxFileMb ?? MAX_FILE_MB })
            : error,
        ),
      ),
    );
    worker.on('exit', (code) => settle(() => reject(new Error(`The spreadsheet worker stopped (exit code ${code})`))));
  });
}
