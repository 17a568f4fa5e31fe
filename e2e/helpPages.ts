import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { loadGuide } from '../build/guide/sources';
import { helpKeyCandidates, pageForScreen } from '../renderer/help/catalogue';
import { translate, type Locale } from '../renderer/i18n/translate';

/** In-app help (F1): which guide page a screen opens, and opening it. */
/** The title of the guide page a screen must open, from the same Markdown the app bundles. */
export function expectedTitle(lang: Locale, section: string, tab: string | null, province: boolean): string {
  const page = pageForScreen(loadGuide(lang), helpKeyCandidates(section, tab, province));
  if (!page) throw new Error(`no guide page for ${section}${tab ? `.${tab}` : ''} (${lang})`);
  return page.title;
}

export async function expectF1Opens(page: Page, lang: Locale, title: string, where: string) {
  await page.keyboard.press('F1');
  const drawer = page.getByRole('dialog', { name: translate(lang, 'help.drawerTitle') });
  await expect(drawer.getByRole('heading', { level: 2, name: title, exact: true }), where).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
}

