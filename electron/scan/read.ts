/**
 * Reads one page image: the corner marks, the QR code (tried in all four orientations, so an upside-down
 * page reads), the homography from page millimetres to pixels, then the fill of every answer box.
 *
 * Each box is classified empty / marked / faint from its ink over the page's own empty-box baseline; an
 * item is read only when that is unambiguous. Two marks, a correction (a box filled solid to cancel it
 * beside a new mark) or a faint mark leave the item uncertain, with a suggestion at most: the clerk decides.
 */
import jsQR from 'jsqr';
import { decodeScanCode, GRID, gridValue, MARKS, QR_MM, type ScanItem, type ScanPageCode } from '../../renderer/inspections/print/scanLayout';
import { darknessMap, findMarks, homography, project, sample, warpRegion, type Channel, type Homography } from './image';

export type UncertainReason = 'twoMarks' | 'corrected' | 'faint';

export interface ItemReading {
  key: string;
  number: number;
  kind: 'yesno' | 'number';
  text: string;
  /** read: one clear answer; blank: nothing marked; uncertain: the clerk decides. */
  status: 'read' | 'blank' | 'uncertain';
  value: string;
  /** For an uncertain item, the answer the marks most likely mean, or '' when there is none. */
  suggestion: string;
  reason: UncertainReason | null;
  /** The row's region on the page (mm), for the clerk's crop. */
  region: { x: number; y: number; w: number; h: number };
}

export type PageFailure = 'noMarks' | 'noCode' | 'unknownInspection' | 'versionMismatch' | 'layout';

export interface PageReading {
  /** 1-based position in the scanned file. */
  index: number;
  code: ScanPageCode | null;
  failure: PageFailure | null;
  /** Quarter turns the page was found in (2: upside down). */
  rotation: number;
  items: ItemReading[];
  /** Mapping from page mm to this image's pixels (for crops), absent when unread. */
  homography: number[] | null;
}

/** The layout of a page the QR code names, or why there is none. */
export type LayoutLookup = (code: ScanPageCode) => { items: ScanItem[] } | { failure: PageFailure };

const QR_REGION = { x: QR_MM.x - 3, y: QR_MM.y - 3, w: QR_MM.size + 6, h: QR_MM.size + 6 };

/** The QR code is read from the paper-normalised darkness, turned back to ink on white, so shadows do not break it. */
function decodeQr(dark: Channel, h: Homography): ScanPageCode | null {
  for (const pxPerMm of [8, 11]) {
    const crop = warpRegion(dark, h, QR_REGION, pxPerMm);
    const rgba = new Uint8ClampedArray(crop.width * crop.height * 4);
    for (let i = 0; i < crop.data.length; i += 1) {
      const v = 255 - (crop.data[i] ?? 0);
      rgba[i * 4] = v;
      rgba[i * 4 + 1] = v;
      rgba[i * 4 + 2] = v;
      rgba[i * 4 + 3] = 255;
    }
    const found = jsQR(rgba, crop.width, crop.height, { inversionAttempts: 'dontInvert' });
    const code = found ? decodeScanCode(found.data) : null;
    if (code) return code;
  }
  return null;
}

/** Locates the page: marks, then the orientation whose QR code reads. */
export function locatePage(dark: Channel): { code: ScanPageCode | null; h: Homography | null; rotation: number; failure: PageFailure | null } {
  const marks = findMarks(dark);
  if (!marks) return { code: null, h: null, rotation: 0, failure: 'noMarks' };
  for (let rotation = 0; rotation < 4; rotation += 1) {
    const to = MARKS.map((_, i) => marks[(i + rotation) % 4] ?? { x: 0, y: 0 });
    const h = homography(MARKS, to);
    const code = decodeQr(dark, h);
    if (code) return { code, h, rotation, failure: null };
  }
  return { code: null, h: null, rotation: 0, failure: 'noCode' };
}

export interface BoxInk {
  /** Mean darkness of the box's inside, 0-1. */
  mean: number;
  /** Share of the inside darker than a light pencil line. */
  ink: number;
}

/** Ink inside a box, its printed border left out (the inset covers a registration error of about 0.8 mm). */
export function boxInk(dark: Channel, h: Homography, box: { x: number; y: number; w: number; h: number; round: boolean }): BoxInk {
  const inset = box.round ? 0.55 : 1.0;
  const n = box.round ? 7 : 9;
  let sum = 0;
  let inked = 0;
  let count = 0;
  for (let j = 0; j < n; j += 1) {
    for (let i = 0; i < n; i += 1) {
      const u = (i + 0.5) / n;
      const v = (j + 0.5) / n;
      if (box.round && (u - 0.5) ** 2 + (v - 0.5) ** 2 > 0.25) continue;
      const p = project(h, box.x + inset + u * (box.w - 2 * inset), box.y + inset + v * (box.h - 2 * inset));
      const d = sample(dark, p.x, p.y) / 255;
      sum += d;
      if (d > 0.22) inked += 1;
      count += 1;
    }
  }
  return { mean: sum / count, ink: inked / count };
}

type BoxState = 'empty' | 'marked' | 'solid' | 'faint';

/** Thresholds over the page's empty-box baseline (tuned on the benchmark corpus: bench/scan.ts). */
export const FILL = { emptyMean: 0.035, emptyInk: 0.05, markMean: 0.09, markInk: 0.16, solidMean: 0.62 } as const;
/** A bubble is filled, not ticked, and has its digit printed inside: its own thresholds. */
export const BUBBLE = { emptyMean: 0.06, markMean: 0.3 } as const;

function state(ink: BoxInk, base: BoxInk): BoxState {
  const mean = ink.mean - base.mean;
  const share = ink.ink - base.ink;
  if (mean >= FILL.solidMean) return 'solid';
  if (mean >= FILL.markMean && share >= FILL.markInk) return 'marked';
  if (mean < FILL.emptyMean && share < FILL.emptyInk) return 'empty';
  return 'faint';
}

function bubbleState(ink: BoxInk, base: BoxInk): BoxState {
  const mean = ink.mean - base.mean;
  if (mean >= BUBBLE.markMean) return 'marked';
  return mean < BUBBLE.emptyMean ? 'empty' : 'faint';
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** One group of boxes where one answer belongs (a yes/no row, one row of a number grid). */
function choose(values: readonly string[], states: readonly BoxState[]): { status: ItemReading['status']; value: string; suggestion: string; reason: UncertainReason | null } {
  const marked = values.filter((_, i) => states[i] === 'marked');
  const solid = values.filter((_, i) => states[i] === 'solid');
  const faint = values.filter((_, i) => states[i] === 'faint');
  if (marked.length + solid.length + faint.length === 0) return { status: 'blank', value: '', suggestion: '', reason: null };
  if (faint.length > 0) return { status: 'uncertain', value: '', suggestion: marked.length + solid.length === 1 ? (marked[0] ?? solid[0] ?? '') : '', reason: 'faint' };
  if (marked.length + solid.length === 1) return { status: 'read', value: marked[0] ?? solid[0] ?? '', suggestion: '', reason: null };
  // A box filled solid beside a single tick is how a correction is made on paper: suggested, never written.
  if (marked.length === 1 && solid.length >= 1) return { status: 'uncertain', value: '', suggestion: marked[0] ?? '', reason: 'corrected' };
  return { status: 'uncertain', value: '', suggestion: '', reason: 'twoMarks' };
}

/** Every item of a located page. */
export function readItems(dark: Channel, h: Homography, items: readonly ScanItem[]): ItemReading[] {
  const inks = items.map((item) => item.boxes.map((box) => boxInk(dark, h, box)));
  // Baselines: most boxes on a page are empty, so the median box is paper plus whatever is printed inside.
  const squares = items.flatMap((item, i) => (item.kind === 'yesno' ? (inks[i] ?? []) : []));
  const squareBase = { mean: median(squares.map((s) => s.mean)), ink: median(squares.map((s) => s.ink)) };
  const digitBase = Array.from({ length: 10 }, (_, digit) => {
    const same = items.flatMap((item, i) => (item.kind === 'number' ? (inks[i] ?? []).filter((_, b) => item.boxes[b]?.value === String(digit)) : []));
    return { mean: Math.min(0.2, median(same.map((s) => s.mean))), ink: Math.min(0.3, median(same.map((s) => s.ink))) };
  });
  return items.map((item, i) => {
    const itemInks = inks[i] ?? [];
    const region = { x: 30, y: item.top, w: 165, h: item.height };
    const base = { key: item.key, number: item.number, kind: item.kind, text: item.text, region };
    if (item.kind === 'yesno') {
      const states = itemInks.map((ink) => state(ink, squareBase.mean > 0.25 ? { mean: 0, ink: 0 } : squareBase));
      return { ...base, ...choose(item.boxes.map((b) => b.value), states) };
    }
    const rows = GRID.rows.map((_, row) => {
      const boxes = item.boxes.map((b, k) => ({ b, k })).filter(({ b }) => b.row === row);
      const states = boxes.map(({ b, k }) => bubbleState(itemInks[k] ?? { mean: 0, ink: 0 }, digitBase[Number(b.value)] ?? { mean: 0, ink: 0 }));
      return choose(boxes.map(({ b }) => b.value), states);
    });
    if (rows.every((r) => r.status === 'blank')) return { ...base, status: 'blank', value: '', suggestion: '', reason: null };
    const unsure = rows.find((r) => r.status === 'uncertain');
    if (unsure) {
      const guess = rows.every((r) => r.status !== 'uncertain' || r.suggestion !== '') ? gridValue(rows.map((r) => (r.status === 'blank' ? null : Number(r.value || r.suggestion)))) : null;
      return { ...base, status: 'uncertain', value: '', suggestion: guess ?? '', reason: unsure.reason };
    }
    const value = gridValue(rows.map((r) => (r.status === 'blank' ? null : Number(r.value)))) ?? '';
    return { ...base, status: 'read', value, suggestion: '', reason: null };
  });
}

/** One page image to its reading. `lookup` gives the layout of the inspection page its QR code names. */
export function readPage(index: number, grey: Channel, lookup: LayoutLookup): PageReading {
  const dark = darknessMap(grey);
  const located = locatePage(dark);
  if (!located.code || !located.h) return { index, code: null, failure: located.failure, rotation: 0, items: [], homography: null };
  const layout = lookup(located.code);
  const h = Array.from(located.h);
  if ('failure' in layout) return { index, code: located.code, failure: layout.failure, rotation: located.rotation, items: [], homography: h };
  return { index, code: located.code, failure: null, rotation: located.rotation, items: readItems(dark, located.h, layout.items), homography: h };
}
