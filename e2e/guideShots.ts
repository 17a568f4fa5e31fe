import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

/**
 * The user guide's pictures are taken by the e2e run itself: `shot(page, 'name')` at the point a
 * guide step names (`![caption](shot:name)` in docs/guide). `npm run guide` puts them in the PDF.
 */
export const GUIDE_SHOTS_DIR = path.join(__dirname, '..', 'out', 'guide', 'screenshots');
export const GUIDE_VIEWPORT = { width: 1366, height: 768 } as const;

/** Captures the window at 1366x768, once animations have settled, as <GUIDE_SHOTS_DIR>/<name>.png. */
export async function shot(page: Page, name: string): Promise<void> {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`a screenshot name is lower-case words and dashes: ${name}`);
  const size = page.viewportSize();
  if (size?.width !== GUIDE_VIEWPORT.width || size.height !== GUIDE_VIEWPORT.height) await page.setViewportSize(GUIDE_VIEWPORT);
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  fs.mkdirSync(GUIDE_SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(GUIDE_SHOTS_DIR, `${name}.png`), animations: 'disabled', caret: 'hide' });
}
