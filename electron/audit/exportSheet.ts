import type { AuditEntry } from '../../db/audit';
import { actionText, fieldsText, recordText, type Translate } from '../../renderer/audit/auditText';
import { formatDateTime, translate } from '../../renderer/i18n/translate';
import { writeWorkbook } from '../businesses/exportSheet';

const t: Translate = (key, params) => translate('vi', key, params);

const COLUMNS = [
  { header: t('audit.column.seq'), width: 10, cell: (e: AuditEntry) => e.seq },
  { header: t('audit.column.time'), width: 18, cell: (e: AuditEntry) => formatDateTime(e.at) },
  { header: t('audit.column.user'), width: 24, cell: (e: AuditEntry) => e.userName ?? t('audit.system') },
  { header: t('audit.column.action'), width: 32, cell: (e: AuditEntry) => actionText(e, t) },
  { header: t('audit.column.record'), width: 40, cell: (e: AuditEntry) => recordText(e, t) },
  { header: t('audit.column.fields'), width: 40, cell: (e: AuditEntry) => fieldsText(e, t) },
  { header: t('audit.column.detail'), width: 60, cell: (e: AuditEntry) => (e.detail ? JSON.stringify(e.detail) : '') },
];

const YIELD_EVERY_ROWS = 1000;

/** The activity log as a spreadsheet, in Vietnamese, newest first as on screen. */
export async function writeAuditSheet(entries: Iterable<AuditEntry>): Promise<Uint8Array> {
  return writeWorkbook(async (workbook) => {
    const sheet = workbook.addWorksheet(t('audit.sheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = COLUMNS.map((c) => ({ width: c.width }));
    const header = sheet.addRow(COLUMNS.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    let i = 0;
    for (const entry of entries) {
      sheet.addRow(COLUMNS.map((c) => c.cell(entry))).commit();
      i += 1;
      if (i % YIELD_EVERY_ROWS === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    sheet.commit();
  });
}
