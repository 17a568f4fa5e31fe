import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { OFFICE } from './pages';

/** Page objects of the backup and restore page (typed paths: the browser host has no file dialogs). */
export class BackupScreen {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole('menuitem', { name: 'Sao lưu, khôi phục' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Sao lưu, khôi phục' })).toBeVisible();
  }

  async backUpTo(folder: string, passphrase: string) {
    await this.page.getByLabel('Thư mục lưu (ví dụ ổ USB)').fill(folder);
    await this.page.getByLabel('Mật khẩu bản sao lưu', { exact: true }).fill(passphrase);
    await this.page.getByLabel('Nhập lại mật khẩu bản sao lưu').fill(passphrase);
    await this.page.getByRole('button', { name: 'Tạo bản sao lưu' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Đã sao lưu và kiểm tra xong' })).toBeVisible();
  }

  async previewFile(file: string) {
    await this.page.getByLabel('Tệp sao lưu (.ddbak hoặc .sqlite)').fill(file);
    await this.page.getByRole('button', { name: 'Xem trước' }).click();
    await expect(this.preview()).toBeVisible();
  }

  preview() {
    return this.page.getByRole('region', { name: 'Xem trước bản sao lưu' });
  }

  async unlock(passphrase: string) {
    await this.preview().getByLabel('Mật khẩu của bản sao lưu').fill(passphrase);
    await this.preview().getByRole('button', { name: 'Kiểm tra mật khẩu' }).click();
    await expect(this.preview().getByLabel('Mật khẩu của bản sao lưu')).toBeHidden();
  }

  async restore() {
    await this.preview().getByRole('button', { name: 'Khôi phục' }).click();
  }
}

export async function signInAgain(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
  await page.getByLabel('Tên đăng nhập').fill(OFFICE.admin);
  await page.getByLabel('Mật khẩu').fill(OFFICE.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}
