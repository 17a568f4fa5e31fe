import path from 'node:path';
import ExcelJS from 'exceljs';
import { pdfText } from '../electron/print/pdfText';
import { expect, expectAccessible, test, type Desk } from './fixtures';
import { OFFICE, SetupScreen } from './pages';
import { CasesScreen, DashboardScreen } from './planPages';

async function setUpWithPlan(desk: Desk) {
  const setup = new SetupScreen(desk.page);
  await expect(setup.heading()).toBeVisible();
  await setup.fillOffice({ name: OFFICE.name, level: 'Tỉnh', unit: 'Lang Son' });
  await setup.finish(OFFICE.admin, OFFICE.password);
  const dashboard = new DashboardScreen(desk.page);
  await expect(dashboard.heading()).toBeVisible();
  return dashboard;
}

test('adopt a plan with the default targets, log a case, see it overdue after its deadline, open T7 to its records', async ({ desk }) => {
  test.skip(!desk.setClock, 'the fixed clock needs the loopback host');
  const page = desk.page;
  desk.setClock?.('2026-03-01T08:00:00.000Z');
  const dashboard = await setUpWithPlan(desk);
  await expect(dashboard.heading()).toHaveText('Tổng quan thực hiện kế hoạch năm 2026');
  await expect(page.getByText('Chưa có kế hoạch năm 2026.')).toBeVisible();
  await dashboard.adoptDefaultPlan('45/KH-UBND', '27/02/2026');
  await expect(page.getByText('Kế hoạch: 45/KH-UBND, ban hành ngày 27/02/2026')).toBeVisible();
  await expect(page.locator('.dd-target')).toHaveCount(12);
  // T9 is computed from inspections; with no business registered there is nothing to measure yet.
  await expect(dashboard.target('T9')).toContainText('Chưa phát sinh');
  await expect(dashboard.target('T7')).toContainText('Chưa phát sinh');
  await expectAccessible(page, 'targets dashboard');

  const cases = new CasesScreen(page);
  await cases.open();
  // The legal deadlines are data the province sets (with the article): 15 days for complaints here instead of 30.
  await cases.setDeadlines({ 'Khiếu nại · Giải quyết: ngày': '15' });
  // A complaint's deadline runs from acceptance (thụ lý), not from the day received.
  await cases.add({ kind: 'Khieu nai', receivedOn: '01/03/2026', acceptedOn: '02/03/2026', channel: 'Duong day nong', anonymous: true, content: 'Nhà nghỉ Hoàng Anh có dấu hiệu chứa mại dâm' });
  await expect(cases.row('Nhà nghỉ Hoàng Anh')).toContainText('17/03/2026');
  await expect(cases.row('Nhà nghỉ Hoàng Anh')).toContainText('Căn cứ: Luật Khiếu nại 2011, Điều 28');
  await expect(cases.row('Nhà nghỉ Hoàng Anh')).toContainText('Đang giải quyết');
  await cases.show('Quá hạn');
  await expect(cases.count()).toHaveText('0 vụ việc');
  await expectAccessible(page, 'case log');

  // Three weeks later the legal deadline has passed.
  desk.setClock?.('2026-03-22T08:00:00.000Z');
  await cases.show('Tất cả');
  await cases.show('Quá hạn');
  await expect(cases.count()).toHaveText('1 vụ việc');
  await expect(cases.row('Nhà nghỉ Hoàng Anh')).toContainText('Quá hạn');

  await dashboard.open();
  await expect(dashboard.value('T7')).toHaveText('0%');
  await expect(dashboard.target('T7')).toContainText('Chậm tiến độ');
  const records = await dashboard.openRecords('T7');
  await expect(records.getByRole('row').filter({ hasText: 'Nhà nghỉ Hoàng Anh' })).toContainText('Không đạt');
});

test('thresholds are set before adoption; the quarterly report as PDF (preview) and .xlsx; a period that does not exist is refused', async ({ desk }) => {
  test.skip(!desk.setClock, 'the fixed clock needs the loopback host');
  desk.setClock?.('2026-04-02T08:00:00.000Z');
  const dashboard = await setUpWithPlan(desk);
  const page = dashboard.page;
  await expect(dashboard.threshold('T9')).toHaveValue('30');
  await dashboard.adoptDefaultPlan('45/KH-UBND', '27/02/2026', { T9: '120' });
  await expect(page.getByText('Tỷ lệ phải lớn hơn 0% và không quá 100%')).toBeVisible();
  await expect(page.locator('.dd-target')).toHaveCount(0);
  await dashboard.threshold('T9').fill('35');
  await dashboard.confirmAdoption();
  await expect(page.locator('.dd-target')).toHaveCount(12);
  await expect(dashboard.target('T9')).toContainText('≥ 35%');

  // The picker offers only periods that exist, today's quarter first (2 April 2026: quarter II).
  await page.getByRole('button', { name: 'Lập báo cáo định kỳ' }).click();
  const picking = page.getByRole('dialog', { name: 'Báo cáo định kỳ' });
  await expect(picking.getByRole('combobox', { name: 'Kỳ báo cáo' })).toBeFocused();
  await expect(picking.getByTitle('Quý II/2026 (01/04/2026 – 30/06/2026)')).toBeVisible();
  await page.keyboard.type('2026-Q5');
  await expect(page.locator('.ant-select-item-option')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await picking.getByRole('button', { name: 'Hủy' }).click();
  await expect(picking).toBeHidden();
  const downloading = page.waitForEvent('download');
  await dashboard.makeReport('2026-Q1', 'xlsx');
  const file = path.join(desk.dataDir, 'bao-cao.xlsx');
  await (await downloading).saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const targets = wb.getWorksheet('Chỉ tiêu kế hoạch');
  expect(targets?.getRow(1).getCell(2).value).toBe('Chỉ tiêu');
  expect(targets?.getRow(10).values).toEqual(expect.arrayContaining(['T9', 35, 'Chưa phát sinh']));
  expect(wb.getWorksheet('Thông tin báo cáo')?.getRow(1).values).toEqual([undefined, 'Kỳ báo cáo', '2026-Q1']);
  expect(wb.getWorksheet('Vi phạm theo hình thức xử lý')?.getRow(3).values).toEqual([undefined, 'Quyết định xử phạt: phạt tiền', 0, 0, 0]);
  expect(wb.getWorksheet('Tuyên truyền')?.getRow(1).getCell(1).value).toBe('Hình thức');

  if (desk.shell !== 'chromium') return; // page.pdf needs headless Chromium
  // The province rewords the head's signature: the next report carries it.
  const layout = await dashboard.rewordReport('text.signHead', 'CHỦ TỊCH ỦY BAN NHÂN DÂN');
  await expectAccessible(page, 'report layout');
  await layout.getByRole('button', { name: 'Close' }).or(layout.getByRole('button', { name: 'Đóng' })).first().click();
  const narrative = { results: 'Đã rà soát các cơ sở kinh doanh.', difficulties: 'Thiếu cán bộ chuyên trách.', proposals: 'Đề nghị tổ chức tập huấn.' };
  await dashboard.makeReport('2026-Q1', 'PDF', narrative);
  const preview = await dashboard.reportPreview('2026-Q1');
  await expectAccessible(page, 'report preview');
  const read = await pdfText(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const text = read.text.join('\n').normalize('NFC').replace(/\s+/g, ' ');
  for (const line of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Kết quả công tác phòng, chống mại dâm quý I năm 2026', 'Tố giác, tin báo, khiếu nại', narrative.results, narrative.proposals, 'CHỦ TỊCH ỦY BAN NHÂN DÂN']) {
    expect(text).toContain(line);
  }
  expect(text).toContain('T12');
  expect(text).not.toContain('THỦ TRƯỞNG ĐƠN VỊ');
  expect(read.pages).toBe(await preview.locator('.dd-print-page').count());
  expect(read.text[0]).not.toMatch(/Trang \d+ \/ \d+/);
  expect(text).toContain('Số: ....../BC-UBND');
  expect(text).toContain('Nơi nhận:');
  await preview.getByRole('button', { name: 'Đóng' }).click();
  await expect(preview).toBeHidden();
});
