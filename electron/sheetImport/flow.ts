// The import's steps behind the API, for any record kind: read the file in a background job,
// preview with a column mapping, commit the valid rows in one transaction.
import type { z } from 'zod';
import { readSheetInWorker } from '../businesses/sheetJob';
import type { SheetTable } from '../businesses/sheetReader';
import type { CallContext } from '../api/context';
import { ApiError } from '../api/errors';
import type { ImportCommitInput, ImportPreviewInput, ImportPreviewOut, ImportReadInput } from '../api/schemas/import';
import type { FieldMapping } from './mapping';
import type { ImportPreview } from './validate';

/** The preview lists this many rows with errors (and with warnings); the counts always cover the whole file. */
const MAX_LISTED_ROWS = 1000;

export interface SheetImportTarget<T> {
  /** The job kind, so one import's file cannot be previewed by another. */
  jobKind: string;
  suggestMapping(headers: readonly string[]): FieldMapping;
  missingRequired(mapping: FieldMapping): string[];
  validate(ctx: CallContext, table: SheetTable, mapping: FieldMapping): ImportPreview<T>;
  /** Saves the valid rows; runs inside the commit's transaction. */
  insert(ctx: CallContext, rows: T[]): void;
}

function sheetOf(ctx: CallContext, jobKind: string, jobId: string): SheetTable {
  const table = ctx.app.jobs.result<SheetTable>(jobId, jobKind);
  if (!table) throw new ApiError('IMPORT_EXPIRED', 'import.expired');
  return table;
}

function check<T>(target: SheetImportTarget<T>, ctx: CallContext, table: SheetTable, requested: FieldMapping | null) {
  const mapping = requested ?? target.suggestMapping(table.headers);
  const missing = target.missingRequired(mapping);
  const result = missing.length > 0 ? null : target.validate(ctx, table, mapping);
  return { mapping, missing, result };
}

const listed = <T>(rows: ImportPreview<T>['rows'], pick: 'errors' | 'warnings') =>
  rows
    .filter((r) => r[pick].length > 0)
    .slice(0, MAX_LISTED_ROWS)
    .map((r) => ({ rowNumber: r.rowNumber, errors: r[pick] }));

/** The three import procedures (read, preview, commit) of one record kind. */
export function sheetImportHandlers<T>(target: SheetImportTarget<T>) {
  return {
    read(ctx: CallContext, { bytes }: z.output<typeof ImportReadInput>) {
      const data = Buffer.from(bytes, 'base64');
      const { jobId } = ctx.app.jobs.start(target.jobKind, (onProgress, signal) =>
        readSheetInWorker(new Uint8Array(data), { onProgress, signal }),
      );
      return { jobId };
    },

    preview(ctx: CallContext, { jobId, mapping }: z.output<typeof ImportPreviewInput>): ImportPreviewOut {
      const table = sheetOf(ctx, target.jobKind, jobId);
      const { mapping: used, missing, result } = check(target, ctx, table, mapping);
      return {
        headers: table.headers,
        mapping: Object.fromEntries(Object.entries(used).map(([field, index]) => [field, index ?? null])),
        missingColumns: missing,
        total: result?.total ?? table.rows.length,
        validCount: result?.validCount ?? 0,
        invalidCount: result?.invalidCount ?? table.rows.length,
        invalidRows: result ? listed(result.rows, 'errors') : [],
        warningRows: result ? listed(result.rows, 'warnings') : [],
      };
    },

    commit(ctx: CallContext, { jobId, mapping, validOnly }: z.output<typeof ImportCommitInput>) {
      const table = sheetOf(ctx, target.jobKind, jobId);
      const { missing, result } = check(target, ctx, table, mapping);
      if (!result || missing.length > 0) {
        throw new ApiError('IMPORT_MISSING_COLUMNS', 'import.missingColumns', { columns: missing.join(', ') });
      }
      if (!validOnly && result.invalidCount > 0) {
        throw new ApiError('IMPORT_HAS_ERRORS', 'import.hasErrors', { count: result.invalidCount });
      }
      const rows = result.rows.flatMap((r) => (r.fields ? [r.fields] : []));
      ctx.app.db.transaction(() => target.insert(ctx, rows)).immediate();
      ctx.app.jobs.forget(jobId);
      return { imported: rows.length, skipped: result.total - rows.length };
    },
  };
}
