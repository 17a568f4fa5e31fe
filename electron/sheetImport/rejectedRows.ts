// The rows an import refused, as a file the clerk corrects and imports again: the same columns under the same
// headers, each row as it was in the file, and a last column "Lỗi" giving the reasons in Vietnamese.
import ExcelJS from 'exceljs';
import { translate } from '../../renderer/i18n/translate';
import type { CellValue, SheetTable } from '../businesses/sheetReader';
import type { FieldMapping } from './mapping';
import type { ImportIssue, ImportPreview } from './validate';

const cellOut = (value: CellValue | undefined): string | number | boolean | Date | null =>
  value === undefined || (value !== null && typeof value === 'object' && !(value instanceof Date)) ? null : value;

/** "Loại hình: Loại hình không hợp lệ": the column as the file names it, then the reason. */
function reasonText(issue: ImportIssue, table: SheetTable, mapping: FieldMapping, fieldPrefix: string): string {
  const message = translate('vi', issue.messageKey, issue.params);
  if (issue.field === null) return message;
  const index = mapping[issue.field];
  const header = typeof index === 'number' ? table.headers[index] : undefined;
  const label = header || translate('vi', `${fieldPrefix}${issue.field}`);
  return label && !message.startsWith(label) ? `${label}: ${message}` : message;
}

export async function rejectedRowsSheet<T>(table: SheetTable, mapping: FieldMapping, result: ImportPreview<T>, fieldPrefix: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.sheetName.slice(0, 31) || 'Sheet1');
  const width = table.headers.length;
  sheet.addRow([...table.headers, translate('vi', 'import.rejected.errorColumn')]).font = { bold: true };
  const byNumber = new Map(table.rows.map((r) => [r.rowNumber, r]));
  for (const row of result.rows) {
    if (row.errors.length === 0) continue;
    const cells = byNumber.get(row.rowNumber)?.cells ?? [];
    const values = Array.from({ length: width }, (_, i) => cellOut(cells[i]));
    sheet.addRow([...values, row.errors.map((e) => reasonText(e, table, mapping, fieldPrefix)).join('; ')]);
  }
  sheet.columns.forEach((column, i) => {
    column.width = i === width ? 60 : 20;
    if (i < width) return;
    column.font = { color: { argb: 'FFC00000' } };
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
