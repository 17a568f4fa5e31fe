import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answersOf, inspectionByCode } from '../../db/inspections';
import { scanCatalogue, scanPagesOf } from '../../db/scanPages';
import { runCli } from '../cli';
import { sheetsToPdf } from '../inspections/pdf';
import { plannedInspection } from '../inspections/testing';
import { findChromium } from '../print/pdf';
import { asPdf, fillPages, printedPages } from '../scan/corpus';
import { rasterisePdf } from '../scan/testing';
import { TestApp } from '../testing/factories';

let app: TestApp;
let out: string[];
beforeEach(async () => {
  app = await TestApp.withOffice();
  out = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void out.push('ERR ' + a.join(' ')));
});
afterEach(() => {
  vi.restoreAllMocks();
  app.close();
});

const cli = (...args: string[]) => runCli([...args, '--data-dir', app.dataDir]);

describe.skipIf(findChromium() === null)('inspections scan (CLI)', () => {
  it('reads a batch: --dry-run writes nothing; a real run saves the clear answers as a draft and never the uncertain one', async () => {
    const { code } = await plannedInspection(app, { name: 'Karaoke Ánh Dương', type: 'karaoke' });
    const sheets = await app.ok('inspections.printSheets', { code });
    const { pdf } = await sheetsToPdf(sheets, findChromium() ?? '');
    const printed = printedPages(sheets, scanCatalogue(app.running.app.db));
    const corrected = printed.flatMap((p) => p.items).find((i) => i.kind === 'yesno')?.key ?? '';
    const pages = await fillPages(rasterisePdf(pdf, 150), printed, 150, {
      seed: 5,
      mix: { pencil: 0, corrections: 0, blank: 0 },
      quality: 70,
      distortion: () => ({ rotate: -2, noise: 8 }),
      markings: (items) => items.map((i) => (i.key === corrected ? { key: i.key, value: 'yes', style: 'tick', cancelled: 'no' } : i.kind === 'number' ? { key: i.key, value: '18.5', style: 'filled' } : { key: i.key, value: 'no', style: 'cross' })),
    });
    const file = path.join(app.dataDir, 'batch.pdf');
    fs.writeFileSync(file, asPdf(pages));
    const items = printed.reduce((n, p) => n + p.items.length, 0);
    // The command takes the data folder's lock: the app closes first, as the IT staff would.
    app.running.close();

    const code0 = await cli('inspections', 'scan', file, '--dry-run', '--json');
    if (code0 !== 0) throw new Error(out.join('\n'));
    const dry = JSON.parse(out.join('\n')) as { saved: number; unidentified: number[]; inspections: { code: string; read: number; uncertain: number }[] };
    expect(dry).toMatchObject({ saved: 0, unidentified: [], inspections: [{ code, read: items - 1, uncertain: 1 }] });
    let check = TestApp.openAt(app.dataDir);
    expect(inspectionByCode(check.running.app.db, code)?.status).toBe('planned');
    check.running.close();

    out = [];
    expect(await cli('inspections', 'scan', file, '--json')).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ saved: items - 1 });
    check = TestApp.openAt(app.dataDir);
    const db = check.running.app.db;
    const opened = inspectionByCode(db, code);
    if (!opened) throw new Error('inspection');
    expect(opened.status).toBe('draft');
    const answers = new Map(answersOf(db, opened.id).map((a) => [a.itemKey, a.value] as const));
    expect(answers.has(corrected)).toBe(false);
    expect([...answers.values()].every((v) => v === 'no' || v === '18.5')).toBe(true);
    expect(scanPagesOf(db, opened.id)).toHaveLength(pages.length);
    check.running.close();
    app = TestApp.restart(app);
  }, 180_000);
});
