import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { choose } from './pages';

/** Sign-in screen of a shared PC. */
export class SignInScreen {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Đăng nhập' });
  }

  async signIn(name: string, password: string) {
    await this.page.getByLabel('Tên đăng nhập').fill(name);
    await this.page.getByLabel('Mật khẩu').fill(password);
    await this.page.getByLabel('Mật khẩu').press('Enter');
  }
}

/** The activity log ("Nhật ký hoạt động"). */
export class AuditLogScreen {
  constructor(readonly page: Page) {}

  static async open(page: Page): Promise<AuditLogScreen> {
    await page.getByRole('menuitem', { name: 'Nhật ký hoạt động' }).click();
    const screen = new AuditLogScreen(page);
    await expect(screen.heading()).toBeVisible();
    return screen;
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Nhật ký hoạt động' });
  }

  count() {
    return this.page.getByRole('status').filter({ hasText: /mục$/ });
  }

  /** Table rows holding all the given texts (header row excluded). */
  rows(...texts: string[]) {
    let rows = this.page.locator('.ant-table-tbody tr.ant-table-row');
    for (const text of texts) rows = rows.filter({ hasText: text });
    return rows;
  }

  /** Opens an entry's detail (what was typed, which file) below its row; returns it. */
  async detail(row: Locator) {
    await row.locator('.ant-table-row-expand-icon').click();
    return this.page.locator('.ant-table-expanded-row:visible pre');
  }

  async filterRecord(text: string) {
    await this.page.getByRole('searchbox', { name: 'Lọc theo hồ sơ' }).fill(text);
  }

  async filterAction(label: string) {
    await choose(this.page.getByRole('combobox', { name: 'Lọc theo thao tác' }), label);
  }

  async verify() {
    await this.page.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
  }

  async exportFile() {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Xuất ra Excel' }).click();
    return download;
  }
}
