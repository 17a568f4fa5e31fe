// The spreadsheet import of any register from the command line: read, preview, then commit or stop.
import path from 'node:path';
import type { ImportPreviewOut } from '../api/schemas/import';
import { EXIT, readFileOrReject, Rejected, tr, type CommandContext } from './runtime';

export interface CliImportKind {
  read: 'businesses.importRead' | 'staff.importRead';
  preview: 'businesses.importPreview' | 'staff.importPreview';
  commit: 'businesses.importCommit' | 'staff.importCommit';
  /** Message-key prefix of the field names ('business.field.'). */
  fieldPrefix: string;
  doneKey: string;
}

const lines = (rows: ImportPreviewOut['invalidRows'], fieldPrefix: string) =>
  rows.flatMap((row) =>
    row.errors.map((e) => `${tr('import.row', { row: row.rowNumber })}: ${e.field ? `${tr(`${fieldPrefix}${e.field}`)}: ` : ''}${tr(e.messageKey, e.params)}`),
  );

/** `<register> import FILE [--dry-run] [--valid-only]`: exit 1 when rows have errors and --valid-only is not given. */
export async function runSheetImport(kind: CliImportKind, { cli, args, operands: [file = ''] }: CommandContext): Promise<number> {
  const bytes = readFileOrReject(file).toString('base64');
  const { jobId } = await cli.call(kind.read, { fileName: path.basename(file), bytes });
  for (;;) {
    const state = await cli.call('jobs.get', { jobId });
    if (state.state === 'failed' && state.error) throw new Rejected({ code: 'IMPORT_FAILED', ...state.error });
    if (state.state === 'done') break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const preview = await cli.call(kind.preview, { jobId });
  if (preview.missingColumns.length > 0) {
    const columns = preview.missingColumns.map((f) => tr(`${kind.fieldPrefix}${f}`)).join(', ');
    throw new Rejected({ code: 'IMPORT_MISSING_COLUMNS', messageKey: 'import.missingColumnsAtRow', params: { columns, row: preview.headerRow } });
  }
  const errorLines = lines(preview.invalidRows, kind.fieldPrefix);
  const warningLines = lines(preview.warningRows, kind.fieldPrefix);
  const summary = tr('import.summary', { total: preview.total, valid: preview.validCount, invalid: preview.invalidCount });
  const validOnly = args.flags.has('--valid-only');
  if (args.flags.has('--dry-run')) {
    cli.print([...errorLines, ...warningLines, summary, tr('cli.import.dryRun')].join('\n'), { dryRun: true, ...preview });
    return preview.invalidCount > 0 && !validOnly ? EXIT.failed : EXIT.ok;
  }
  if (preview.invalidCount > 0 && !validOnly) {
    console.error(errorLines.join('\n'));
    throw new Rejected({ code: 'IMPORT_HAS_ERRORS', messageKey: 'import.hasErrors', params: { count: preview.invalidCount } }, preview);
  }
  const result = await cli.call(kind.commit, { jobId, validOnly });
  cli.print([...errorLines, ...warningLines, summary, tr(kind.doneKey, { count: result.imported })].join('\n'), {
    ...result,
    invalidRows: preview.invalidRows,
    warningRows: preview.warningRows,
  });
  return EXIT.ok;
}
