// Printed checklists and minutes as one PDF, through the shared print pipeline.
import { createElement } from 'react';
import type { PrintSheet } from '../api/schemas/inspections';
import { paginate, PRINT_CSS } from '../../renderer/inspections/print/layout';
import { PrintDocument } from '../../renderer/inspections/print/PrintDocument';
import { htmlToPdf } from '../print/pdf';
import { printPage } from '../print/printPage';

/**
 * The sheets as one A4 PDF, and its page count. Pages are vector text and SVG (no page is held as an
 * image), so a plan of a hundred businesses stays a few megabytes of DOM.
 */
export async function sheetsToPdf(sheets: readonly PrintSheet[], chromiumPath: string): Promise<{ pdf: Buffer; pages: number }> {
  const pdf = await htmlToPdf(printPage(createElement(PrintDocument, { sheets }), PRINT_CSS), chromiumPath);
  return { pdf, pages: paginate(sheets).length };
}
