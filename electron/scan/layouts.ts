// The layout of a scanned page, rebuilt from what its QR code says and the inspection's template version.
import type { PrintSheet } from '../api/schemas/inspections';
import { checklistItemHeightMm, isRepealed } from '../../renderer/inspections/print/layout';
import { pageRows, SCAN_LINE_MM, scanItems, type ScanPageCode } from '../../renderer/inspections/print/scanLayout';
import type { LayoutLookup } from './read';

type Sections = PrintSheet['sections'];

/** What the reader knows of the office's inspections: code -> template version and sections. Plain data, so it crosses to the worker. */
export interface ScanCatalogue {
  inspections: Record<string, { templateId: string; version: number }>;
  templates: Record<string, Sections>;
}

export function layoutLookup(catalogue: ScanCatalogue): LayoutLookup {
  return (code: ScanPageCode) => {
    const inspection = catalogue.inspections[code.code];
    if (!inspection) return { failure: 'unknownInspection' };
    if (inspection.version !== code.version) return { failure: 'versionMismatch' };
    const sections = catalogue.templates[inspection.templateId];
    if (!sections) return { failure: 'unknownInspection' };
    const rows = pageRows(sections, code, checklistItemHeightMm, SCAN_LINE_MM);
    if (!rows) return { failure: 'layout' };
    const numbers = new Map(sections.flatMap((s) => s.items).filter((i) => !isRepealed(i)).map((item, i) => [item.key, i + 1] as const));
    return { items: scanItems(rows, (key) => numbers.get(key) ?? 0) };
  };
}
