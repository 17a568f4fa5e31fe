// Worker-thread entry: reads a scanned batch off the main process's event loop (see scanJob.ts), one page
// at a time, reporting progress per page. It touches no database: the catalogue comes with the input.
// Bundled to dist/scan-worker.cjs.
import { plainError, serveWorker } from '../workerThread';
import { readBatch, ScanFileError, type ScannedPage } from './batch';
import type { ScanCatalogue } from './layouts';

export interface ScanWorkerInput {
  data: Uint8Array;
  catalogue: ScanCatalogue;
}

export type ScanWorkerError = { kind: 'file'; messageKey: ScanFileError['messageKey'] } | { kind: 'other'; message: string; stack?: string };

serveWorker<ScanWorkerInput, ScannedPage[], ScanWorkerError>(
  (input, report) => readBatch(input.data, input.catalogue, (done, total) => report(done / total)),
  (error) => (error instanceof ScanFileError ? { kind: 'file', messageKey: error.messageKey } : { kind: 'other', ...plainError(error) }),
);
