// Worker-thread entry: reads one spreadsheet off the main process's event loop (see sheetJob.ts).
// Bundled on its own to dist/sheet-worker.cjs.
import { parentPort, workerData } from 'node:worker_threads';
import { readSheet, SpreadsheetError, type ReadSheetOptions, type SheetTable } from './sheetReader';

export interface SheetWorkerInput {
  bytes: Uint8Array;
  limits: Pick<ReadSheetOptions, 'maxDataRows' | 'maxFileMb'>;
}

export type SheetWorkerError =
  | { kind: 'spreadsheet'; messageKey: string; params?: Record<string, string | number> }
  | { kind: 'other'; message: string; stack?: string };

export type SheetWorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; table: SheetTable }
  | { type: 'failed'; error: SheetWorkerError };

function serialize(error: unknown): SheetWorkerError {
  if (error instanceof SpreadsheetError) {
    return { kind: 'spreadsheet', messageKey: error.messageKey, ...(error.params ? { params: error.params } : {}) };
  }
  if (error instanceof Error) return { kind: 'other', message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  return { kind: 'other', message: String(error) };
}

const port = parentPort;
const input = workerData as Partial<SheetWorkerInput> | undefined;
if (!port || !(input?.bytes instanceof Uint8Array)) throw new Error('sheetWorker runs as a worker thread with { bytes }');

const send = (message: SheetWorkerMessage) => port.postMessage(message);
readSheet(input.bytes, { ...input.limits, onProgress: (fraction) => send({ type: 'progress', fraction }) }).then(
  (table) => send({ type: 'done', table }),
  (error: unknown) => send({ type: 'failed', error: serialize(error) }),
);
