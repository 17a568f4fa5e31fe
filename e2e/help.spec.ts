import type { Page } from '@playwright/test';
import { checkGuide, loadGuide } from '../build/guide/sources';
import { helpKeyCandidates, pageForScreen } from '../renderer/help/catalogue';
import { translate, type Locale } from '../renderer/i18n/translate';
import type { MessageKey } from '../renderer/i18n/vi';
import { expect, test } from './fixtures';
import { setUpCommuneOffice } from './packagesPages';
import { setUpOffice } from './pages';

/** Every page of the side navigation and, where it has tabs, each tab (the help key's second part). */
const SCREENS: { section: string; nav: MessageKey; province?: MessageKey; tabs?: [string, MessageKey][] }[] = [
  { section: 'dashboard', nav: 'nav.dashboard' },
  { section: 'businesses', nav: 'nav.businesses' },
  { section: 'inspections', nav: 'nav.inspections', tabs: [['plans', 'inspections.tab.plans'], ['results', 'inspections.tab.results'], ['violations', 'inspections.tab.violations'], ['templates', 'inspections.tab.templates']] },
  { section: 'cases', nav: 'nav.cases' },
  { section: 'training', nav: 'nav.training', tabs: [['staff', 'training.tab.staff'], ['courses', 'training.tab.courses'], ['events', 'training.tab.events'], ['schools', 'training.tab.schools'], ['figures', 'training.tab.figures']] },
  { section: 'audit', nav: 'nav.audit' },
  { section: 'users', nav: 'nav.users' },
  { section: 'backup', nav: 'nav.backup' },
  { section: 'about', nav: 'nav.about' },
  { section: 'packages', nav: 'nav.packages', province: 'nav.packagesProvince' },
];

/** The title of the guide page a screen must open, from the same Markdown the app bundles. */
function expectedTitle(lang: Locale, section: string, tab: string | null, province: boolean): string {
  const page = pageForScreen(loadGuide(lang), helpKeyCandidates(section, tab, province));
  if (!page) throw new Error(`no guide page for ${section}${tab ? `.${tab}` : ''} (${lang})`);
  return page.title;
}

async function expectF1Opens(page: Page, lang: Locale, title: string, where: string) {
  await page.keyboard.press('F1');
  const drawer = page.getByRole('dialog', { name: translate(lang, 'help.drawerTitle') });
  await expect(drawer.getByRole('heading', { level: 2, name: title, exact: true }), where).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
}

async function everyScreen(page: Page, lang: Locale, province: boolean) {
  for (const screen of SCREENS) {
    const nav = translate(lang, province && screen.province ? screen.province : screen.nav);
    await page.getByRole('menuitem', { name: nav }).click();
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    if (!screen.tabs) {
      await expectF1Opens(page, lang, expectedTitle(lang, screen.section, null, province), `${lang} ${screen.section}`);
      continue;
    }
    for (const [tab, label] of screen.tabs) {
      await page.getByRole('tab', { name: translate(lang, label), exact: true }).click();
      await expect(page.getByRole('tab', { name: translate(lang, label), exact: true })).toHaveAttribute('aria-selected', 'true');
      await expectF1Opens(page, lang, expectedTitle(lang, screen.section, tab, province), `${lang} ${screen.section}.${tab}`);
    }
  }
}

test('F1 opens the guide page of every screen and tab, in Vietnamese and in English; "?" too; About opens the whole guide', async ({ desk }) => {
  test.setTimeout(120_000);
  expect(checkGuide()).toEqual([]);
  const page = desk.page;
  await setUpCommuneOffice(page);
  await everyScreen(page, 'vi', false);

  // The header's "?" opens the same page as F1, over the page on screen.
  await page.getByRole('menuitem', { name: 'Tố giác, tin báo' }).click();
  await page.getByRole('button', { name: 'Hướng dẫn cho màn hình này (F1)' }).click();
  const drawer = page.getByRole('dialog', { name: 'Hướng dẫn sử dụng' });
  await expect(drawer.getByRole('heading', { level: 2, name: expectedTitle('vi', 'cases', null, false) })).toBeVisible();
  // Any other page from the contents.
  await drawer.getByRole('button', { name: 'Sao lưu dữ liệu' }).click();
  await expect(drawer.getByRole('heading', { level: 2, name: 'Sao lưu dữ liệu' })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('menuitem', { name: 'Thông tin' }).click();
  await page.getByRole('button', { name: 'Mở toàn bộ tài liệu hướng dẫn sử dụng' }).click();
  const contents = drawer.getByRole('navigation', { name: 'Mục lục' });
  for (const p of loadGuide('vi')) await expect(contents.getByRole('button', { name: p.title, exact: true })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'English' }).click();
  await everyScreen(page, 'en', false);
});

test('F1 at a province opens the province\'s pages where they differ', async ({ desk }) => {
  const page = desk.page;
  await setUpOffice(page);
  for (const [nav, section] of [['nav.packagesProvince', 'packages'], ['nav.dashboard', 'dashboard'], ['nav.businesses', 'businesses']] as const) {
    await page.getByRole('menuitem', { name: translate('vi', nav) }).click();
    await expectF1Opens(page, 'vi', expectedTitle('vi', section, null, true), section);
  }
  expect(expectedTitle('vi', 'packages', null, true)).not.toBe(expectedTitle('vi', 'packages', null, false));
});
