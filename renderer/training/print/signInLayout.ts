/**
 * Pages of a printed sign-in sheet (danh sách ký nhận), laid out before rendering so every page can
 * say "Trang x / y". Row heights are estimated in mm from text length (Tinos 13 pt) with room to sign;
 * each page keeps a reserve so an estimate a little short never overflows.
 */
import type { SignInSheet } from '../../../electron/api/schemas/training';
import { DECREE_CSS, FOOTER_MM, LINE_MM, MARGIN_MM, PAGE_HEIGHT_MM } from '../../print/decree';

export type SignInRow = { number: number; fullName: string; position: string; agency: string };

export type SignInBlock = { kind: 'heading' } | { kind: 'details' } | { kind: 'tableHead' } | { kind: 'row'; row: SignInRow } | { kind: 'closing' };

export interface SignInPage {
  blocks: SignInBlock[];
  page: number;
  pages: number;
}

/** Empty numbered rows after the roster, for people who join on the day. */
export const SPARE_ROWS = 3;

const RESERVE_MM = 8;
/** Rows that go over to the next page with the signatures. */
const CARRIED_ROWS = 2;
const BODY_MM = PAGE_HEIGHT_MM - MARGIN_MM.top - MARGIN_MM.bottom - FOOTER_MM - RESERVE_MM;
/** Column widths (165 mm between the margins) and the characters of 13 pt text each holds per line. */
export const SIGN_IN_COLUMNS_MM = [11, 46, 34, 44, 30] as const;
const CHARS = { fullName: 20, position: 14, agency: 19 } as const;
/** A row is never lower than this: a signature needs the room. */
const ROW_MIN_MM = 11;

const lines = (text: string, perLine: number) => Math.max(1, Math.ceil(text.length / perLine));

export function rowHeightMm(row: SignInRow): number {
  const tallest = Math.max(lines(row.fullName, CHARS.fullName), lines(row.position, CHARS.position), lines(row.agency, CHARS.agency));
  return Math.max(ROW_MIN_MM, tallest * LINE_MM + 1.6);
}

const HEIGHTS: Record<Exclude<SignInBlock['kind'], 'row'>, number> = { heading: 36, details: 4 * LINE_MM + 4, tableHead: 9, closing: 58 };

const heightOf = (block: SignInBlock) => (block.kind === 'row' ? rowHeightMm(block.row) : HEIGHTS[block.kind]);

/** Splits the sheet into A4 pages; the table head is repeated on each page that continues the table. */
export function paginateSignIn(sheet: SignInSheet): SignInPage[] {
  const pages: SignInBlock[][] = [[]];
  let used = 0;
  const place = (block: SignInBlock) => {
    if (used + heightOf(block) > BODY_MM && (pages[pages.length - 1]?.length ?? 0) > 0) {
      const next: SignInBlock[] = block.kind === 'row' ? [{ kind: 'tableHead' }] : [];
      pages.push(next);
      used = next.length > 0 ? HEIGHTS.tableHead : 0;
    }
    pages[pages.length - 1]?.push(block);
    used += heightOf(block);
  };
  place({ kind: 'heading' });
  place({ kind: 'details' });
  place({ kind: 'tableHead' });
  const rows: SignInRow[] = [
    ...sheet.participants.map((p, i) => ({ number: i + 1, ...p })),
    ...Array.from({ length: SPARE_ROWS }, (_, i) => ({ number: sheet.participants.length + i + 1, fullName: '', position: '', agency: '' })),
  ];
  for (const row of rows) place({ kind: 'row', row });
  // The signatures never stand alone on a page: the last rows go over with them.
  const last = pages[pages.length - 1] ?? [];
  if (used + HEIGHTS.closing > BODY_MM && last.filter((b) => b.kind === 'row').length > CARRIED_ROWS) {
    const carried = last.splice(last.length - CARRIED_ROWS, CARRIED_ROWS);
    pages.push([{ kind: 'tableHead' }, ...carried]);
    used = HEIGHTS.tableHead + carried.reduce((sum, b) => sum + heightOf(b), 0);
  }
  place({ kind: 'closing' });
  return pages.map((blocks, index) => ({ blocks, page: index + 1, pages: pages.length }));
}

/** Sign-in sheet CSS on top of the Decree 30 layout every printed document shares. */
export const SIGN_IN_CSS = `${DECREE_CSS}
.dd-signin-details p { margin: 0; }
.dd-signin-table td { height: ${ROW_MIN_MM - 1.6}mm; }
.dd-signin-count { margin: 3mm 0 0; }
`;
