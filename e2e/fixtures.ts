import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type ElectronApplication, type Page } from '@playwright/test';
import { DB_KEY_ENV } from '../db/key';
import { tempDataDir, TEST_DB_KEY } from '../db/testing';
import { startHost } from './host';
import { electronRuntimeMissing, launchElectron } from './electronApp';

// Every e2e run is on the encrypted format: the host, the Electron app and any CLI they start take this key source.
process.env[DB_KEY_ENV] ??= TEST_DB_KEY.toString('hex');

export interface Desk {
  page: Page;
  dataDir: string;
  /** Which shell runs the renderer: the loopback host in Chromium, or the Electron app. */
  shell: 'chromium' | 'electron';
  /** Fixes the app's clock (AppContext.now) from now on; the loopback host only (Chromium). */
  setClock?: (iso: string) => void;
  /** The Electron app's main process (the Electron run only). */
  electronApp?: ElectronApplication;
}

/** Each test gets its own data folder and a fresh app. */
export const test = base.extend<{ desk: Desk }>({
  desk: async ({ browser }, use, testInfo) => {
    const { dir, cleanup } = tempDataDir('dd-e2e-');
    try {
      if (testInfo.project.name === 'electron') {
        const missing = electronRuntimeMissing();
        testInfo.skip(missing !== null, missing ?? '');
        const electronApp = await launchElectron(dir);
        try {
          await use({ page: await electronApp.firstWindow(), dataDir: dir, shell: 'electron', electronApp });
        } finally {
          await electronApp.close();
        }
        return;
      }
      const host = await startHost({ dataDir: dir });
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(host.appUrl);
      try {
        await use({ page, dataDir: dir, shell: 'chromium', setClock: (iso) => (host.running.app.now = () => iso) });
      } finally {
        await context.close();
        await host.close();
      }
    } finally {
      cleanup();
    }
  },
});

export { expect };

/** Waits until the page's finite animations and transitions (a drawer opening) have finished; endless ones (spinners) are left alone. */
export async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/** Fails on any serious or critical accessibility violation of the current screen. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  // Colours mid-transition (a button just enabled) would be judged half-faded: let transitions settle.
  await settleAnimations(page);
  // A toast fades out on its own timer, which can start while axe is reading colours; its
  // settled colours are antd's ordinary text on white, so toasts are left out of the check.
  const results = await new AxeBuilder({ page }).exclude('.ant-message').analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.map((v) => `${v.id} (${v.impact}): ${v.help} - ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

export function fixturePath(name: string): string {
  const file = path.join(__dirname, 'files', name);
  if (!fs.existsSync(file)) throw new Error(`missing e2e file ${file}`);
  return file;
}
