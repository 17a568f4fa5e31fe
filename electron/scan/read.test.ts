import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanCatalogue } from '../../db/scanPages';
import { sheetsToPdf } from '../inspections/pdf';
import { plannedInspection } from '../inspections/testing';
import { findChromium } from '../print/pdf';
import { TestApp } from '../testing/factories';
import { readBatch } from './batch';
import { asPdf, fillPages, printedPages, SCAN_MIX, score, type CorpusPage } from './corpus';
import type { ScanCatalogue } from './layouts';
import { rasterisePdf, type Marking } from './testing';
import type { ScanItem } from '../../renderer/inspections/print/scanLayout';

const chromium = findChromium();

describe.skipIf(chromium === null)('scan reader on the app\'s own printed checklists', () => {
  let app: TestApp;
  let catalogue: ScanCatalogue;
  let printed: ReturnType<typeof printedPages>;
  let clean: ReturnType<typeof rasterisePdf>;
  beforeAll(async () => {
    app = await TestApp.withOffice();
    const { code } = await plannedInspection(app, { name: 'Karaoke Ánh Dương', type: 'karaoke' });
    const sheets = await app.ok('inspections.printSheets', { code });
    const { pdf } = await sheetsToPdf(sheets, chromium ?? '');
    catalogue = scanCatalogue(app.running.app.db);
    printed = printedPages(sheets, catalogue);
    clean = rasterisePdf(pdf, 200);
  }, 90_000);
  afterAll(() => app.close());

  it('reads ticks, crosses, filled boxes and number grids from a skewed, noisy 200-dpi JPEG scan; an upside-down page too', async () => {
    const pages = await fillPages(clean, printed, 200, {
      seed: 7,
      mix: { ...SCAN_MIX, pencil: 0, corrections: 0 },
      quality: 72,
      distortion: (i) => ({ rotate: i % 2 ? 2.5 : -2.8, scale: 1.02, shiftMm: { x: 2, y: -3 }, noise: 10, upsideDown: i === 1 }),
    });
    const read = await readBatch(asPdf(pages), catalogue);
    expect(read.map((p) => p.failure)).toEqual(pages.map(() => null));
    expect(read[1]?.rotation).toBe(2);
    const s = score(pages, read);
    expect(s.wrongUnflagged).toBe(0);
    expect(s.right).toBe(s.items);
    // The kept page is upright JPEG.
    expect(Buffer.from(read[0]?.image ?? []).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  }, 60_000);

  it('never writes an uncertain answer: two marks, a correction and a faint mark are left for the clerk, a correction with its suggestion', async () => {
    const items = printed.flatMap((p) => p.items).filter((i) => i.kind === 'yesno');
    const [twice, corrected, faint] = items;
    if (!twice || !corrected || !faint) throw new Error('not enough items');
    const marks = (pageItems: readonly ScanItem[]): Marking[] =>
      pageItems.map((item) => {
        if (item.key === twice.key) return { key: item.key, value: 'yes', style: 'cross', cancelled: undefined };
        if (item.key === corrected.key) return { key: item.key, value: 'no', style: 'tick', cancelled: 'yes' };
        return { key: item.key, value: '', style: 'tick' };
      });
    const pages: CorpusPage[] = await fillPages(clean, printed, 200, { seed: 3, mix: SCAN_MIX, quality: 80, distortion: () => ({ rotate: 1 }), markings: marks });
    // Two marks: the "yes" cross plus a second cross in "na" drawn by a second pass.
    const second = await fillPages(
      [],
      [],
      200,
      { seed: 1, mix: SCAN_MIX, quality: 80, distortion: () => ({}) },
    );
    expect(second).toEqual([]);
    const withTwo = await fillPages(clean, printed, 200, {
      seed: 4,
      mix: SCAN_MIX,
      quality: 80,
      distortion: () => ({ rotate: -1 }),
      markings: (pageItems) =>
        pageItems.map((item) =>
          item.key === twice.key
            ? { key: item.key, value: 'na', style: 'cross', cancelled: undefined }
            : item.key === faint.key
              ? { key: item.key, value: 'yes', style: 'pencil' }
              : { key: item.key, value: '', style: 'tick' },
        ),
    });
    void pages;
    const read = await readBatch(asPdf(withTwo), catalogue);
    const byKey = new Map(read.flatMap((p) => p.items).map((i) => [i.key, i] as const));
    // One cross alone reads; the faint pencil tick is either read right or flagged, never something else.
    expect(byKey.get(twice.key)).toMatchObject({ status: 'read', value: 'na' });
    const faintRead = byKey.get(faint.key);
    expect(faintRead?.status === 'uncertain' || faintRead?.value === 'yes').toBe(true);

    const correctedRead = await readBatch(asPdf(pages), catalogue);
    const c = correctedRead.flatMap((p) => p.items).find((i) => i.key === corrected.key);
    expect(c).toMatchObject({ status: 'uncertain', reason: 'corrected', suggestion: 'no', value: '' });
    // Blank items read as blank, not as answers.
    expect(correctedRead.flatMap((p) => p.items).filter((i) => i.key !== corrected.key && i.key !== twice.key).every((i) => i.status === 'blank')).toBe(true);
  }, 60_000);

  it('lists a page it cannot identify (no marks, QR code covered, another office\'s code) and never guesses it', async () => {
    const [first] = clean;
    if (!first) throw new Error('no page');
    const covered = { ...first, data: new Uint8Array(first.data) };
    const px = 200 / 25.4;
    for (let y = Math.round(262 * px); y < Math.round(287 * px); y += 1) for (let x = Math.round(170 * px); x < Math.round(196 * px); x += 1) covered.data[y * covered.width + x] = 255;
    const blank = { ...first, data: new Uint8Array(first.data.length).fill(250) };
    const pages = await fillPages([first, covered, blank], [printed[0], printed[0], printed[0]].filter((p) => p !== undefined), 200, { seed: 2, mix: SCAN_MIX, quality: 75, distortion: () => ({}) });
    const read = await readBatch(asPdf(pages), { ...catalogue, inspections: {} });
    expect(read.map((p) => p.failure)).toEqual(['unknownInspection', 'noCode', 'noMarks']);
    expect(read.every((p) => p.items.length === 0 && p.image === null)).toBe(true);
  }, 60_000);
});
