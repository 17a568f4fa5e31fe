/**
 * A corpus of filled, scanned checklists generated from the app's own printed PDF, with the truth of every
 * item: shared by the reader's tests, the benchmark (electron/bench/scan.ts) and the e2e seeding.
 */
import { paginate, scanCodeOf } from '../../renderer/inspections/print/layout';
import type { ScanItem } from '../../renderer/inspections/print/scanLayout';
import type { PrintSheet } from '../api/schemas/inspections';
import type { ScannedPage } from './batch';
import type { Channel } from './image';
import { layoutLookup, type ScanCatalogue } from './layouts';
import { greyToJpeg } from './raster';
import { distort, fillPage, jpegsToPdf, random, type Distortion, type Marking, type MarkStyle } from './testing';

export interface MarkingMix {
  /** Share of marks in light pencil. */
  pencil: number;
  /** Share of yes/no items corrected on paper (wrong box filled solid, right one ticked). */
  corrections: number;
  /** Share of items left blank. */
  blank: number;
}

export const SCAN_MIX: MarkingMix = { pencil: 0.03, corrections: 0.01, blank: 0.03 };

/** The layout items of each printed page, in print order, with its QR identity. */
export function printedPages(sheets: readonly PrintSheet[], catalogue: ScanCatalogue): { code: string; page: number; items: ScanItem[] }[] {
  const lookup = layoutLookup(catalogue);
  return paginate(sheets).map((p) => {
    const code = scanCodeOf(p);
    const layout = lookup(code);
    return { code: p.sheet.code, page: p.page, items: 'items' in layout ? layout.items : [] };
  });
}

/** Answers drawn at random in the mix's proportions: the truth the reader is scored against. */
export function randomMarkings(items: readonly ScanItem[], rnd: () => number, mix: MarkingMix): Marking[] {
  return items.map((item) => {
    if (rnd() < mix.blank) return { key: item.key, value: '', style: 'tick' };
    const pencil = rnd() < mix.pencil;
    if (item.kind === 'number') {
      const value = rnd() < 0.5 ? String(Math.floor(rnd() * 150)) : (Math.floor(rnd() * 400) / 10).toString();
      return { key: item.key, value, style: pencil ? 'pencil' : 'filled' };
    }
    const r = rnd();
    const value = r < 0.6 ? 'yes' : r < 0.9 ? 'no' : 'na';
    const s = rnd();
    const style: MarkStyle = pencil ? 'pencil' : s < 0.45 ? 'tick' : s < 0.82 ? 'cross' : 'filled';
    if (rnd() < mix.corrections) {
      const others = ['yes', 'no', 'na'].filter((v) => v !== value);
      return { key: item.key, value, style: style === 'filled' ? 'tick' : style, cancelled: others[Math.floor(rnd() * others.length)] ?? 'no' };
    }
    return { key: item.key, value, style };
  });
}

export interface CorpusPage {
  code: string;
  page: number;
  markings: Marking[];
  jpeg: Buffer;
  width: number;
  height: number;
}

/** Filled pages: each clean page image marked, then moved by `distortion(i)`. */
export async function fillPages(
  clean: readonly Channel[],
  printed: readonly { code: string; page: number; items: ScanItem[] }[],
  dpi: number,
  options: { seed: number; mix: MarkingMix; distortion: (i: number, rnd: () => number) => Distortion; quality: number; markings?: (items: readonly ScanItem[]) => Marking[] },
): Promise<CorpusPage[]> {
  const rnd = random(options.seed);
  const out: CorpusPage[] = [];
  for (let i = 0; i < clean.length; i += 1) {
    const page = clean[i];
    const meta = printed[i];
    if (!page || !meta) continue;
    const markings = options.markings ? options.markings(meta.items) : randomMarkings(meta.items, rnd, options.mix);
    const filled = fillPage(page, dpi, meta.items, markings, rnd);
    const moved = distort(filled, options.distortion(i, rnd), rnd);
    out.push({ code: meta.code, page: meta.page, markings, jpeg: await greyToJpeg(moved, options.quality), width: moved.width, height: moved.height });
  }
  return out;
}

export const asPdf = (pages: readonly CorpusPage[]) => jpegsToPdf(pages);

export interface Score {
  items: number;
  right: number;
  wrongUnflagged: number;
  flagged: number;
  pages: number;
  pagesIdentified: number;
  wrong: { code: string; page: number; key: string; truth: string; read: string }[];
}

/**
 * Scores readings against the truth. Right: read as meant (a blank as blank), or a paper correction flagged
 * for the clerk (what it should be). Wrong unflagged: an answer written that was not meant.
 */
export function score(truth: readonly CorpusPage[], read: readonly ScannedPage[]): Score {
  const s: Score = { items: 0, right: 0, wrongUnflagged: 0, flagged: 0, pages: truth.length, pagesIdentified: 0, wrong: [] };
  // Pages are read in the order they were scanned: the i-th reading is of the i-th page, if it names it.
  truth.forEach((t, i) => {
    const r = read[i];
    const page = r && !r.failure && r.code?.code === t.code.toUpperCase() && r.code.page === t.page ? r : undefined;
    if (page) s.pagesIdentified += 1;
    const items = new Map((page?.items ?? []).map((i) => [i.key, i] as const));
    for (const m of t.markings) {
      s.items += 1;
      const got = items.get(m.key);
      if (!got) continue;
      if (got.status === 'uncertain') {
        s.flagged += 1;
        if (m.cancelled) s.right += 1;
        continue;
      }
      const value = got.status === 'blank' ? '' : got.value;
      const meant = m.value === '' ? '' : m.value;
      if (value === meant || (got.kind === 'number' && value !== '' && meant !== '' && Number(value) === Number(meant))) s.right += 1;
      else {
        s.wrongUnflagged += 1;
        s.wrong.push({ code: t.code, page: t.page, key: m.key, truth: meant, read: value });
      }
    }
  });
  return s;
}
