import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { scanCatalogue } from '../../db/scanPages';
import { sheetsToPdf } from '../inspections/pdf';
import { plannedInspection } from '../inspections/testing';
import { TestApp } from '../testing/factories';
import { readBatch } from './batch';
import { asPdf, fillPages, printedPages, SCAN_MIX, score } from './corpus';
import { rasterisePdf } from './testing';
import { DB_KEY_ENV } from '../../db/key';
import { TEST_DB_KEY } from '../../db/testing';
process.env[DB_KEY_ENV] ??= TEST_DB_KEY.toString('hex');

async function main() {
  const app = await TestApp.withOffice();
  const { code } = await plannedInspection(app, { name: 'Karaoke Ánh Dương', type: 'karaoke' });
  const sheets = await app.ok('inspections.printSheets', { code });
  const { pdf } = await sheetsToPdf(sheets, '/usr/bin/chromium');
  fs.writeFileSync('/tmp/scan-print.pdf', pdf);
  const catalogue = scanCatalogue(app.running.app.db);
  const printed = printedPages(sheets, catalogue);
  console.log(printed.map((p) => `${p.code} p${p.page} items ${p.items.length}`));
  const dpi = Number(process.env.DPI ?? 200);
  const clean = rasterisePdf(pdf, dpi);
  const photo = process.env.PHOTO === '1';
  const pages = await fillPages(clean, printed, dpi, { seed: 1, mix: SCAN_MIX, quality: 75, distortion: (i, rnd) => photo ? { rotate: (rnd() - 0.5) * 8, perspective: 0.035, gradient: 0.55, noise: 12, photo: true } : ({ rotate: (rnd() - 0.5) * 6, scale: 1 + (rnd() - 0.5) * 0.04, noise: 10, upsideDown: i === 1 }) });
  pages.forEach((p, i) => fs.writeFileSync(`/tmp/scan-p${i}.jpg`, p.jpeg));
  const t = performance.now();
  const read = photo ? (await Promise.all(pages.map((p) => readBatch(p.jpeg, catalogue)))).flat() : await readBatch(asPdf(pages), catalogue);
  console.log('ms', performance.now() - t, read.map((p) => [p.index, p.failure, p.code?.page, p.rotation, p.ms.toFixed(0)]));
  const s = score(pages, read);
  console.log({ ...s, wrong: s.wrong.slice(0, 10) });
  for (const p of read) for (const i of p.items) if (i.status !== 'read') console.log(p.index, i.key, i.status, i.reason, i.suggestion, JSON.stringify(pages.flatMap(x=>x.markings).find(m=>m.key===i.key)));
  app.close();
}
void main();
