// Renders a printable page to an A4 PDF in headless Chromium (the CLI, tests and the benchmark).
// The app itself prints through Electron's own Chromium; this is for places without a window.
import fs from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** CHROMIUM_PATH when set (and only it: an explicit choice is not second-guessed), else a system Chromium; null when none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : CANDIDATES;
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

/** One self-contained HTML page (see printPage) as an A4 PDF, with the page size the page's CSS sets. */
export async function htmlToPdf(html: string, chromiumPath: string): Promise<Buffer> {
  // Loaded on demand: only printing without a window needs a browser driver.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
