import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { firstAdmin } from '../db/users';
import { TEST_COMMUNE, TestApp } from '../electron/testing/factories';
import { addBusiness, exportFrom, openOffice, register as registerAt } from '../electron/packages/linkTesting';
import { choose, setUpOffice } from './pages';
import { DashboardScreen } from './planPages';
import { expect, expectAccessible, test } from './fixtures';

const OTHER_COMMUNE = '06001';

/*
 * The consolidated view at the province (issue 6): two offices' packages imported into the
 * province the test set up, then the register filtered by sending installation and by unit.
 * The offices and the import run in this process on the province's data folder (as the CLI would).
 */
test('the province filters its register by sending office and by unit', async ({ desk }) => {
  const { page } = desk;
  const register = await setUpOffice(page);
  // With no office registered there is nothing to filter by.
  await expect(register.heading()).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Máy gửi' })).toHaveCount(0);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-e2e-link-'));
  const province = TestApp.openAt(desk.dataDir, { besideRunningApp: true });
  // As the CLI does: calls run as the first administrator.
  const admin = firstAdmin(province.running.app.db);
  if (admin) province.session.user = { id: admin.id, name: admin.name, role: admin.role };
  const offices: TestApp[] = [];
  try {
    const config = await province.ok('packages.configExport', { out: path.join(dir, 'config.ddpkg') });
    for (const [unit, name] of [
      [TEST_COMMUNE, 'Karaoke Đông Kinh'],
      [OTHER_COMMUNE, 'Nhà nghỉ Hoàng Văn Thụ'],
    ] as const) {
      const office = await openOffice(unit);
      offices.push(office);
      await registerAt(province, office, dir);
      await office.ok('packages.configImport', { file: config.file, fingerprint: config.fingerprint });
      await addBusiness(office, name, { communeCode: unit });
      await province.ok('packages.import', { file: await exportFrom(office, dir), dryRun: false });
    }
    // The province's plan for the year, adopted after both imports: its frozen denominators count both offices.
    const today = new Date().toISOString().slice(0, 10);
    await province.ok('plan.adopt', { year: Number(today.slice(0, 4)), documentRef: '', adoptedOn: today, startFrom: 'defaults' });
  } finally {
    for (const app of [province, ...offices]) app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }

  // Back to the register: it lists both offices' businesses, and filters by either.
  await page.getByRole('menuitem', { name: 'Thông tin' }).click();
  await page.getByRole('menuitem', { name: 'Cơ sở kinh doanh' }).click();
  await expect(register.row('Karaoke Đông Kinh')).toBeVisible();
  await expect(register.row('Nhà nghỉ Hoàng Văn Thụ')).toBeVisible();

  await choose(page.getByRole('combobox', { name: 'Máy gửi' }), 'Đông Kinh (05977)');
  await expect(register.row('Nhà nghỉ Hoàng Văn Thụ')).toBeHidden();
  await expect(register.row('Karaoke Đông Kinh')).toBeVisible();
  await expectAccessible(page, 'register with the office filter');

  // Leaving the register clears its filters.
  await page.getByRole('menuitem', { name: 'Thông tin' }).click();
  await page.getByRole('menuitem', { name: 'Cơ sở kinh doanh' }).click();
  await choose(page.getByRole('combobox', { name: 'Đơn vị gửi' }), OTHER_COMMUNE);
  await expect(register.row('Karaoke Đông Kinh')).toBeHidden();
  await expect(register.row('Nhà nghỉ Hoàng Văn Thụ')).toBeVisible();

  // The dashboard takes the same filter: T9's live denominator is both offices' businesses, then office A's one
  // (the frozen one stays as adopted: it belongs to the province's plan).
  const dashboard = new DashboardScreen(page);
  await dashboard.open();
  await expect(dashboard.target('T9')).toContainText('Mẫu số (chốt / hiện tại): 2 / 2');
  await choose(page.getByRole('combobox', { name: 'Máy gửi' }), 'Đông Kinh (05977)');
  await expect(dashboard.target('T9')).toContainText('Mẫu số (chốt / hiện tại): 2 / 1');
  await expectAccessible(page, 'dashboard with the office filter');
});
