import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { OFFICE, openRegister, setUpOffice } from './pages';
import { LockScreen } from './usersPages';

const rowsOf = (ws: ExcelJS.Worksheet | undefined) =>
  (ws?.getSheetValues() ?? []).slice(1).map((r) => (Array.isArray(r) ? r.slice(1).map((v) => v ?? null) : []));

test('a report before the year\'s plan is adopted, on today\'s quarter picked by keyboard (1024x768)', async ({ desk }) => {
  test.skip(!desk.setClock, 'the fixed clock needs the loopback host');
  desk.setClock?.('2026-08-10T03:00:00.000Z');
  const page = desk.page;
  await page.setViewportSize({ width: 1024, height: 768 });
  await setUpOffice(page);
  await page.getByRole('menuitem', { name: 'Tổng quan' }).click();
  await expect(page.getByText('Chưa có kế hoạch năm 2026.')).toBeVisible();

  await page.getByRole('button', { name: 'Lập báo cáo định kỳ' }).click();
  const dialog = page.getByRole('dialog', { name: 'Báo cáo định kỳ' });
  await expect(dialog.getByRole('combobox', { name: 'Kỳ báo cáo' })).toBeFocused();
  await expect(dialog.getByTitle('Quý III/2026 (01/07/2026 – 30/09/2026)')).toBeVisible();
  // Typed without diacritics, the name finds the period; Enter takes it.
  await page.keyboard.type('thang 7');
  await page.keyboard.press('Enter');
  await expect(dialog.getByTitle('Tháng 7/2026 (01/07/2026 – 31/07/2026)')).toBeVisible();
  await dialog.getByRole('radio', { name: /^Bảng tính \.xlsx/ }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Lập báo cáo' }).click();
  const file = path.join(desk.dataDir, 'bao-cao-thang-7.xlsx');
  await (await downloading).saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(rowsOf(wb.getWorksheet('Chỉ tiêu kế hoạch'))[1]).toEqual(['Năm 2026 chưa ban hành kế hoạch phòng, chống mại dâm: chưa có chỉ tiêu để đánh giá.']);
  expect(rowsOf(wb.getWorksheet('Thông tin báo cáo'))[0]).toEqual(['Kỳ báo cáo', '2026-07']);
  expect(wb.getWorksheet('Cơ sở kinh doanh')).toBeDefined();
});

test('an office\'s own headers are read by meaning, and the rejected rows come back as a file to correct and import again (1366x768)', async ({ desk }) => {
  const page = desk.page;
  await page.setViewportSize({ width: 1366, height: 768 });
  const register = await setUpOffice(page);
  const input = path.join(desk.dataDir, 'danh-sach-cua-xa.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS');
  ws.addRow(['STT', 'Tên cơ sở kinh doanh', 'Ngành nghề kinh doanh', 'Mã xã', 'SĐT']);
  ws.addRow([1, 'Karaoke Hoa Mai', 'Karaoke', '05977', '0912 345 678']);
  ws.addRow([2, 'Quán Vui', 'Sòng bạc', '05977', '0987 000 111']);
  await wb.xlsx.writeFile(input);

  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập danh sách cơ sở từ Excel' });
  await dialog.locator('input[type=file]').setInputFiles(input);
  await expect(dialog.getByRole('status').filter({ hasText: '2 dòng: 1 hợp lệ, 1 có lỗi' })).toBeVisible();
  const readAs = dialog.getByRole('list', { name: 'Cột được đọc theo nghĩa' });
  for (const line of ['Cột “SĐT” được đọc là “Điện thoại”', 'Cột “Mã xã” được đọc là “Xã, phường”', 'Cột “Tên cơ sở kinh doanh” được đọc là “Tên cơ sở”']) {
    await expect(readAs.getByText(line)).toBeVisible();
  }

  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Tải các dòng lỗi để sửa (1 dòng)' }).click();
  const rejected = path.join(desk.dataDir, 'dong-loi.xlsx');
  await (await downloading).saveAs(rejected);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(rejected);
  expect(rowsOf(back.worksheets[0])).toEqual([
    ['STT', 'Tên cơ sở kinh doanh', 'Ngành nghề kinh doanh', 'Mã xã', 'SĐT', 'Lỗi'],
    [2, 'Quán Vui', 'Sòng bạc', '05977', '0987 000 111', 'Ngành nghề kinh doanh: Loại hình không hợp lệ'],
  ]);
  await dialog.getByRole('button', { name: 'Chỉ nhập 1 dòng hợp lệ' }).click();
  await expect(register.count()).toHaveText('1 cơ sở');

  // The clerk corrects the type in the file and imports it again.
  const corrected = back.worksheets[0];
  if (corrected) corrected.getRow(2).getCell(3).value = 'Nhà nghỉ';
  await back.xlsx.writeFile(rejected);
  await openRegister(page);
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  await dialog.locator('input[type=file]').setInputFiles(rejected);
  await expect(dialog.getByRole('status').filter({ hasText: '1 dòng: 1 hợp lệ, 0 có lỗi' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Nhập tất cả' }).click();
  await expect(register.count()).toHaveText('2 cơ sở');
});

test('Ctrl+L locks the screen with the business drawer open; after unlocking the typed name is still there (1024x768)', async ({ desk }) => {
  const page = desk.page;
  await page.setViewportSize({ width: 1024, height: 768 });
  const register = await setUpOffice(page);
  await expect(page.getByRole('button', { name: 'Khóa màn hình' })).toHaveAttribute('title', /Ctrl\+L/);
  const form = await register.add();
  await form.field('Tên cơ sở').click();
  await page.keyboard.type('Nhà nghỉ Bình Minh');
  await page.keyboard.press('Control+l');
  const lock = new LockScreen(page);
  await expect(lock.heading()).toBeVisible();
  expect(await lock.covers(form.field('Tên cơ sở'))).toBe(true);
  await lock.unlock(OFFICE.password);
  await expect(lock.heading()).toHaveCount(0);
  await expect(form.field('Tên cơ sở')).toHaveValue('Nhà nghỉ Bình Minh');
  await expect(form.field('Tên cơ sở')).toBeFocused();
});
