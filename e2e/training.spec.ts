import path from 'node:path';
import ExcelJS from 'exceljs';
import { pdfText } from '../electron/print/pdfText';
import { expect, expectAccessible, test } from './fixtures';
import { setUpOffice } from './pages';
import { CourseForm, CourseScreen, EventForm, TrainingScreen } from './trainingPages';

const HEADERS = ['Họ và tên', 'Giới tính', 'Năm sinh', 'Chức vụ', 'Cơ quan', 'Cấp', 'Đơn vị', 'Nhóm đối tượng'];

async function staffWorkbook(file: string, rows: (string | number)[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(HEADERS);
  for (const row of rows) ws.addRow(row);
  await wb.xlsx.writeFile(file);
}

const YEAR = new Date().getFullYear();

test.setTimeout(180_000);

test('import staff with a duplicate and merge it; a course with attendance by keyboard moves T12; an event in two communes moves T1 and T3', async ({ desk }) => {
  const page = desk.page;
  const register = await setUpOffice(page);
  // One at-risk business with 10 workers: the T3 denominator.
  const business = await register.add();
  await business.fill({ name: 'Karaoke Hoa Mai', type: 'Karaoke', commune: 'Đông Kinh', workersTotal: '10' });
  await business.save();
  await expect(register.count()).toHaveText('1 cơ sở');

  const training = new TrainingScreen(page);
  await training.open();
  const first = path.join(desk.dataDir, 'can-bo-1.xlsx');
  await staffWorkbook(first, [
    ['NGUYỄN VĂN ĐỨC', 'Nam', 1980, 'Chủ tịch', 'UBND phường Đông Kinh', 'Xã', 'Phường Đông Kinh', 'Cán bộ'],
    ['Lê Thị Hồng', 'Nữ', 1990, 'Công chức', 'UBND phường Đông Kinh', 'Xã', 'Phường Đông Kinh', 'Công chức'],
    ['Phạm Văn Cường', 'Nam', 985, 'Công an', 'Công an phường', 'Xã', 'Phường Đông Kinh', 'Công an, biên phòng'],
  ]);
  await training.importStaff(first, ['3 dòng: 2 hợp lệ, 1 có lỗi', 'Năm sinh phải có 4 chữ số, từ 1900 (ví dụ 1985)']);
  await expect(training.staffCount()).toHaveText('2 người');
  await expect(page.getByRole('cell', { name: 'Nguyễn Văn Đức', exact: true })).toBeVisible();

  const second = path.join(desk.dataDir, 'can-bo-2.xlsx');
  // The same Đức again, and another Lê Thị Hồng of the same year and ward (a namesake at the health station).
  await staffWorkbook(second, [
    ['Nguyễn Văn Đức', 'Nam', 1980, 'Chủ tịch', 'UBND phường Đông Kinh', 'Xã', '05977', 'Cán bộ'],
    ['Lê Thị Hồng', 'Nữ', 1990, 'Kế toán', 'Trạm y tế phường', 'Xã', 'Phường Đông Kinh', 'Viên chức'],
  ]);
  await training.importStaff(second, ['Có thể trùng với người đã có: Nguyễn Văn Đức (sẽ được đề nghị hợp nhất)']);
  await expect(training.staffCount()).toHaveText('4 người');
  await expect(training.duplicates()).toHaveText('Có thể trùng người (2 cặp)');
  await expectAccessible(page, 'staff register with duplicates');
  // Record 2 kept after seeing what differs, then undone, then merged keeping record 1.
  await training.mergeFirstDuplicate('Nguyễn Văn Đức', 2);
  await expect(training.staffCount()).toHaveText('3 người');
  await training.undoMerge('Nguyễn Văn Đức');
  await expect(training.staffCount()).toHaveText('4 người');
  await expect(training.duplicates()).toHaveText('Có thể trùng người (2 cặp)');
  await training.mergeFirstDuplicate('Nguyễn Văn Đức');
  await expect(training.staffCount()).toHaveText('3 người');
  await expect(training.duplicates()).toHaveText('Có thể trùng người (1 cặp)');
  await training.notTheSamePerson('Lê Thị Hồng');
  await expect(training.duplicates()).toBeHidden();
  await expect(training.staffCount()).toHaveText('3 người');

  await training.tab('Chỉ tiêu');
  await expect(training.figure('T12')).toHaveText('0/3 (0%)');

  await training.tab('Lớp tập huấn');
  await new CourseForm(page).create({
    title: 'Tập huấn phòng, chống mại dâm',
    start: `10/03/${YEAR}`,
    end: `11/03/${YEAR}`,
    sessions: [`10/03/${YEAR}`, `11/03/${YEAR}`],
  });
  const course = new CourseScreen(page);
  await course.addFromRegister('Nguyễn Văn Đức');
  // Added by mistake, taken off again: the register still has her.
  await course.addFromRegister('Lê Thị Hồng');
  await course.removeParticipant('Lê Thị Hồng');
  await course.recordAttendance(/^Buổi 1 /, ['Nguyễn Văn Đức']);
  await course.recordAttendance(/^Buổi 2 /, ['Nguyễn Văn Đức']);
  await expect(page.getByRole('status').filter({ hasText: '1 học viên, 1 hoàn thành, 2 buổi' })).toBeVisible();
  await expectAccessible(page, 'course attendance');

  // Narrowing the course past a session with attendance is refused, saying which session.
  const edit = await course.editDates(`11/03/${YEAR}`, `11/03/${YEAR}`);
  await expect(edit.getByText(`Buổi 1 (10/03/${YEAR}) đã có điểm danh`).first()).toBeVisible();
  await edit.getByRole('button', { name: 'Hủy' }).click();
  // The dates typed are thrown away only once the clerk says so.
  await page.getByRole('dialog', { name: 'Bỏ các thay đổi chưa lưu?' }).getByRole('button', { name: 'Bỏ thay đổi' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByText(`10/03/${YEAR} - 11/03/${YEAR}`)).toBeVisible();

  // The sign-in sheet of session 1 from its preview (page.pdf prints what the preview shows).
  if (desk.shell === 'chromium') {
    const preview = await course.printSignIn(1);
    await expect(preview.getByText('Buổi 1: 1 người, 1 trang')).toBeVisible();
    const read = await pdfText(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const text = read.text.join('\n').normalize('NFC').replace(/\s+/g, ' ');
    expect(text).toContain('DANH SÁCH KÝ NHẬN');
    expect(text).toContain('Lớp tập huấn: Tập huấn phòng, chống mại dâm');
    expect(text).toContain(`Buổi 1/2: cả ngày, ngày 10/03/${YEAR}`);
    expect(text).toContain('1 Nguyễn Văn Đức Chủ tịch UBND phường Đông Kinh');
    expect(read.pages).toBe(await preview.locator('.dd-print-page').count());
    expect(text).not.toMatch(/Trang \d+ \/ \d+/);
    expect(text).toContain(`Lạng Sơn, ngày 10 tháng 3 năm ${YEAR}`);
    await preview.getByRole('button', { name: 'Đóng' }).click();
    await expect(preview).toBeHidden();
  }

  await training.tab('Chỉ tiêu');
  await expect(training.figure('T12')).toHaveText(/^1\/3 \(33[,.]3%\)$/);
  await expect(training.figure('T3')).toHaveText('0/10 (0%)');
  await expect(training.figure('T1')).toHaveText(/^0\/\d+ \(0%\)$/);

  await training.tab('Hoạt động truyền thông');
  await new EventForm(page).create({ type: 'Nói chuyện chuyên đề', date: `20/05/${YEAR}`, communes: ['Đông Kinh', 'Tam Thanh'], workers: 8 });
  await training.tab('Chỉ tiêu');
  await expect(training.figure('T1')).toHaveText(/^2\/\d+ /);
  await expect(training.figure('T3')).toHaveText('8/10 (80%)');
  await page.getByRole('button', { name: 'Xem danh sách' }).nth(1).click();
  await expect(page.getByRole('region', { name: /^Danh sách: T1/ }).getByRole('cell', { name: 'Phường Tam Thanh' })).toBeVisible();
});
