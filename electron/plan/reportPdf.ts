// The periodic report as an A4 PDF, through the shared print pipeline (CLI, tests, benchmark).
import { createElement } from 'react';
import type { PrintableReport } from '../api/schemas/reports';
import { ReportDocument } from '../../renderer/plan/print/ReportDocument';
import { paginateReport, REPORT_CSS } from '../../renderer/plan/print/reportLayout';
import { htmlToPdf } from '../print/pdf';
import { printPage } from '../print/printPage';

export async function reportToPdf(report: PrintableReport, chromiumPath: string): Promise<{ pdf: Buffer; pages: number }> {
  const pdf = await htmlToPdf(printPage(createElement(ReportDocument, { report }), REPORT_CSS), chromiumPath);
  return { pdf, pages: paginateReport(report).length };
}
