import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Page objects of sign-in on a shared PC: the users page, sign-in with a new password, the lock screen. */

export class UsersScreen {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole('menuitem', { name: 'Người dùng' }).click();
    await expect(this.heading()).toBeVisible();
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Người dùng' });
  }

  row(name: string) {
    return this.page.getByRole('row').filter({ hasText: name });
  }

  addDialog() {
    return this.page.getByRole('dialog', { name: 'Thêm người dùng' });
  }

  /** Fills the add-user dialog and saves; leaves the dialog open when the office refuses. */
  async add(user: { name: string; role: 'Cán bộ nhập liệu' | 'Kiểm tra viên' | 'Quản trị viên'; password?: string }) {
    await this.page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const dialog = this.addDialog();
    await expect(dialog.getByLabel('Tên đăng nhập')).toBeFocused();
    await dialog.getByLabel('Tên đăng nhập').fill(user.name);
    await dialog.getByRole('radio', { name: user.role }).check();
    if (user.password) {
      await dialog.getByLabel('Mật khẩu ban đầu').fill(user.password);
      await dialog.getByLabel('Nhập lại mật khẩu').fill(user.password);
    }
    await dialog.getByRole('button', { name: 'Lưu' }).click();
  }

  /** The one-time code shown once after adding a user without a password (or a reset); closes it with Enter. */
  async takeCode(name: string): Promise<string> {
    const dialog = this.page.getByRole('dialog', { name: `Mã dùng một lần cho ${name}` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('Mã chỉ hiện một lần')).toBeVisible();
    const code = (await dialog.locator('.dd-one-time-code strong').textContent()) ?? '';
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await expect(dialog.getByText(/Dùng được đến \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
    await this.page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    return code;
  }

  async setIdleMinutes(minutes: number) {
    const field = this.page.getByRole('textbox', { name: 'Khóa sau bao nhiêu phút không dùng bàn phím, chuột' });
    await field.fill(String(minutes));
    await this.page.getByRole('button', { name: 'Lưu' }).click();
    await expect(this.page.getByText(`Màn hình sẽ khóa sau ${minutes} phút không dùng`)).toBeVisible();
  }
}

export class SignInScreen {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Đăng nhập' });
  }

  async signIn(name: string, password: string) {
    await this.page.getByLabel('Tên đăng nhập').fill(name);
    await this.page.getByLabel('Mật khẩu', { exact: true }).fill(password);
    await this.page.getByLabel('Mật khẩu', { exact: true }).press('Enter');
  }

  /** The step shown to a user who has no password yet: the one-time code, then the new password twice. */
  async choosePassword(code: string, password: string, again = password) {
    await expect(this.page.getByText('Tài khoản này chưa có mật khẩu')).toBeVisible();
    const codeField = this.page.getByLabel('Mã dùng một lần');
    await codeField.click();
    await codeField.press('ControlOrMeta+a');
    await this.page.keyboard.type(code);
    await this.page.keyboard.press('Tab');
    await this.page.getByLabel('Mật khẩu mới', { exact: true }).fill(password);
    await this.page.getByLabel('Nhập lại mật khẩu mới').fill(again);
    await this.page.getByRole('button', { name: 'Đặt mật khẩu và đăng nhập' }).click();
  }

  alert() {
    return this.page.getByRole('alert');
  }
}

export class LockScreen {
  constructor(readonly page: Page) {}

  dialog() {
    return this.page.getByRole('dialog', { name: 'Màn hình đã khóa' });
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Màn hình đã khóa' });
  }

  async unlock(password: string) {
    await expect(this.page.getByLabel('Mật khẩu', { exact: true })).toBeFocused();
    await this.page.getByLabel('Mật khẩu', { exact: true }).fill(password);
    await this.page.getByLabel('Mật khẩu', { exact: true }).press('Enter');
  }

  /** Whether what is under the lock (a field, a row) is covered by it: what a passer-by would see. */
  async covers(target: Locator): Promise<boolean> {
    const box = await target.boundingBox();
    if (!box) return true;
    return this.page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('.dd-lock') != null,
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
  }

  async signInAsSomeoneElse() {
    await this.page.getByRole('button', { name: 'Đăng nhập bằng người dùng khác' }).click();
  }

  /** What a call made from devtools gets while the screen is locked (the preload's API, or the host's HTTP). */
  async callFromDevtools(procedure: string): Promise<unknown> {
    return this.page.evaluate(async (name) => {
      const preloadApi = (window as unknown as { api?: Record<string, (input: unknown) => Promise<unknown>> }).api;
      if (preloadApi) return preloadApi[name]?.({});
      const response = await fetch(`./api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-dd-token': sessionStorage.getItem('dd.hostToken') ?? '' },
        body: '{}',
      });
      return (await response.json()) as unknown;
    }, procedure);
  }
}
