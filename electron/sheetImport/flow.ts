// The import's steps behind the API, for any record kind: read the file in a background job,
// preview with a column mapping, commit the valid rows in one transaction.
import type { z } from 'zod';
import { readSheetInWorker } from '../businesses/sheetJob';
import { headerText, type SheetTable } from '../businesses/sheetReader';
import type { CallContext } from '../api/context';
import { ApiError } from '../api/errors';
import type { ImportCommitInput, ImportPreviewInput, ImportPreviewOut, ImportReadInput } from '../api/schemas/import';
import type { FieldMapping } from './mapping';
import { rejectedRowsSheet } from './rejectedRows';
import type { ImportPreview } from './validate';
import { NO_CHOICES, type CommuneChoices } from './oldCommunes';

/** The preview lists this many rows with errors (and with warnings); the counts always cover the whole file. */
const MAX_LISTED_ROWS = 1000;

export interface SheetImportTarget<T> {
  /** The job kind, so one import's file cannot be previewed by another. */
  jobKind: string;
  suggestMapping(headers: readonly string[]): FieldMapping;
  missingRequired(mapping: FieldMapping): string[];
  validate(ctx: CallContext, table: SheetTable, mapping: FieldMapping, choices: CommuneChoices): ImportPreview<T>;
  /** Saves the valid rows; runs inside the commit's transaction. */
  insert(ctx: CallContext, rows: T[]): void;
  /** Message-key prefix of the fields' names ('business.field.'), for the rejected rows' reasons. */
  fieldPrefix: string;
  /** Name of the rejected rows' file, without the extension. */
  rejectedFileName: string;
}

function sheetOf(ctx: CallContext, jobKind: string, jobId: string): SheetTable {
  const table = ctx.app.jobs.result<SheetTable>(jobId, jobKind);
  if (!table) throw new ApiError('IMPORT_EXPIRED', 'import.expired');
  return table;
}

/** How far below the first filled row the header row may sit (a title, a date line, a blank above it). */
const HEADER_SEARCH_ROWS = 10;

/**
 * The table read from the header row: the first filled row, or, when that one is a title above the
 * headers, the first of the next rows whose cells name every required column.
 */
export function fromHeaderRow<T>(target: Pick<SheetImportTarget<T>, 'suggestMapping' | 'missingRequired'>, table: SheetTable): SheetTable & { headerRowNumber: number } {
  const first = { ...table, headerRowNumber: table.headerRowNumber ?? 1 };
  if (target.missingRequired(target.suggestMapping(table.headers)).length === 0) return first;
  for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, table.rows.length - 1); i += 1) {
    const row = table.rows[i];
    if (!row) break;
    const headers = row.cells.map((cell) => headerText(cell));
    if (target.missingRequired(target.suggestMapping(headers)).length > 0) continue;
    const width = Math.max(headers.length, table.headers.length);
    while (headers.length < width) headers.push('');
    return { sheetName: table.sheetName, headers, headerRowNumber: row.rowNumber, rows: table.rows.slice(i + 1) };
  }
  return first;
}

function check<T>(target: SheetImportTarget<T>, ctx: CallContext, read: SheetTable, requested: FieldMapping | null, choices: CommuneChoices = NO_CHOICES) {
  const table = fromHeaderRow(target, read);
  const mapping = requested ?? target.suggestMapping(table.headers);
  const missing = target.missingRequired(mapping);
  const result = missing.length > 0 ? null : target.validate(ctx, table, mapping, choices);
  return { table, mapping, missing, result };
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

    preview(ctx: CallContext, { jobId, mapping, communeChoices }: z.output<typeof ImportPreviewInput>): ImportPreviewOut {
      const { table, mapping: used, missing, result } = check(target, ctx, sheetOf(ctx, target.jobKind, jobId), mapping, communeChoices);
      return {
        headers: table.headers,
        headerRow: table.headerRowNumber,
        mapping: Object.fromEntries(Object.entries(used).map(([field, index]) => [field, index ?? null])),
        missingColumns: missing,
        total: result?.total ?? table.rows.length,
        validCount: result?.validCount ?? 0,
        invalidCount: result?.invalidCount ?? table.rows.length,
        invalidRows: result ? listed(result.rows, 'errors') : [],
        warningRows: result ? listed(result.rows, 'warnings') : [],
      };
    },

    /** The rows with errors as an .xlsx to correct and import again (same headers, a "Lỗi" column). */
    async rejected(ctx: CallContext, { jobId, mapping, communeChoices }: z.output<typeof ImportPreviewInput>): Promise<{ fileName: string; bytes: string }> {
      const { table, mapping: used, missing, result } = check(target, ctx, sheetOf(ctx, target.jobKind, jobId), mapping, communeChoices);
      if (!result || missing.length > 0) {
        throw new ApiError('IMPORT_MISSING_COLUMNS', 'import.missingColumnsAtRow', { columns: missing.join(', '), row: table.headerRowNumber });
      }
      const bytes = await rejectedRowsSheet(table, used, result, target.fieldPrefix);
      return { fileName: `${target.rejectedFileName}.xlsx`, bytes: Buffer.from(bytes).toString('base64') };
    },

    commit(ctx: CallContext, { jobId, mapping, validOnly, communeChoices }: z.output<typeof ImportCommitInput>) {
      const read = sheetOf(ctx, target.jobKind, jobId);
      // The duplicate checks run inside the write transaction: another process (or connection)
      // importing the same file meanwhile waits for this one and then sees its rows as duplicates.
      const outcome = ctx.app.db
        .transaction(() => {
          const { table, missing, result } = check(target, ctx, read, mapping, communeChoices);
          if (!result || missing.length > 0) {
            throw new ApiError('IMPORT_MISSING_COLUMNS', 'import.missingColumnsAtRow', { columns: missing.join(', '), row: table.headerRowNumber });
          }
          if (!validOnly && result.invalidCount > 0) {
            throw new ApiError('IMPORT_HAS_ERRORS', 'import.hasErrors', { count: result.invalidCount });
          }
          const rows = result.rows.flatMap((r) => (r.fields ? [r.fields] : []));
          target.insert(ctx, rows);
          return { imported: rows.length, skipped: result.total - rows.length };
        })
        .immediate();
      ctx.app.jobs.forget(jobId);
      return outcome;
    },
  };
}
