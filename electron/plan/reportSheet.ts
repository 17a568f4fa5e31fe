import ExcelJS from 'exceljs';
import { paperDate } from '../../renderer/print/decree';
import type { ReportNarrative } from './narrative';
import type { ReportData } from './report';

/** Excel refuses these in sheet names, and names longer than 31 characters or used twice. */
function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[\\/?*[\]:]/g, ' ').trim().slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; used.has(candidate.toLowerCase()); n += 1) candidate = `${base.slice(0, 27)} (${n})`;
  used.add(candidate.toLowerCase());
  return candidate;
}

/** The facts of the report (period, dates, sequence, narrative) under the layout's labels. */
export function aboutValues(report: ReportData, narrative: ReportNarrative): Record<string, string | number> {
  return {
    period: report.period,
    from: paperDate(report.from),
    to: paperDate(report.to),
    asOf: paperDate(report.asOf),
    unit: report.unitName,
    seq: report.changeLogSeq,
    layout: report.layoutVersion,
    ...narrative,
  };
}

/** The report as .xlsx: one sheet per table of the layout, Vietnamese headers, numbers as numbers, and where it came from. */
export async function writeReportSheet(report: ReportData, narrative: ReportNarrative): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const used = new Set<string>();
  const facts = aboutValues(report, narrative);
  if (report.about.labels.length > 0) {
    const about = workbook.addWorksheet(sheetName(report.about.title, used));
    about.addRows(report.about.labels.map((a) => [a.label, facts[a.key] ?? '']));
    about.getColumn(1).width = 30;
    about.getColumn(2).width = 60;
  }
  for (const table of report.tables) {
    const sheet = workbook.addWorksheet(sheetName(table.name, used));
    sheet.addRow(table.headers).font = { bold: true };
    sheet.addRows(table.rows);
    if (table.note !== undefined) sheet.addRow([table.note]);
    sheet.columns.forEach((column, i) => (column.width = table.columns[i]?.key === 'text' ? 60 : 18));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
