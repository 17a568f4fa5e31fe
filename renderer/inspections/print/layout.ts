/**
 * Pages of a printed checklist, laid out before rendering: the short code, QR code and "x / y" go on
 * every page, so the number of pages must be known while rendering. Heights are estimated in mm from
 * text length (Tinos 13 pt); each page keeps a reserve so an estimate a little short never overflows.
 */
import type { PrintSheet } from '../../../electron/api/schemas/inspections';

type Item = PrintSheet['sections'][number]['items'][number];

export type Block =
  | { kind: 'heading' }
  | { kind: 'details' }
  | { kind: 'tableHead' }
  | { kind: 'section'; title: string }
  | { kind: 'item'; item: Item; number: number }
  | { kind: 'closing' };

export interface SheetPage {
  sheet: PrintSheet;
  blocks: Block[];
  page: number;
  pages: number;
}

/** Decree 30/2020: top 20-25 mm, bottom 20-25 mm, left 30-35 mm, right 15-20 mm. */
export const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
const PAGE_HEIGHT_MM = 297;
const FOOTER_MM = 24;
const RESERVE_MM = 8;
const BODY_MM = PAGE_HEIGHT_MM - MARGIN_MM.top - MARGIN_MM.bottom - FOOTER_MM - RESERVE_MM;

const LINE_MM = 5.4;
const SMALL_LINE_MM = 4.0;
/** Characters per line of the item column (85 mm at 13 pt) and of the small legal-basis line. */
const ITEM_CHARS = 40;
const BASIS_CHARS = 52;

const lines = (text: string, perLine: number) => Math.max(1, Math.ceil(text.length / perLine));

export function itemHeightMm(item: Item): number {
  const basis = item.legalBasis ? lines(item.legalBasis, BASIS_CHARS) * SMALL_LINE_MM : 0;
  return Math.max(9, lines(item.text, ITEM_CHARS) * LINE_MM + basis + 1.6);
}

function blockHeight(block: Block, sheet: PrintSheet): number {
  switch (block.kind) {
    case 'heading':
      return 36;
    case 'details':
      return (7 + sheet.plan.team.length) * LINE_MM + 4;
    case 'tableHead':
      return 11;
    case 'section':
      return lines(block.title, 70) * LINE_MM + 2;
    case 'item':
      return itemHeightMm(block.item);
    case 'closing':
      return 70;
  }
}

/** Splits one business's sheet into A4 pages; the table head is repeated on each page with items. */
export function paginateSheet(sheet: PrintSheet): SheetPage[] {
  const pages: Block[][] = [[]];
  let used = 0;
  const place = (block: Block) => {
    const height = blockHeight(block, sheet);
    const page = pages[pages.length - 1] ?? [];
    if (used + height > BODY_MM && page.length > 0) {
      pages.push(block.kind === 'item' ? [{ kind: 'tableHead' }] : []);
      used = block.kind === 'item' ? blockHeight({ kind: 'tableHead' }, sheet) : 0;
    }
    pages[pages.length - 1]?.push(block);
    used += height;
  };
  place({ kind: 'heading' });
  place({ kind: 'details' });
  place({ kind: 'tableHead' });
  let number = 0;
  for (const section of sheet.sections) {
    place({ kind: 'section', title: section.title });
    for (const item of section.items) place({ kind: 'item', item, number: (number += 1) });
  }
  place({ kind: 'closing' });
  return pages.map((blocks, index) => ({ sheet, blocks, page: index + 1, pages: pages.length }));
}

export function paginate(sheets: readonly PrintSheet[]): SheetPage[] {
  return sheets.flatMap(paginateSheet);
}

/** dd/mm/yyyy of an ISO date; blank dots for a date to be written by hand. */
export function paperDate(iso: string | null): string {
  if (!iso) return '..../..../........';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** Print CSS shared by the app's preview and the PDF made in headless Chromium. */
export const PRINT_CSS = `
@page { size: A4; margin: 0; }
.dd-print-doc { font-family: 'Tinos', 'Times New Roman', serif; font-size: 13pt; line-height: 1.3; color: #000; }
.dd-print-page { box-sizing: border-box; width: 210mm; height: 297mm; overflow: hidden; position: relative; background: #fff;
  padding: ${MARGIN_MM.top}mm ${MARGIN_MM.right}mm ${MARGIN_MM.bottom}mm ${MARGIN_MM.left}mm; break-after: page; }
.dd-print-page:last-child { break-after: auto; }
.dd-print-heading { display: grid; grid-template-columns: 42% 58%; text-align: center; }
.dd-print-heading p { margin: 0; }
.dd-print-agency { font-size: 12pt; }
.dd-print-nation { font-weight: bold; font-size: 12pt; }
.dd-print-motto { font-weight: bold; font-size: 13pt; text-decoration: underline; text-underline-offset: 3px; }
.dd-print-title { text-align: center; font-weight: bold; font-size: 14pt; margin: 8mm 0 0; }
.dd-print-subtitle { text-align: center; font-weight: bold; margin: 0 0 4mm; }
.dd-print-details p { margin: 0; }
.dd-print-details ol { margin: 0; padding-left: 8mm; }
.dd-print-table { width: 100%; border-collapse: collapse; table-layout: fixed; margin-top: 3mm; }
.dd-print-table th, .dd-print-table td { border: 0.3mm solid #000; padding: 0.8mm 1.2mm; vertical-align: top; }
.dd-print-table th { font-size: 11pt; }
.dd-print-section td { font-weight: bold; }
.dd-print-basis { display: block; font-size: 10pt; font-style: italic; }
.dd-print-box { display: inline-block; width: 4.5mm; height: 4.5mm; border: 0.3mm solid #000; text-align: center; line-height: 4.5mm; font-size: 10pt; }
.dd-print-center { text-align: center; }
.dd-print-answer-line { display: inline-block; min-width: 18mm; border-bottom: 0.2mm dotted #000; }
.dd-print-notes { margin-top: 4mm; }
.dd-print-notes p { margin: 0; }
.dd-print-dots { border-bottom: 0.2mm dotted #000; height: ${LINE_MM + 1}mm; }
.dd-print-signatures { display: grid; grid-template-columns: 1fr 1fr; text-align: center; margin-top: 6mm; }
.dd-print-signatures p { margin: 0; }
.dd-print-footer { position: absolute; left: ${MARGIN_MM.left}mm; right: ${MARGIN_MM.right}mm; bottom: ${MARGIN_MM.bottom - 8}mm;
  height: ${FOOTER_MM}mm; display: flex; align-items: flex-end; justify-content: space-between; font-size: 11pt; border-top: 0.2mm solid #000; padding-top: 1mm; }
.dd-print-qr { width: 20mm; height: 20mm; }
`;
