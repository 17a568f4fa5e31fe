import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { BackupScreen, signInAgain } from './backupPages';
import { setUpOffice } from './pages';

// Issue 13: a generated passphrase is offered where a backup passphrase is asked, shown once with guidance.
test('generate a passphrase, copy it from the screen, make the backup, restore it by typing the passphrase', async ({ desk }) => {
  test.skip(desk.shell === 'electron', 'the Electron app chooses folders with the native dialog, which a test cannot drive');
  test.slow(); // scrypt three times
  const page = desk.page;
  const usb = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-usb-gen-'));
  try {
    await setUpOffice(page);
    const backup = new BackupScreen(page);
    await backup.open();
    await page.getByLabel('Thư mục lưu (ví dụ ổ USB)').click();
    await page.keyboard.type(usb);
    await page.getByRole('button', { name: 'Tạo mật khẩu ngẫu nhiên' }).click();
    const shown = page.getByLabel('Mật khẩu sao lưu vừa tạo');
    await expect(shown).toBeVisible();
    await expect(page.getByText('Chép tay hoặc in trang này ngay')).toBeVisible();
    const passphrase = (await shown.innerText()).trim();
    expect(passphrase).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    await page.getByRole('button', { name: 'Tạo bản sao lưu' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã sao lưu và kiểm tra xong' })).toBeVisible();
    // Shown once: gone once the backup is made.
    await expect(shown).toHaveCount(0);
    const [file] = fs.readdirSync(usb).filter((f) => f.endsWith('.ddbak'));

    await page.getByLabel('Tệp sao lưu (.ddbak hoặc .sqlite)').click();
    await page.keyboard.type(path.join(usb, file ?? ''));
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await expect(backup.preview()).toBeVisible();
    await backup.preview().getByLabel('Mật khẩu của bản sao lưu').click();
    await page.keyboard.type(passphrase);
    await page.keyboard.press('Enter');
    await expect(backup.preview().getByLabel('Mật khẩu của bản sao lưu')).toBeHidden();
    await backup.restore();
    await signInAgain(page);
  } finally {
    fs.rmSync(usb, { recursive: true, force: true });
  }
});
