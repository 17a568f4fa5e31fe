/**
 * Pages of a printed checklist, laid out before rendering: the short code, QR code and "x / y" go on
 * every page, so the number of pages must be known while rendering. Heights are estimated in mm from
 * text length (Tinos 13 pt); each page keeps a reserve so an estimate a little short never overflows.
 */
import type { PrintSheet } from '../../../electron/api/schemas/inspections';
import { DECREE_CSS, FOOTER_MM, LINE_MM, MARGIN_MM, PAGE_HEIGHT_MM } from '../../print/decree';

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

const RESERVE_MM = 8;
const BODY_MM = PAGE_HEIGHT_MM - MARGIN_MM.top - MARGIN_MM.bottom - FOOTER_MM - RESERVE_MM;

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

/** Checklist and minutes CSS on top of the Decree 30 layout every printed document shares. */
export const PRINT_CSS = `${DECREE_CSS}
.dd-print-details p { margin: 0; }
.dd-print-details ol { margin: 0; padding-left: 8mm; }
.dd-print-section td { font-weight: bold; }
.dd-print-basis { display: block; font-size: 10pt; font-style: italic; }
.dd-print-box { display: inline-block; width: 4.5mm; height: 4.5mm; border: 0.3mm solid #000; text-align: center; line-height: 4.5mm; font-size: 10pt; }
.dd-print-answer-line { display: inline-block; min-width: 18mm; border-bottom: 0.2mm dotted #000; }
.dd-print-notes { margin-top: 4mm; }
.dd-print-notes p { margin: 0; }
`;
