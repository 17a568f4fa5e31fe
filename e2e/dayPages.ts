import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { SheetLine, TypedBusiness, TypedPerson } from './dayData';
import { settleAnimations } from './fixtures';
import type { RegisterScreen } from './pages';

/**
 * Keyboard steps of e2e/day.spec.ts: everything a clerk enters is typed (keyboard.type, Tab, Enter, Esc),
 * the mouse only clicks into a field or on a button and then stays where it clicked. Navigation and page
 * objects come from pages.ts, planPages.ts, inspectionsPages.ts and trainingPages.ts.
 */

export const press = (page: Page, key: string, times = 1) =>
  Array.from({ length: times }).reduce<Promise<void>>((p) => p.then(() => page.keyboard.press(key)), Promise.resolve());

/** Clicks into a field and types (over what it shows: a date field may start with a default). */
export async function typeInto(field: Locator, text: string, then: 'Tab' | 'Enter' | null = 'Tab') {
  await field.click();
  const page = field.page();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  if (then) await page.keyboard.press(then);
}

/** A searchable select reached by Tab: type the words, Enter takes the first match. */
async function typeChoice(page: Page, search: string) {
  await page.keyboard.type(search);
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
}

/** A plain select reached by Tab: Enter opens it, Arrow Down to the n-th choice, Enter takes it. */
async function arrowChoice(page: Page, index: number) {
  await page.keyboard.press('Enter');
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(1);
  await press(page, 'ArrowDown', index);
  await page.keyboard.press('Enter');
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
}

/** One business from its paper form, field after field with Tab, saved with Ctrl+S. */
export async function typeBusiness(register: RegisterScreen, b: TypedBusiness) {
  const page = register.page;
  const t0 = Date.now();
  const lap = (what: string) => process.env.DAY_TIMING && console.log(`[day] ${b.name} ${what} ${Date.now() - t0} ms`);
  const form = await register.add();
  // The clerk starts typing once the drawer has opened (its focus moves settle with its animation).
  await settleAnimations(page);
  await expect(form.field('Tên cơ sở')).toBeFocused();
  lap('open');
  await page.keyboard.type(b.name);
  if (b.escapeAfterName) {
    // Esc by habit: the drawer asks, the safe answer (focused) keeps the typing; back into the name to go on.
    await page.keyboard.press('Escape');
    const ask = page.getByRole('dialog', { name: 'Bỏ các thay đổi chưa lưu?' });
    await expect(ask.getByRole('button', { name: 'Ở lại tiếp tục nhập' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(ask).toBeHidden();
    await expect(form.field('Tên cơ sở')).toHaveValue(b.name);
    await form.field('Tên cơ sở').click();
    await page.keyboard.press('End');
  }
  await page.keyboard.press('Tab');
  await typeChoice(page, b.typeSearch);
  await page.keyboard.press('Tab');
  if (b.statusSearch) await typeChoice(page, b.statusSearch);
  await page.keyboard.press('Tab');
  await page.keyboard.type(b.address);
  await page.keyboard.press('Tab');
  await typeChoice(page, b.communeSearch);
  lap('choices');
  for (const text of [b.ownerName, b.phone, b.registrationNo, b.registrationDate?.typed ?? '', b.securityCertNo, b.securityCertDate?.typed ?? '', b.licenceNo, b.licenceDate?.typed ?? '', b.licenceIssuer]) {
    await page.keyboard.press('Tab');
    if (text) await page.keyboard.type(text);
  }
  await page.keyboard.press('Tab');
  lap('texts');
  await expect(form.field('Tổng số lao động')).toBeFocused();
  if (b.workersSlip) {
    await page.keyboard.type(b.workersSlip);
    await page.keyboard.press('Tab');
    await expect(form.dialog.getByText('Phải là số nguyên, không có phần thập phân')).toBeVisible();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ControlOrMeta+A');
  }
  if (b.workersTotal) await page.keyboard.type(b.workersTotal.typed);
  await page.keyboard.press('Tab');
  if (b.workersWomen) await page.keyboard.type(b.workersWomen.typed);
  await page.keyboard.press('Tab');
  if (b.notes) await page.keyboard.type(b.notes);
  await expect(form.dialog.locator('.ant-form-item-explain-error')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+S');
  await expect(form.dialog).toBeHidden();
  lap('saved');
}

/** One person into the staff register through its dialog, typed field after field. */
export async function typePerson(page: Page, p: TypedPerson) {
  await page.getByRole('button', { name: 'Thêm người' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm người vào danh sách cán bộ' });
  await expect(dialog.getByLabel('Họ và tên')).toBeFocused();
  await page.keyboard.type(p.fullName);
  await page.keyboard.press('Tab');
  await page.keyboard.type(String(p.birthYear));
  await page.keyboard.press('Tab');
  await arrowChoice(page, p.gender.index);
  await page.keyboard.press('Tab');
  await arrowChoice(page, p.group.index);
  await page.keyboard.press('Tab');
  await arrowChoice(page, p.level.index);
  await page.keyboard.press('Tab');
  await typeChoice(page, p.unitSearch);
  for (const text of [p.position, p.agency, p.phone]) {
    await page.keyboard.press('Tab');
    await page.keyboard.type(text);
  }
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
}

/**
 * One inspection's sheet, from the opened code: each yes/no item by its key (a slip corrected by the
 * right key on the same item), a number typed, a note reached with Tab; Enter on to the next item.
 */
export async function typeSheet(page: Page, lines: readonly SheetLine[]) {
  for (const [index, line] of lines.entries()) {
    await expect(page.getByLabel(`Trả lời mục ${index + 1}`, { exact: true })).toBeFocused();
    for (const key of line.keys) await page.keyboard.press(key);
    if (line.typed) await page.keyboard.type(line.typed);
    if (line.note) {
      await page.keyboard.press('Tab');
      await page.keyboard.type(line.note);
    }
    await page.keyboard.press('Enter');
  }
}
