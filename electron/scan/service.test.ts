import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanCatalogue } from '../../db/scanPages';
import { sheetsToPdf } from '../inspections/pdf';
import { plannedInspection } from '../inspections/testing';
import { findChromium } from '../print/pdf';
import { TestApp } from '../testing/factories';
import { asPdf, fillPages, printedPages } from './corpus';
import { rasterisePdf } from './testing';

const chromium = findChromium();

async function waitFor(app: TestApp, jobId: string) {
  const seen: number[] = [];
  for (;;) {
    const state = await app.ok('jobs.get', { jobId });
    seen.push(state.progress);
    if (state.state !== 'running') return { state, seen };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.skipIf(chromium === null)('a scanned batch in the app', () => {
  let app: TestApp;
  let code = '';
  let inspectionId = '';
  let file = '';
  let truth: Map<string, string>;
  beforeAll(async () => {
    app = await TestApp.withOffice();
    ({ code, inspectionId } = await plannedInspection(app, { name: 'Karaoke Ánh Dương', type: 'karaoke' }));
    const sheets = await app.ok('inspections.printSheets', { code });
    const { pdf } = await sheetsToPdf(sheets, chromium ?? '');
    const printed = printedPages(sheets, scanCatalogue(app.running.app.db));
    // Every item answered clearly, except the first yes/no item, corrected on paper (yes cancelled, no ticked).
    const firstYesNo = printed.flatMap((p) => p.items).find((i) => i.kind === 'yesno')?.key ?? '';
    const pages = await fillPages(rasterisePdf(pdf, 200), printed, 200, {
      seed: 11,
      mix: { pencil: 0, corrections: 0, blank: 0 },
      quality: 75,
      distortion: () => ({ rotate: 1.5, noise: 8 }),
      markings: (items) =>
        items.map((i) =>
          i.key === firstYesNo ? { key: i.key, value: 'no', style: 'tick', cancelled: 'yes' } : i.kind === 'number' ? { key: i.key, value: '25', style: 'filled' } : { key: i.key, value: 'yes', style: 'cross' },
        ),
    });
    truth = new Map(pages.flatMap((p) => p.markings.map((m) => [m.key, m.value] as const)));
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dd-scan-')), 'batch.pdf');
    fs.writeFileSync(file, asPdf(pages));
  }, 120_000);
  afterAll(() => app.close());

  it('reads in a worker with progress per page, prefills a draft through saveFromScan, and keeps the pages as evidence', async () => {
    const { jobId } = await app.ok('inspections.scanStart', { file });
    const { state, seen } = await waitFor(app, jobId);
    expect(state.state).toBe('done');
    expect(new Set(seen.filter((f) => f > 0 && f < 1)).size).toBeGreaterThanOrEqual(1);
    const batch = await app.ok('inspections.scanned', { jobId });
    expect(batch.unidentified).toEqual([]);
    const [inspection] = batch.inspections;
    expect(inspection).toMatchObject({ code, uncertain: 1 });

    const review = await app.ok('inspections.scanReview', { jobId, code });
    // The uncertain item comes first, with its suggestion, and is not among the clear ones.
    expect(review.items[0]).toMatchObject({ status: 'uncertain', reason: 'corrected', suggestion: 'no' });
    expect(Object.keys(review.images).length).toBe(batch.pages.length);
    for (const item of review.items.filter((i) => i.status === 'read')) expect(item.value).toBe(truth.get(item.key));

    // The clerk confirms the suggestion and the clear answers; saved as typed entry saves: a draft.
    const answers = review.items.map((i) => ({ itemKey: i.key, value: i.status === 'read' ? i.value : i.suggestion }));
    const saved = await app.ok('inspections.saveFromScan', { jobId, code, answers });
    expect(saved).toEqual({ saved: answers.length, pagesKept: batch.pages.length });
    const opened = await app.ok('inspections.open', { code });
    expect(opened.status).toBe('draft');
    const db = app.running.app.db;
    // The record entries say which procedure made them: "from scan" in the activity log.
    const vias = db.prepare("SELECT DISTINCT via FROM audit_log WHERE target_table = 'inspection_answer'").pluck().all();
    expect(vias).toEqual(['inspections.saveFromScan']);
    const kept = await app.ok('inspections.scanPages', { inspectionId });
    expect(kept.map((p) => p.page).sort()).toEqual(batch.pages.map((p) => p.page).sort());
    expect(Buffer.from(kept[0]?.image ?? '', 'base64').subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    // Saving the same batch twice keeps its pages once.
    expect(await app.ok('inspections.saveFromScan', { jobId, code, answers })).toEqual({ saved: 0, pagesKept: 0 });

    // A value typed entry refuses is refused here too, and a final inspection takes no scan.
    expect(await app.call('inspections.saveFromScan', { jobId, code, answers: [{ itemKey: answers[0]?.itemKey ?? '', value: 'maybe' }] })).toMatchObject({ ok: false });
    await app.ok('inspections.finalise', { inspectionId, inspectedOn: new Date().toISOString().slice(0, 10) });
    expect(await app.call('inspections.saveFromScan', { jobId, code, answers })).toMatchObject({ ok: false, error: { code: 'INSPECTION_FINAL' } });
  }, 180_000);
});
