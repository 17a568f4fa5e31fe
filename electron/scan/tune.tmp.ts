import { scanCatalogue } from '../../db/scanPages';
import { sheetsToPdf } from '../inspections/pdf';
import { plannedInspection } from '../inspections/testing';
import { TestApp } from '../testing/factories';
import { fillPages, printedPages, SCAN_MIX } from './corpus';
import { rasterisePdf } from './testing';
import { openSource } from './raster';
import { darknessMap } from './image';
import { boxInk, locatePage } from './read';
import { DB_KEY_ENV } from '../../db/key';
import { TEST_DB_KEY } from '../../db/testing';
process.env[DB_KEY_ENV] ??= TEST_DB_KEY.toString('hex');
async function main() {
  const app = await TestApp.withOffice();
  const a = await plannedInspection(app, { name: 'Karaoke', type: 'karaoke' });
  const sheets = await app.ok('inspections.printSheets', { planId: a.planId });
  const { pdf } = await sheetsToPdf(sheets, '/usr/bin/chromium');
  const catalogue = scanCatalogue(app.running.app.db);
  const printed = printedPages(sheets, catalogue);
  const dpi = Number(process.env.DPI ?? 200);
  const photo = process.env.PHOTO === '1';
  const clean = rasterisePdf(pdf, dpi);
  const stats: Record<string, { mean: number; ink: number }[]> = {};
  for (let copy = 0; copy < 4; copy++) {
    const pages = await fillPages(clean, printed, dpi, { seed: copy + 7, mix: { pencil: 0.1, corrections: 0.05, blank: 0.05 }, quality: 75, distortion: (i, rnd) => photo ? { rotate: (rnd() - 0.5) * 8, perspective: 0.035, gradient: 0.55, noise: 12, photo: true } : { rotate: (rnd() - 0.5) * 6, scale: 1 + (rnd() - 0.5) * 0.04, noise: 10 } });
    for (const [pi, p] of pages.entries()) {
      const src = await openSource({ kind: 'image', data: p.jpeg });
      const grey = await src.page(1);
      const dark = darknessMap(grey);
      const loc = locatePage(grey, dark);
      if (!loc.h) { console.log('unlocated', pi); continue; }
      for (const item of printed[pi]!.items) {
        const m = p.markings.find((x) => x.key === item.key)!;
        for (const box of item.boxes) {
          let label = 'empty';
          if (item.kind === 'yesno') { if (box.value === m.value && m.value) label = m.style; if (box.value === m.cancelled) label = 'cancelled'; }
          else { label = 'bubble-empty'; }
          if (item.kind === 'number' && m.value) {
            const n = Math.round(Number(m.value) * 10); const digits = [Math.floor(n / 1000) % 10, Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
            if (String(digits[box.row!]) === box.value && !(box.row! < 2 && digits.slice(0, box.row! + 1).every((d) => d === 0)) && !(box.row === 3 && digits[3] === 0)) label = 'bubble-' + m.style;
          }
          const ink = boxInk(dark, loc.h, box); if (label === 'empty' && ink.mean > 0.03) console.log('hot', pi, item.key, box.value, JSON.stringify(m), ink);
          (stats[label] ??= []).push(ink);
        }
      }
    }
  }
  const q = (v: number[], f: number) => { const s = [...v].sort((a, b) => a - b); return s[Math.floor(f * (s.length - 1))]!.toFixed(3); };
  for (const [k, v] of Object.entries(stats)) console.log(k.padEnd(16), v.length, 'mean', [0, 0.01, 0.5, 0.99, 1].map((f) => q(v.map((x) => x.mean), f)).join(' '), ' ink', [0, 0.01, 0.5, 0.99, 1].map((f) => q(v.map((x) => x.ink), f)).join(' '));
  app.close();
}
void main();
