import type { Page } from '@playwright/test';
import { checkGuide, loadGuide } from '../build/guide/sources';
import { translate, type Locale } from '../renderer/i18n/translate';
import type { MessageKey } from '../renderer/i18n/vi';
import { expect, test } from './fixtures';
import { expectedTitle, expectF1Opens } from './helpPages';
import { setUpCommuneOffice } from './packagesPages';

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
  test.setTimeout(240_000);
  expect(checkGuide()).toEqual([]);
  const page = desk.page;
  // Before sign-in: the setup wizard has its page too.
  await expect(page.getByRole('heading', { level: 1, name: 'Thiết lập văn phòng' })).toBeVisible();
  await expectF1Opens(page, 'vi', expectedTitle('vi', 'setup', null, false), 'setup');
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
