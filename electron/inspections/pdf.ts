// Renders printed checklists to one PDF in headless Chromium (the CLI, tests and the benchmark).
// The app itself prints through Electron's own Chromium; this is for places without a window.
import fs from 'node:fs';
import type { PrintSheet } from '../api/schemas/inspections';
import { paginate } from '../../renderer/inspections/print/layout';
import { printHtml } from './printHtml';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** CHROMIUM_PATH when set (and only it: an explicit choice is not second-guessed), else a system Chromium; null when none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : CANDIDATES;
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

/**
 * The sheets as one A4 PDF, and its page count. Pages are vector text and SVG (no page is held as an
 * image), so a plan of a hundred businesses stays a few megabytes of DOM.
 */
export async function sheetsToPdf(sheets: readonly PrintSheet[], chromiumPath: string): Promise<{ pdf: Buffer; pages: number }> {
  // Loaded on demand: a dev dependency, absent from an installed app (which prints through Electron).
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent(printHtml(sheets), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    return { pdf, pages: paginate(sheets).length };
  } finally {
    await browser.close();
  }
}
