/**
 * Pages of a printed checklist, laid out before rendering: the short code, QR code and "x / y" go on
 * every page, so the number of pages must be known while rendering. Heights are estimated in mm from
 * text length (Tinos 13 pt); each page keeps a reserve so an estimate a little short never overflows.
 */
import type { PrintSheet } from '../../../electron/api/schemas/inspections';
import { DECREE_CSS, FOOTER_MM, LINE_MM, MARGIN_MM, PAGE_HEIGHT_MM, paperDate } from '../../print/decree';
import { docText } from './documentText';
import { NUMBER_ROW_MM, SCAN_LINE_MM, sectionRowMm, TABLE_HEAD_MM, type ScanPageCode } from './scanLayout';

type Item = PrintSheet['sections'][number]['items'][number];
export type SheetViolation = PrintSheet['violations'][number];
export interface Signer {
  role: string;
  name: string;
}

export type Block =
  | { kind: 'heading' }
  | { kind: 'details' }
  | { kind: 'tableHead' }
  | { kind: 'section'; title: string }
  | { kind: 'item'; item: Item; number: number }
  | { kind: 'closing' }
  | { kind: 'para'; text: string; style?: 'part' | 'note' }
  | { kind: 'dots'; count: number }
  | { kind: 'violationHead' }
  | { kind: 'violation'; violation: SheetViolation; basis: string; number: number }
  | { kind: 'signers'; signers: Signer[] };

export interface SheetPage {
  sheet: PrintSheet;
  blocks: Block[];
  page: number;
  pages: number;
}

const RESERVE_MM = 8;
const BODY_MM = PAGE_HEIGHT_MM - MARGIN_MM.top - MARGIN_MM.bottom - FOOTER_MM - RESERVE_MM;

const SMALL_LINE_MM = 4.0;
/** Characters per line of the item column (85 mm at 13 pt), of the small legal-basis line, of a full-width paragraph. */
const ITEM_CHARS = 40;
const BASIS_CHARS = 52;
const PARA_CHARS = 72;
/** Characters per line of the notes column of the checklist table (31 mm). */
const NOTE_CHARS = 14;
/** Characters per line of the handling column of the violations table (70 mm). */
const HANDLING_CHARS = 32;
/** Signature blocks side by side on the minutes. */
export const SIGNERS_PER_ROW = 3;

const lines = (text: string, perLine: number) => Math.max(1, Math.ceil(text.length / perLine));

/** An item row is as tall as its text with the legal basis, or its note on the minutes if that is taller. */
export function itemHeightMm(item: Item, note = ''): number {
  const basis = item.legalBasis ? lines(item.legalBasis, BASIS_CHARS) * SMALL_LINE_MM : 0;
  const noted = note ? lines(note, NOTE_CHARS) * LINE_MM : 0;
  return Math.max(9, lines(item.text, ITEM_CHARS) * LINE_MM + basis + 1.6, noted + 1.6);
}

/** A number as Vietnamese paper writes it: "18,5" (decimal comma), "1.200" for thousands. */
export function paperNumber(value: string | number): string {
  const text = String(value).trim();
  if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}

/**
 * What the team found, as the minutes state it: the measured value against the limit ("Diện tích phòng hát
 * nhỏ nhất 18,5 m², dưới 20 m²"), a requirement not met, or the finding itself; not only the requirement.
 */
export function violationFinding(item: Item | undefined, value: string | undefined, description: string): string {
  if (!item) return description;
  const rule = item.violation;
  if (item.kind === 'number' && value !== undefined && rule && rule.kind !== 'answer') {
    const unit = item.unit ? ` ${item.unit}` : '';
    return docText(rule.kind === 'below' ? 'findingBelow' : 'findingAbove', { text: item.text, value: paperNumber(value), limit: paperNumber(rule.limit), unit });
  }
  if (rule?.kind === 'answer' && rule.answer === 'no') return docText('findingNotMet', { text: item.text });
  return description;
}

/**
 * What was done about a violation, in the minutes' words: the violation record made, the file passed on,
 * a reminder (or a blank to fill by hand), then the deadline. Never a sanction: that is decided later.
 */
export function handlingLines(v: SheetViolation): string[] {
  const done: string[] = [];
  if (v.recordNo !== '') done.push(docText('handlingRecord', { no: v.recordNo, date: paperDate(v.recordOn) }));
  if (v.transfer) done.push(docText(v.transfer === 'police' ? 'handlingTransferPolice' : 'handlingTransferCompetent', { to: v.transferredTo }));
  if (done.length === 0 && v.remindedOn !== null) done.push(docText('handlingReminder'));
  if (done.length === 0) done.push(docText('handlingPending'));
  return v.deadline ? [...done, docText('deadline', { date: paperDate(v.deadline) })] : done;
}

function violationHeightMm(block: Extract<Block, { kind: 'violation' }>): number {
  const described = lines(block.violation.description, ITEM_CHARS) * LINE_MM + (block.basis ? lines(block.basis, BASIS_CHARS) * SMALL_LINE_MM : 0);
  const handled = handlingLines(block.violation).reduce((mm, line) => mm + lines(line, HANDLING_CHARS) * LINE_MM, 0);
  return Math.max(9, described, handled) + 1.6;
}

/** A checklist row (the scannable paper): a number item is tall enough for its bubble grid. Notes are the minutes'. */
export function checklistItemHeightMm(item: Item): number {
  // Wider margins than the minutes' estimate: a checklist row never grows past its height (its boxes are
  // where the reader looks), so a line more than the text needs is room kept, not a shifted page.
  const basis = item.legalBasis ? lines(item.legalBasis, 44) * 4.6 : 0;
  const text = Math.max(9, lines(item.text, 34) * SCAN_LINE_MM + basis + 2.4);
  return item.kind === 'number' ? Math.max(NUMBER_ROW_MM, text) : text;
}

/** A block's height in mm: on a checklist every block is rendered exactly this tall, so the answer boxes are where scanLayout says. */
export function blockHeight(block: Block, sheet: PrintSheet): number {
  switch (block.kind) {
    case 'heading':
      return 36;
    case 'details':
      return (7 + sheet.plan.team.length) * (sheet.kind === 'checklist' ? SCAN_LINE_MM : LINE_MM) + 4;
    case 'tableHead':
    case 'violationHead':
      return TABLE_HEAD_MM;
    case 'section':
      return sectionRowMm(block.title, sheet.kind === 'checklist' ? SCAN_LINE_MM : LINE_MM);
    case 'item':
      return sheet.kind === 'checklist' ? checklistItemHeightMm(block.item) : itemHeightMm(block.item, sheet.notes[block.item.key]);
    case 'closing':
      return 70;
    case 'para':
      return lines(block.text, PARA_CHARS) * LINE_MM + (block.style === 'part' ? 2 : 0.5);
    case 'dots':
      return block.count * (LINE_MM + 1);
    case 'violation':
      return violationHeightMm(block);
    case 'signers':
      return 40;
  }
}

/** An item kept for reference only ("đã bãi bỏ, tham khảo"): its text or basis says the rule was repealed. */
export function isRepealed(item: Item): boolean {
  return /bãi bỏ/i.test(`${item.text} ${item.legalBasis}`);
}

/** The items printed: a repealed item only when chosen (answered, on the minutes). */
function itemBlocks(sheet: PrintSheet): Block[] {
  const blocks: Block[] = [{ kind: 'tableHead' }];
  let number = 0;
  for (const section of sheet.sections) {
    const items = section.items.filter((item) => !isRepealed(item) || sheet.answers[item.key] !== undefined);
    if (items.length === 0) continue;
    blocks.push({ kind: 'section', title: section.title });
    for (const item of items) blocks.push({ kind: 'item', item, number: (number += 1) });
  }
  return blocks;
}

/** Blocks that introduce what follows: never left alone at the foot of a page. */
const leadsOn = (b: Block | undefined) => b !== undefined && (b.kind === 'section' || b.kind === 'tableHead' || b.kind === 'violationHead' || (b.kind === 'para' && b.style !== undefined));

function checklistBlocks(sheet: PrintSheet): Block[] {
  return [{ kind: 'heading' }, { kind: 'details' }, ...itemBlocks(sheet), { kind: 'closing' }];
}

/**
 * The minutes: time and place, the team and the business's representative, the answers, the
 * violations with their handling, the conclusion, and a signature for the representative and each member.
 */
function minutesBlocks(sheet: PrintSheet): Block[] {
  const b = sheet.business;
  const part = (text: string): Block => ({ kind: 'para', text, style: 'part' });
  const para = (text: string): Block => ({ kind: 'para', text });
  const basisOf = new Map(sheet.sections.flatMap((s) => s.items.map((i) => [i.key, i.legalBasis] as const)));
  const place = [b.name, b.address, b.communeName].filter(Boolean).join(', ');
  const team = sheet.plan.team;
  const serious = sheet.violations.filter((v) => v.severity === 'serious').length;
  const signers: Signer[] = [
    { role: docText('signBusiness'), name: b.ownerName },
    ...team.map((m, i) => ({ role: docText(i === 0 ? 'signLeader' : 'signMember'), name: m.name })),
  ];
  return [
    { kind: 'heading' },
    para(docText('minutesOpening', { date: paperDate(sheet.inspectedOn), place })),
    para(docText('minutesBasis', { no: sheet.plan.decisionNo, date: paperDate(sheet.plan.decisionDate) })),
    part(docText('minutesTeam')),
    ...team.map((m, i) => para(docText('minutesMember', { n: i + 1, name: m.name, agency: m.agency, role: i === 0 ? docText('minutesLeaderRole') : '' }))),
    part(docText('minutesBusiness')),
    para(docText('minutesRepresentative', { owner: b.ownerName || '....................', name: b.name })),
    para(docText('minutesRegistration', { address: place, registration: b.registrationNo || '..........', cert: b.securityCertNo || '..........' })),
    part(docText('minutesResults')),
    para(docText('minutesResultsIntro', { title: sheet.title })),
    ...itemBlocks(sheet),
    part(docText('minutesViolations')),
    ...(sheet.violations.length === 0
      ? [para(docText('minutesNoViolations'))]
      : [
          { kind: 'violationHead' } as Block,
          ...sheet.violations.map((violation, i): Block => ({ kind: 'violation', violation, basis: basisOf.get(violation.itemKey) ?? '', number: i + 1 })),
        ]),
    part(docText('minutesConclusion')),
    para(
      sheet.violations.length === 0
        ? docText('conclusionClean', { name: b.name })
        : docText('conclusionViolations', { name: b.name, count: sheet.violations.length, serious: serious > 0 ? docText('conclusionSerious', { serious }) : '' }),
    ),
    para(docText('minutesOpinion')),
    { kind: 'dots', count: 3 },
    { kind: 'para', text: docText('minutesClosing'), style: 'note' },
    ...Array.from({ length: Math.ceil(signers.length / SIGNERS_PER_ROW) }, (_, row): Block => ({
      kind: 'signers',
      signers: signers.slice(row * SIGNERS_PER_ROW, (row + 1) * SIGNERS_PER_ROW),
    })),
  ];
}

/** Splits one business's sheet into A4 pages; a table's head is repeated on each page its rows continue on. */
export function paginateSheet(sheet: PrintSheet): SheetPage[] {
  const pages: Block[][] = [[]];
  let used = 0;
  for (const block of sheet.kind === 'minutes' ? minutesBlocks(sheet) : checklistBlocks(sheet)) {
    const height = blockHeight(block, sheet);
    const page = pages[pages.length - 1] ?? [];
    if (used + height > BODY_MM && page.length > 0) {
      // Headings (and the closing sentence) go over with what they introduce; the signatures and the
      // closing take the last rows with them, so no page holds only signatures.
      let keep = 0;
      while (keep < page.length - 1 && leadsOn(page[page.length - 1 - keep])) keep += 1;
      const row = (b: Block | undefined) => b?.kind === 'item' || b?.kind === 'violation';
      if ((block.kind === 'signers' || block.kind === 'closing') && keep === 0 && row(page.at(-1))) keep = Math.min(2, page.length - 1);
      const carried = page.splice(page.length - keep, keep).filter((b) => b.kind !== 'tableHead' && b.kind !== 'violationHead');
      const continues = carried[0] ?? block;
      const head: Block | null = continues.kind === 'item' || continues.kind === 'section' ? { kind: 'tableHead' } : continues.kind === 'violation' ? { kind: 'violationHead' } : null;
      const next = [...(head ? [head] : []), ...carried];
      pages.push(next);
      used = next.reduce((mm, b) => mm + blockHeight(b, sheet), 0);
    }
    pages[pages.length - 1]?.push(block);
    used += height;
  }
  return pages.map((blocks, index) => ({ sheet, blocks, page: index + 1, pages: pages.length }));
}

/**
 * What a checklist page's QR code says (scanLayout.ts): the table's top and its rows, as template item
 * indices, so a scan is laid out again from the template version alone.
 */
export function scanCodeOf(page: SheetPage): ScanPageCode {
  const { sheet } = page;
  const indexOf = new Map(sheet.sections.flatMap((s) => s.items).map((item, i) => [item.key, i] as const));
  const sectionStart = new Map<string, number>();
  let n = 0;
  for (const s of sheet.sections) {
    if (!sectionStart.has(s.title)) sectionStart.set(s.title, n);
    n += s.items.length;
  }
  let y = MARGIN_MM.top;
  let y0: number | null = null;
  let first: number | null = null;
  let cursor = 0;
  let rows = '';
  const advance = (to: number) => {
    if (first === null) {
      first = to;
      cursor = to;
    }
    rows += 'X'.repeat(Math.max(0, to - cursor));
    cursor = Math.max(cursor, to);
  };
  for (const block of page.blocks) {
    if (block.kind === 'tableHead' && y0 === null) y0 = y;
    if (block.kind === 'section') {
      advance(sectionStart.get(block.title) ?? cursor);
      rows += 'S';
    }
    if (block.kind === 'item') {
      advance(indexOf.get(block.item.key) ?? cursor);
      rows += 'I';
      cursor += 1;
    }
    y += blockHeight(block, sheet);
  }
  return { code: sheet.code, version: sheet.templateVersion, page: page.page, pages: page.pages, first: first ?? 0, y0: Math.round((y0 ?? MARGIN_MM.top) * 10), rows };
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
.dd-print-line { display: block; }
.dd-print-para { margin: 0; text-align: justify; }
.dd-print-part { margin: 2mm 0 0; font-weight: bold; }
.dd-print-note { margin: 1mm 0 0; font-style: italic; }
.dd-print-signers { display: grid; grid-template-columns: repeat(3, 1fr); text-align: center; margin-top: 4mm; height: 34mm; }
.dd-print-signers p { margin: 0; }
.dd-print-signers > div { display: flex; flex-direction: column; padding: 0 1mm; }
.dd-print-signers .dd-print-signer-name { margin-top: auto; font-weight: bold; }
.dd-scan-block { position: relative; display: flow-root; box-sizing: border-box; overflow: hidden; }
.dd-scan-block > .dd-print-table { margin-top: 0; height: 100%; border-collapse: separate; border-spacing: 0; }
.dd-scan-table td, .dd-scan-table th { border: none; border-right: 0.3mm solid #000; border-bottom: 0.3mm solid #000; }
.dd-scan-table td:first-child, .dd-scan-table th:first-child { border-left: 0.3mm solid #000; }
.dd-scan-head th { border-top: 0.3mm solid #000; }
.dd-scan-box, .dd-scan-bubble, .dd-scan-grid-label, .dd-scan-corner { position: absolute; box-sizing: border-box; }
.dd-scan-box { border: 0.3mm solid #000; text-align: center; font-size: 10pt; line-height: 4.4mm; }
.dd-scan-bubble { border: 0.2mm solid #000; border-radius: 50%; text-align: center; font-size: 5pt; line-height: 2.7mm; color: #666; }
.dd-scan-grid-label { font-size: 6pt; line-height: 3.1mm; }
.dd-scan-corner { background: #000; }
`;
