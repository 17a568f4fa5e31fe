// Worker-thread entry: reads one spreadsheet off the main process's event loop (see sheetJob.ts).
// Bundled on its own to dist/sheet-worker.cjs.
import { plainError, serveWorker } from '../workerThread';
import { readSheet, SpreadsheetError, type ReadSheetOptions, type SheetTable } from './sheetReader';

export interface SheetWorkerInput {
  bytes: Uint8Array;
  limits: Pick<ReadSheetOptions, 'maxDataRows' | 'maxFileMb' | 'maxInflatedMb'>;
}

export type SheetWorkerError =
  | { kind: 'spreadsheet'; messageKey: string; params?: Record<string, string | number> }
  | { kind: 'other'; message: string; stack?: string };

function serialize(error: unknown): SheetWorkerError {
  if (error instanceof SpreadsheetError) {
    return { kind: 'spreadsheet', messageKey: error.messageKey, ...(error.params ? { params: error.params } : {}) };
  }
  return { kind: 'other', ...plainError(error) };
}

serveWorker<SheetWorkerInput, SheetTable, SheetWorkerError>((input, report) => {
  if (!(input?.bytes instanceof Uint8Array)) throw new Error('sheetWorker runs as a worker thread with { bytes }');
  return readSheet(input.bytes, { ...input.limits, onProgress: report });
}, serialize);
