import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { insertBusiness } from '../db/business';
import { businessFields, TEST_COMMUNE } from '../db/testing';
import { COMMUNE_OFFICE, openOffice } from '../electron/packages/linkTesting';
import { expect, expectAccessible, test } from './fixtures';
import { ProvincePackagesScreen } from './packagesPages';
import { setUpOffice } from './pages';

/*
 * A large package is checked and imported in a worker thread: its own progress bar moves through
 * values in between (the app answered while the work ran), and then the package is imported.
 */

const BUSINESSES = 15_000;

test('a large package shows its own progress bar, moving while it is checked and imported', async ({ desk }) => {
  test.skip(desk.shell !== 'chromium', 'typed paths: the Electron app chooses files with the native dialog');
  test.slow(); // two installations and a package of 15,000 businesses on a shared machine
  const page = desk.page;
  const usb = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-usb-'));
  const office = await openOffice();
  try {
    await setUpOffice(page);
    const screen = new ProvincePackagesScreen(page);
    await screen.open();
    await screen.exportConfig(usb);
    const configFile = fs.readdirSync(usb).find((f) => f.startsWith('cau-hinh-tinh-20-'));
    await office.ok('packages.configImport', { file: path.join(usb, configFile ?? ''), fingerprint: await screen.fingerprintIn(screen.config) });
    const registration = await office.ok('packages.registrationExport', { out: path.join(usb, 'dang-ky.json') });
    await screen.register(registration.file, registration.fingerprint);
    await expect(screen.officeRow(COMMUNE_OFFICE.officeName)).toContainText('đang hoạt động');

    // The office's register, written straight into its database, sent as one full package.
    const db = office.running.app.db;
    const owner = { unitCode: TEST_COMMUNE, unitListVersion: 'VN-2025' };
    const stamp = { userId: null, now: new Date().toISOString() };
    db.transaction(() => {
      for (let i = 0; i < BUSINESSES; i++) insertBusiness(db, randomUUID(), owner, businessFields({ name: `Cơ sở số ${i}`, registrationNo: '' }), stamp);
    })();
    const sent = await office.ok('packages.export', { out: path.join(usb, 'goi-lon.ddpkg'), full: true });

    // Checked (signature, every chunk, then a dry run of every record): the bar shows a share between 1% and 99%.
    const item = screen.item(sent.file);
    const moving = item.getByRole('progressbar', { name: new RegExp(`^${sent.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: đã xong ([1-9]|[1-9]\\d)%$`) });
    await screen.check(sent.file);
    await expect(moving).toBeVisible();
    await expectAccessible(page, 'province packages page checking a large package');
    // Long work by design: on a loaded machine checking takes tens of seconds.
    const longWork = { timeout: 90_000 };
    await expect(item).toContainText('Hợp lệ, chưa nhập', longWork);
    await expect(item.getByRole('progressbar')).toHaveCount(0);

    // Imported: the bar again, then the notice.
    await item.getByRole('button', { name: 'Nhập gói này' }).click();
    await expect(moving).toBeVisible();
    await expect(item.getByRole('status').filter({ hasText: `Đã nhập gói số 1 của ${COMMUNE_OFFICE.officeName}` })).toBeVisible(longWork);
    await expect(item.getByRole('table', { name: `Đã nhập từ tệp ${sent.file}` }).getByRole('row', { name: /Cơ sở kinh doanh/ })).toContainText(String(BUSINESSES));
  } finally {
    office.close();
    fs.rmSync(usb, { recursive: true, force: true });
  }
});
