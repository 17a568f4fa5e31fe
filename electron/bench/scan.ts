// Scan reader figures for `npm run bench` (BENCH_ONLY=scan): a plan's checklists printed by the app, filled
// the generated way (ticks, crosses, filled boxes, light pencil, corrections), scanned at 150/200/300 dpi or
// photographed, then read back. Prints, per condition, marks read right, wrong answers written without a
// flag (must be 0), the share flagged for the clerk, and pages per second (rasterising included).
import { performance } from 'node:perf_hooks';
import { BUSINESS_TYPES } from '../../db/businessTypes';
import { scanCatalogue } from '../../db/scanPages';
import { sheetsToPdf } from '../inspections/pdf';
import { planInput } from '../inspections/testing';
import { findChromium } from '../print/pdf';
import { readBatch, type ScannedPage } from '../scan/batch';
import { asPdf, fillPages, printedPages, SCAN_MIX, score, type CorpusPage } from '../scan/corpus';
import type { Distortion } from '../scan/testing';
import { rasterisePdf } from '../scan/testing';
import { businessFields, TestApp } from '../testing/factories';

type Line = (label: string, value: string, target: string) => void;

const scanned = (upside: boolean) => (i: number, rnd: () => number): Distortion => ({
  rotate: (rnd() - 0.5) * 6,
  scale: 1 + (rnd() - 0.5) * 0.04,
  shiftMm: { x: (rnd() - 0.5) * 6, y: (rnd() - 0.5) * 6 },
  noise: 10,
  upsideDown: upside && i % 5 === 2,
});

const photo = (_i: number, rnd: () => number): Distortion => ({
  rotate: (rnd() - 0.5) * 8,
  perspective: 0.035,
  gradient: 0.55,
  noise: 12,
  photo: true,
});

export async function benchScan(line: Line): Promise<void> {
  console.log('\nScanned checklists');
  const chromium = findChromium();
  if (!chromium) {
    console.log('  (skipped: no Chromium to print the checklists)');
    return;
  }
  const app = await TestApp.withOffice({ validateOutput: false });
  try {
    const { plan } = await app.ok('inspections.savePlan', { fields: planInput() });
    const ids: string[] = [];
    for (const [i, type] of BUSINESS_TYPES.slice(0, 6).entries()) ids.push((await app.ok('businesses.create', businessFields({ name: `Cơ sở quét ${i + 1}`, type, registrationNo: '' }))).id);
    await app.ok('inspections.setPlanBusinesses', { planId: plan.id, add: ids });
    const sheets = await app.ok('inspections.printSheets', { planId: plan.id });
    const { pdf } = await sheetsToPdf(sheets, chromium);
    const catalogue = scanCatalogue(app.running.app.db);
    const printed = printedPages(sheets, catalogue);
    const items = printed.reduce((n, p) => n + p.items.length, 0);
    console.log(`  corpus: ${sheets.length} checklists, ${printed.length} pages, ${items} machine-read items per copy`);

    const conditions: { name: string; dpi: number; copies: number; distortion: (i: number, rnd: () => number) => Distortion; quality: number; photo?: boolean; right: number; flagged: number }[] = [
      { name: 'scan 150 dpi, JPEG 70', dpi: 150, copies: 1, distortion: scanned(true), quality: 70, right: 0.995, flagged: 0.03 },
      { name: 'scan 200 dpi, JPEG 75', dpi: 200, copies: 2, distortion: scanned(true), quality: 75, right: 0.995, flagged: 0.03 },
      { name: 'scan 300 dpi, JPEG 80', dpi: 300, copies: 1, distortion: scanned(true), quality: 80, right: 0.995, flagged: 0.03 },
      { name: 'phone photo (perspective, uneven light)', dpi: 200, copies: 2, distortion: photo, quality: 80, photo: true, right: 0.98, flagged: 0.08 },
    ];
    let wrongAll = 0;
    for (const c of conditions) {
      const clean = rasterisePdf(pdf, c.dpi);
      let truth: CorpusPage[] = [];
      for (let copy = 0; copy < c.copies; copy += 1) {
        truth = truth.concat(await fillPages(clean, printed, c.dpi, { seed: 1000 * c.dpi + copy, mix: SCAN_MIX, distortion: c.distortion, quality: c.quality }));
      }
      const started = performance.now();
      const cpu = process.cpuUsage();
      let read: ScannedPage[] = [];
      if (c.photo) {
        for (const page of truth) read = read.concat((await readBatch(page.jpeg, catalogue, undefined, { keepImages: false })).map((p) => ({ ...p, index: read.length + 1 })));
      } else {
        read = await readBatch(asPdf(truth), catalogue, undefined, { keepImages: false });
      }
      const seconds = (performance.now() - started) / 1000;
      const used = process.cpuUsage(cpu);
      const cpuSeconds = (used.user + used.system) / 1e6;
      const s = score(truth, read);
      wrongAll += s.wrongUnflagged;
      const pct = (n: number) => `${((100 * n) / Math.max(1, s.items)).toFixed(2)}%`;
      console.log(`  ${c.name}: ${s.pages} pages (${s.pagesIdentified} identified), ${s.items} items`);
      line(`    marks read right`, pct(s.right), `>= ${(c.right * 100).toFixed(1)}%`);
      line(`    wrong answers written without a flag`, String(s.wrongUnflagged), '0');
      line(`    items flagged for the clerk`, pct(s.flagged), `<= ${(c.flagged * 100).toFixed(0)}%`);
      line(`    pages per second, wall clock (1 thread, rasterising included)`, (s.pages / seconds).toFixed(2), '>= 1');
      // The machine is shared: CPU time says what one free core does.
      line(`    pages per CPU-second (one free core)`, (s.pages / cpuSeconds).toFixed(2), '>= 1');
      for (const w of s.wrong.slice(0, 5)) console.log(`      wrong: ${w.code} p${w.page} ${w.key}: meant "${w.truth}", read "${w.read}"`);
    }
    line('  wrong answers written without a flag, all conditions', String(wrongAll), '0');
  } finally {
    app.close();
  }
}
