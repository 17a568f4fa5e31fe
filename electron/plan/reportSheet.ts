import ExcelJS from 'exceljs';
import type { ReportData } from './report';

/** The report as .xlsx: one sheet per table, Vietnamese headers, numbers as numbers, and where it came from. */
export async function writeReportSheet(report: ReportData, narrative: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const about = workbook.addWorksheet('Thông tin báo cáo');
  about.addRows([
    ['Kỳ báo cáo', report.period],
    ['Từ ngày', report.from],
    ['Đến ngày', report.to],
    ['Số liệu tính đến ngày', report.asOf],
    ['Đơn vị', report.unitCode],
    ['Số thứ tự nhật ký thay đổi', report.changeLogSeq],
    ['Kết quả, khó khăn, đề xuất', narrative],
  ]);
  about.getColumn(1).width = 30;
  for (const table of report.tables) {
    const sheet = workbook.addWorksheet(table.name.slice(0, 31));
    sheet.addRow(table.headers).font = { bold: true };
    sheet.addRows(table.rows);
    sheet.columns.forEach((column, i) => (column.width = i === 1 && table.name === 'Chỉ tiêu kế hoạch' ? 60 : 18));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
