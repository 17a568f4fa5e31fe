import { expect, test } from '@playwright/test';
import { tempDataDir } from '../db/testing';
import { businessFields, TEST_OFFICE, TestApp } from '../electron/testing/factories';
import { startHost } from './host';
import { openRegister } from './pages';

// A data folder that refuses writes (forced through the write probe: the test runs as root, whom
// permissions do not stop; electron/crash/readOnly.test.ts also covers a truly unwritable folder).
test('a read-only data folder: the clerk can read the register and is told why nothing can be saved', async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'the loopback host injects the read-only folder');
  const { dir, cleanup } = tempDataDir('dd-e2e-readonly-');
  const setup = TestApp.at(dir);
  await setup.ok('setup.complete', TEST_OFFICE);
  await setup.ok('businesses.create', businessFields());
  setup.close();
  const host = await startHost({ dataDir: dir, db: { canWrite: () => false } });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(host.appUrl);
    await page.getByLabel('Tên đăng nhập').fill(TEST_OFFICE.adminName);
    await page.getByLabel('Mật khẩu').fill(TEST_OFFICE.password);
    await page.getByLabel('Mật khẩu').press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: 'chế độ chỉ đọc' })).toBeVisible();
    await openRegister(page);
    await expect(page.getByText('Nhà nghỉ Hoàng Anh')).toBeVisible();
  } finally {
    await context.close();
    await host.close();
    cleanup();
  }
});
