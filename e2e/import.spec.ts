import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, expectAccessible, test } from './fixtures';
import { setUpOffice } from './pages';

const HEADERS = ['Tên cơ sở', 'Loại hình', 'Địa chỉ', 'Xã, phường', 'Số đăng ký kinh doanh', 'Ngày đăng ký kinh doanh', 'Tình trạng'];

/** A clerk's spreadsheet: three good rows and two bad ones (rows 4 and 6 in Excel). */
async function clerkWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(HEADERS);
  ws.addRow(['Karaoke Hoa Mai', 'Karaoke', 'Số 3 Lê Lợi', 'Phường Đông Kinh', '14A0001', '05/06/2020', 'Đang hoạt động']);
  ws.addRow(['Nhà nghỉ Bình Minh', 'nha nghi', 'Số 8 Bà Triệu', 'phuong tam thanh', '14A0002', new Date(Date.UTC(2019, 0, 31)), '']);
  ws.addRow(['', 'Karaoke', 'Dòng thiếu tên', '05977', '', '', '']);
  ws.addRow(['Massage Thảo Nguyên', 'Xoa bóp, xông hơi', 'Số 1 Hùng Vương', '05983', '14A0003', 43831, 'Tạm ngừng']);
  ws.addRow(['Quán Nhậu Vui', 'Sòng bạc', 'Số 9', 'Xã Không Có', '', '31/02/2024', '']);
  await wb.xlsx.writeFile(file);
}

test('import a spreadsheet with bad rows, see the errors, import the valid rows, export back', async ({ desk }) => {
  const page = desk.page;
  const register = await setUpOffice(page);
  const input = path.join(desk.dataDir, 'danh-sach-co-so.xlsx');
  await clerkWorkbook(input);

  // The template a clerk starts from: Vietnamese headers, an example row, the allowed values.
  const templateDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải mẫu nhập liệu' }).click();
  const templateFile = path.join(desk.dataDir, 'mau.xlsx');
  await (await templateDownload).saveAs(templateFile);
  const template = new ExcelJS.Workbook();
  await template.xlsx.readFile(templateFile);
  expect(template.worksheets.map((w) => w.name)).toEqual(['Danh sách cơ sở', 'Giá trị hợp lệ']);
  expect(template.worksheets[0]?.getRow(1).getCell(2).text).toBe('Loại hình');
  expect(template.worksheets[0]?.getRow(2).getCell(1).text).toBe('Nhà nghỉ Hoàng Anh');

  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập danh sách cơ sở từ Excel' });
  await expect(dialog).toBeVisible();
  await dialog.locator('input[type=file]').setInputFiles(input);
  await expect(dialog.getByRole('status').filter({ hasText: '5 dòng: 3 hợp lệ, 2 có lỗi' })).toBeVisible();
  await expect(dialog.getByText('Dòng 4').first()).toBeVisible();
  await expect(dialog.getByText('Dòng 6').first()).toBeVisible();
  await expect(dialog.getByText('Loại hình không hợp lệ')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Nhập tất cả' })).toBeDisabled();
  await expectAccessible(page, 'import preview');

  await dialog.getByRole('button', { name: 'Chỉ nhập 3 dòng hợp lệ' }).click();
  await expect(page.getByText('Đã nhập 3 cơ sở')).toBeVisible();
  await expect(register.count()).toHaveText('3 cơ sở');
  await register.search('binh minh');
  await expect(register.row('Nhà nghỉ Bình Minh')).toBeVisible();
  await register.search('');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất ra Excel' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const exported = path.join(desk.dataDir, 'xuat.xlsx');
  await download.saveAs(exported);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(exported);
  const sheet = wb.worksheets[0];
  expect(sheet?.getRow(1).getCell(1).text).toBe('Tên cơ sở');
  const names = [2, 3, 4].map((r) => sheet?.getRow(r).getCell(1).text);
  expect(names.sort()).toEqual(['Karaoke Hoa Mai', 'Massage Thảo Nguyên', 'Nhà nghỉ Bình Minh']);
});

test('a file that is not a spreadsheet gets a clear message and nothing is written', async ({ desk }) => {
  const page = desk.page;
  const register = await setUpOffice(page);
  const bogus = path.join(desk.dataDir, 'bao-cao.xlsx');
  fs.writeFileSync(bogus, 'Đây là văn bản, không phải bảng tính');
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập danh sách cơ sở từ Excel' });
  await dialog.locator('input[type=file]').setInputFiles(bogus);
  await expect(dialog.getByText('Tệp không phải là bảng tính Excel (.xlsx)')).toBeVisible();
  await dialog.getByRole('button', { name: 'Hủy' }).first().click();
  await expect(register.count()).toHaveText('0 cơ sở');
});
