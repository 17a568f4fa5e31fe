/**
 * Pages of a printed periodic report, laid out before rendering so every page knows "Trang x / y".
 * Heights are estimated in mm from text length (Tinos 13 pt body, 11 pt tables); each page keeps a reserve
 * so an estimate a little short never overflows. A table split over pages repeats its header row.
 */
import type { PrintableReport } from '../../../electron/api/schemas/reports';
import { DECREE_CSS, FOOTER_MM, LINE_MM, MARGIN_MM, PAGE_HEIGHT_MM } from '../../print/decree';

export type ReportTableData = PrintableReport['tables'][number];

export type ReportBlock =
  | { kind: 'heading' }
  | { kind: 'section'; text: string }
  | { kind: 'tableTitle'; text: string }
  | { kind: 'tableHead'; table: ReportTableData }
  | { kind: 'row'; table: ReportTableData; cells: string[] }
  | { kind: 'paragraph'; text: string; bold?: boolean }
  | { kind: 'signatures' };

export interface ReportPage {
  blocks: ReportBlock[];
  page: number;
  pages: number;
}

const RESERVE_MM = 8;
const BODY_MM = PAGE_HEIGHT_MM - MARGIN_MM.top - MARGIN_MM.bottom - FOOTER_MM - RESERVE_MM;
const BODY_WIDTH_MM = 210 - MARGIN_MM.left - MARGIN_MM.right;
/** Average width of a character: 13 pt body text, 11 pt table text. */
const BODY_CHAR_MM = 2.2;
const TABLE_CHAR_MM = 1.9;
const TABLE_LINE_MM = 5.0;
const CELL_PAD_MM = 2.4;

const lines = (text: string, perLine: number) =>
  text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / Math.max(1, perLine))), 0);

/** A column's share of the page width: the target's text widest, a row's label wide, figures narrow. */
function weight(key: string, index: number): number {
  if (key === 'text' || key === 'item') return 5;
  if (key === 'code') return 1;
  if (key === 'status') return 1.3;
  return index === 0 ? 2 : 1;
}

export function columnWidthsMm(table: ReportTableData): number[] {
  const weights = table.columns.map((c, i) => weight(c.key, i));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  return weights.map((w) => (BODY_WIDTH_MM * w) / total);
}

function rowHeight(table: ReportTableData, cells: string[]): number {
  const widths = columnWidthsMm(table);
  const tallest = cells.reduce((max, cell, i) => Math.max(max, lines(cell, Math.floor((widths[i] ?? 20) / TABLE_CHAR_MM) - 1)), 1);
  return tallest * TABLE_LINE_MM + CELL_PAD_MM;
}

function blockHeight(block: ReportBlock): number {
  switch (block.kind) {
    case 'heading':
      return 58;
    case 'section':
      return LINE_MM * lines(block.text, 70) + 4;
    case 'tableTitle':
      return LINE_MM * lines(block.text, 70) + 3;
    case 'tableHead':
      return rowHeight(block.table, block.table.columns.map((c) => c.label)) + 3;
    case 'row':
      return rowHeight(block.table, block.cells);
    case 'paragraph':
      return lines(block.text, Math.floor(BODY_WIDTH_MM / BODY_CHAR_MM)) * LINE_MM + 1.5;
    case 'signatures':
      return 45;
  }
}

/** Figures as printed: Vietnamese number format (1.500.000; 33,3), blank for no value. */
export function cellText(value: string | number | null): string {
  if (value === null) return '–';
  return typeof value === 'number' ? value.toLocaleString('vi-VN', { maximumFractionDigits: 1 }) : value;
}

/** Splits a long text into paragraphs no taller than half a page, at word boundaries. */
function paragraphs(text: string): string[] {
  const maxChars = Math.floor(BODY_WIDTH_MM / BODY_CHAR_MM) * Math.floor(BODY_MM / LINE_MM / 2);
  const out: string[] = [];
  for (const para of text.split(/\n+/).map((p) => p.trim()).filter(Boolean)) {
    let rest = para;
    while (rest.length > maxChars) {
      const cut = rest.lastIndexOf(' ', maxChars);
      const at = cut > maxChars / 2 ? cut : maxChars;
      out.push(rest.slice(0, at));
      rest = rest.slice(at).trimStart();
    }
    out.push(rest);
  }
  return out;
}

const text = (report: PrintableReport, id: string) => report.texts[id] ?? '';

/** The report's blocks in reading order: heading, one numbered table after another, the narrative, signatures. */
export function reportBlocks(report: PrintableReport): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'heading' }, { kind: 'section', text: text(report, 'figures') }];
  report.tables.forEach((table, i) => {
    blocks.push({ kind: 'tableTitle', text: `${i + 1}. ${table.name}` });
    if (table.rows.length === 0) {
      blocks.push({ kind: 'paragraph', text: table.note ?? text(report, 'empty') });
      return;
    }
    blocks.push({ kind: 'tableHead', table });
    for (const row of table.rows) blocks.push({ kind: 'row', table, cells: row.map(cellText) });
  });
  blocks.push({ kind: 'section', text: text(report, 'assessment') });
  const labels = new Map(report.about.labels.map((l) => [l.key, l.label]));
  (['results', 'difficulties', 'proposals'] as const).forEach((part, i) => {
    const label = labels.get(part);
    if (label === undefined) return;
    blocks.push({ kind: 'paragraph', text: `${i + 1}. ${label}`, bold: true });
    const body = paragraphs(report.narrative[part]);
    for (const p of body.length > 0 ? body : ['.'.repeat(120)]) blocks.push({ kind: 'paragraph', text: p });
  });
  blocks.push({ kind: 'signatures' });
  return blocks;
}

/** Places the blocks on A4 pages; a table continued on a new page gets its header row again. */
export function paginateReport(report: PrintableReport): ReportPage[] {
  const pages: ReportBlock[][] = [[]];
  let used = 0;
  for (const block of reportBlocks(report)) {
    const height = blockHeight(block);
    const page = pages[pages.length - 1] ?? [];
    const last = page[page.length - 1];
    // A title or a table head is not left alone at the bottom of a page.
    const keepWithNext = block.kind === 'tableHead' || (block.kind === 'row' && last?.kind === 'tableHead');
    const reserve = block.kind === 'tableTitle' || block.kind === 'section' ? 20 : 0;
    if (used + height + reserve > BODY_MM && page.length > 0) {
      const carried: ReportBlock[] = [];
      if (keepWithNext || block.kind === 'row') {
        // Move a dangling title/head to the new page; repeat the head of a continued table.
        while (page.length > 0 && ['tableTitle', 'tableHead', 'section'].includes(page[page.length - 1]?.kind ?? '')) {
          const moved = page.pop();
          if (moved) carried.unshift(moved);
        }
        if (block.kind === 'row' && !carried.some((b) => b.kind === 'tableHead')) carried.push({ kind: 'tableHead', table: block.table });
      }
      pages.push(carried);
      used = carried.reduce((n, b) => n + blockHeight(b), 0);
    }
    pages[pages.length - 1]?.push(block);
    used += height;
  }
  return pages.map((blocks, index) => ({ blocks, page: index + 1, pages: pages.length }));
}

/** Report CSS on top of the Decree 30 layout every printed document shares. */
export const REPORT_CSS = `${DECREE_CSS}
.dd-report-span { text-align: center; font-style: italic; margin: 0 0 2mm; font-size: 12pt; }
.dd-report-closing { display: grid; grid-template-columns: 1fr 1fr; align-items: start; }
.dd-report-closing .dd-print-signatures { grid-template-columns: 1fr !important; }
.dd-report-section { font-weight: bold; margin: 4mm 0 1mm; }
.dd-report-table-title { font-weight: bold; font-style: italic; margin: 2mm 0 0; }
.dd-report-table td, .dd-report-table th { font-size: 11pt; line-height: 1.3; word-wrap: break-word; }
.dd-report-table td.dd-report-number { text-align: right; }
.dd-report-para { margin: 0 0 1mm; text-align: justify; text-indent: 8mm; white-space: pre-wrap; }
.dd-report-para-label { margin: 1mm 0; font-weight: bold; }
`;
