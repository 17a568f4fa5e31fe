// The violation record (biên bản vi phạm hành chính) as an A4 PDF, through the shared print pipeline.
import { createElement } from 'react';
import type { ViolationRecordSheet } from '../api/schemas/inspections';
import { paginateRecord } from '../../renderer/inspections/print/violationRecordLayout';
import { RECORD_CSS, ViolationRecordDocument } from '../../renderer/inspections/print/ViolationRecordDocument';
import { htmlToPdf } from '../print/pdf';
import { printPage } from '../print/printPage';

export async function violationRecordToPdf(sheet: ViolationRecordSheet, chromiumPath: string): Promise<{ pdf: Buffer; pages: number }> {
  const pdf = await htmlToPdf(printPage(createElement(ViolationRecordDocument, { sheet }), RECORD_CSS), chromiumPath);
  return { pdf, pages: paginateRecord(sheet).length };
}
