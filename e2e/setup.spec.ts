import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, expectAccessible, test } from './fixtures';
import { OFFICE, RegisterScreen, SetupScreen } from './pages';
import { DashboardScreen } from './planPages';
import { parseDbKey } from '../db/key';
import { TEST_DB_KEY } from '../db/testing';

test('first-run setup, then sign out and sign in again', async ({ desk }) => {
  const page = desk.page;
  const setup = new SetupScreen(page);
  await expect(setup.heading()).toBeVisible();
  await expectAccessible(page, 'setup: office');

  // A clerk who skips fields is told which ones, in Vietnamese.
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByText('Bắt buộc nhập').first()).toBeVisible();

  await setup.fillOffice({ name: OFFICE.name, level: 'Huyện', list: 'trước 01/07/2025', unit: 'thanh pho lang son' });
  await expectAccessible(page, 'setup: administrator');
  await setup.fillAdmin(OFFICE.admin, 'ngan');
  await expect(page.getByText('Mật khẩu phải có ít nhất 8 ký tự')).toBeVisible();
  await setup.fillAdmin(OFFICE.admin, OFFICE.password, 'khac-hoan-toan');
  await expect(page.getByText('Hai lần nhập mật khẩu không khớp')).toBeVisible();
  await setup.fillAdmin(OFFICE.admin, OFFICE.password);

  // The data is encrypted: the recovery key is shown once, with the warning to print and keep it.
  await expect(page.getByText('Mã chỉ hiện một lần')).toBeVisible();
  await expectAccessible(page, 'setup: recovery key');
  const recoveryKey = await setup.keepRecoveryKey();
  expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){10}[0-9A-HJKMNP-TV-Z]{5}$/);
  // It is the database's key: the host was started with the tests' key source.
  expect(parseDbKey(recoveryKey).equals(TEST_DB_KEY)).toBe(true);

  // Home after setup: the targets dashboard.
  const dashboard = new DashboardScreen(page);
  await expect(dashboard.heading()).toBeVisible();
  await page.getByRole('menuitem', { name: 'Cơ sở kinh doanh' }).click();
  const register = new RegisterScreen(page);
  await expect(register.heading()).toBeVisible();
  await expect(page.getByText('Thành phố Lạng Sơn').first()).toBeVisible();
  await expectAccessible(page, 'register (empty)');

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
  await expectAccessible(page, 'sign-in');
  await page.getByLabel('Tên đăng nhập').fill('nguyen thi hoa');
  await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
  await page.getByLabel('Mật khẩu').press('Enter');
  await expect(page.getByRole('alert')).toContainText('Sai tên đăng nhập hoặc mật khẩu');
  await page.getByLabel('Mật khẩu').fill(OFFICE.password);
  await page.getByLabel('Mật khẩu').press('Enter');
  await expect(dashboard.heading()).toBeVisible();

  await page.getByRole('menuitem', { name: 'Thông tin' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thông tin phần mềm' })).toBeVisible();
  await expect(page.getByText(desk.dataDir)).toBeVisible();
  await expectAccessible(page, 'about');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('menuitem', { name: 'Businesses' })).toBeVisible();
});

test('an office outside Lạng Sơn loads its unit list from the official spreadsheet', async ({ desk }) => {
  const page = desk.page;
  const file = path.join(desk.dataDir, 'danh-muc-ha-giang.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['Tỉnh / Thành Phố', 'Mã TP', 'Phường Xã', 'Mã PX', 'Cấp']);
  ws.addRow(['Tỉnh Hà Giang', '02', 'Phường Hà Giang 1', '00688', 'Phường']);
  ws.addRow(['Tỉnh Hà Giang', '02', 'Xã Ngọc Đường', '00694', 'Xã']);
  await wb.xlsx.writeFile(file);

  await page.getByRole('button', { name: 'Nạp danh mục từ tệp Excel của cơ quan thống kê' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nạp danh mục từ tệp Excel của cơ quan thống kê' });
  await dialog.getByLabel('Mã phiên bản danh mục').fill('HG-2025');
  await dialog.getByLabel('Tên danh mục').fill('Hà Giang từ 01/07/2025');
  await dialog.locator('input[type=file]').setInputFiles(file);
  await expectAccessible(page, 'setup: unit list import');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã nạp 3 đơn vị vào danh mục Hà Giang từ 01/07/2025')).toBeVisible();

  const setup = new SetupScreen(page);
  await setup.fillOffice({ name: 'UBND xã Ngọc Đường', level: 'Xã, phường', unit: 'ngoc duong' });
  await setup.finish('can bo', OFFICE.password);
  await expect(new DashboardScreen(page).heading()).toBeVisible();
  await expect(page.getByText('Xã Ngọc Đường').first()).toBeVisible();
});
