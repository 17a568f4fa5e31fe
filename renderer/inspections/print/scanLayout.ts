/**
 * What makes a printed checklist machine-readable, in millimetres from the page's top-left corner: four
 * corner registration marks, a QR code per page, and the answer boxes of every item. The print layout
 * renders from this module and the scan reader (electron/scan) reads with it: one truth for both.
 *
 * Each page's QR code names the inspection (its short code), the template version and the page, and
 * carries the page's row sequence, so the reader lays the page out again from the template version
 * alone, whatever changed in the plan (team, answers) since it was printed.
 *
 * Number items get a bubble grid (hundreds, tens, units, tenths: 0-999,9), not digit boxes: a filled
 * bubble is read by the same fill measure as a yes/no box, while handwritten digits would need OCR that
 * a faint or sloppy "7" defeats. The inspector writes the number on the line above as well.
 */
import type { PrintSheet } from '../../../electron/api/schemas/inspections';
import { MARGIN_MM } from '../../print/decree';

type Item = PrintSheet['sections'][number]['items'][number];

export const PAGE_MM = { width: 210, height: 297 } as const;
/** Solid squares, centred 9 mm in from each corner: inside a scanner's reach, outside the Decree 30 text area. */
export const MARK_MM = 6;
export const MARKS = [
  { corner: 'topLeft', x: 9, y: 9 },
  { corner: 'topRight', x: PAGE_MM.width - 9, y: 9 },
  { corner: 'bottomRight', x: PAGE_MM.width - 9, y: PAGE_MM.height - 9 },
  { corner: 'bottomLeft', x: 9, y: PAGE_MM.height - 9 },
] as const;
/** The footer's QR code (its 2-module quiet zone included): bottom right, above the bottom margin's mark. */
export const QR_MM = { x: PAGE_MM.width - MARGIN_MM.right - 20, y: PAGE_MM.height - (MARGIN_MM.bottom - 8) - 20, size: 20 } as const;

/** The checklist table's columns (mm): number, item, yes, no, n.a., notes; they fill the text width. */
export const COLUMN_MM = [10, 85, 13, 13, 13, 31] as const;
const ANSWER_LEFT = MARGIN_MM.left + COLUMN_MM[0] + COLUMN_MM[1];
export const BOX_MM = 5;
const BOX_TOP = 1.4;
/** Bubble grid of a number item: four rows of ten bubbles under the writing line. */
export const GRID = { rows: [100, 10, 1, 0.1], labels: ['100', '10', '1', ',1'], top: 6.4, pitchY: 3.9, pitchX: 3.4, bubble: 3.1, left: 4.6 } as const;
export const NUMBER_ROW_MM = GRID.top + GRID.rows.length * GRID.pitchY + 0.8;
export const YESNO_VALUES = ['yes', 'no', 'na'] as const;

export interface ScanBox {
  /** The answer this box stands for: 'yes' | 'no' | 'na', or a digit for a number item's bubble. */
  value: string;
  /** Bubble grid row (0 = hundreds); absent for yes/no boxes. */
  row?: number;
  x: number;
  y: number;
  w: number;
  h: number;
  round: boolean;
}

export interface ScanItem {
  key: string;
  /** The number printed in the STT column. */
  number: number;
  kind: 'yesno' | 'number';
  text: string;
  top: number;
  height: number;
  boxes: ScanBox[];
}

/** The answer boxes of an item whose row starts at `top` mm; none for short-text items (written, not read). */
export function answerBoxes(item: Pick<Item, 'kind'>, top: number): ScanBox[] {
  if (item.kind === 'yesno') {
    return YESNO_VALUES.map((value, i) => ({ value, x: ANSWER_LEFT + i * 13 + (13 - BOX_MM) / 2, y: top + BOX_TOP, w: BOX_MM, h: BOX_MM, round: false }));
  }
  if (item.kind !== 'number') return [];
  return GRID.rows.flatMap((_, row) =>
    Array.from({ length: 10 }, (__, digit) => ({
      value: String(digit),
      row,
      x: ANSWER_LEFT + GRID.left + digit * GRID.pitchX,
      y: top + GRID.top + row * GRID.pitchY,
      w: GRID.bubble,
      h: GRID.bubble,
      round: true,
    })),
  );
}

/** The filled grid's value as the app stores a number ("18.5", "120"); null when any row is ambiguous. */
export function gridValue(digits: readonly (number | null)[]): string | null {
  if (digits.every((d) => d === null)) return '';
  const [h = 0, t = 0, u = 0, tenth = 0] = digits.map((d) => d ?? 0);
  const whole = String(h * 100 + t * 10 + u);
  return tenth === 0 ? whole : `${whole}.${tenth}`;
}

/** What a page's QR code says. `rows` is the page's row sequence: S a section row, I an item printed, X an item not printed. */
export interface ScanPageCode {
  code: string;
  version: number;
  page: number;
  pages: number;
  /** Index (over the template's items in order) of the first item the sequence speaks of. */
  first: number;
  /** Top of the table head, in tenths of a millimetre. */
  y0: number;
  rows: string;
}

const PREFIX = 'DD1';

/** Upper case, '/' separated, run-length rows: all in QR's alphanumeric set, so the code stays small. */
export function encodeScanCode(c: ScanPageCode): string {
  const runs = c.rows.replace(/(.)\1*/g, (run, ch: string) => `${run.length}${ch}`);
  return [PREFIX, c.code.toUpperCase(), c.version, c.page, c.pages, c.first, c.y0, runs].join('/');
}

export function decodeScanCode(text: string): ScanPageCode | null {
  const parts = text.trim().split('/');
  if (parts.length !== 8 || parts[0] !== PREFIX) return null;
  const [, code = '', version, page, pages, first, y0, runs = ''] = parts;
  const nums = [version, page, pages, first, y0].map((n) => (n !== undefined && /^\d{1,6}$/.test(n) ? Number(n) : NaN));
  if (nums.some((n) => !Number.isFinite(n)) || !/^[A-Z0-9-]{1,20}$/.test(code) || !/^(\d{1,3}[SIX])*$/.test(runs)) return null;
  const rows = runs.replace(/(\d+)([SIX])/g, (_, n: string, ch: string) => ch.repeat(Number(n)));
  const [v = 0, p = 0, ps = 0, f = 0, y = 0] = nums;
  return { code, version: v, page: p, pages: ps, first: f, y0: y, rows };
}

/** Height (mm) of the table head, of a section row and of an item row on a checklist: layout.ts paginates with these. */
export const TABLE_HEAD_MM = 11;
/** A 13 pt line at line-height 1.3 (5.96 mm), rounded up: checklist rows are never shorter than their text. */
export const SCAN_LINE_MM = 6;
export const sectionRowMm = (title: string, lineMm: number) => Math.ceil(Math.max(1, title.length) / 70) * lineMm + 2;

export interface PageRow {
  kind: 'section' | 'item';
  top: number;
  height: number;
  item?: Item;
  title?: string;
}

/**
 * The rows a page's code describes, laid out from the template's sections: the same heights the printed
 * page was given. `itemHeight` is layout.ts's checklist row height (passed in, so this module stays leaf).
 */
export function pageRows(sections: PrintSheet['sections'], code: ScanPageCode, itemHeight: (item: Item) => number, lineMm: number): PageRow[] | null {
  const items = sections.flatMap((s) => s.items.map((item) => ({ item, section: s.title })));
  let index = code.first;
  let top = code.y0 / 10 + TABLE_HEAD_MM;
  const rows: PageRow[] = [];
  let pendingSection: string | null = null;
  for (const ch of code.rows) {
    if (ch === 'S') {
      const next = items[index];
      if (!next) return null;
      pendingSection = next.section;
      const height = sectionRowMm(next.section, lineMm);
      rows.push({ kind: 'section', top, height, title: next.section });
      top += height;
      continue;
    }
    const entry = items[index];
    if (!entry) return null;
    index += 1;
    if (ch === 'X') continue;
    const height = itemHeight(entry.item);
    rows.push({ kind: 'item', top, height, item: entry.item });
    top += height;
  }
  void pendingSection;
  return rows;
}

/** The machine-readable items of a page, with their boxes; `numberOf` gives the printed STT of an item key. */
export function scanItems(rows: readonly PageRow[], numberOf: (key: string) => number): ScanItem[] {
  return rows.flatMap((row) => {
    const item = row.item;
    if (row.kind !== 'item' || !item || (item.kind !== 'yesno' && item.kind !== 'number')) return [];
    return [{ key: item.key, number: numberOf(item.key), kind: item.kind, text: item.text, top: row.top, height: row.height, boxes: answerBoxes(item, row.top) }];
  });
}
