import { pdfText } from '../electron/print/pdfText';
import { expect, expectAccessible, test } from './fixtures';
import { InspectionsScreen, PlanEditorScreen, registerBusinesses, ResultsScreen, ViolationsScreen } from './inspectionsPages';
import { setUpOffice } from './pages';

const year = new Date().getFullYear();
/** Yesterday as typed from paper (the host and the browser may be in different time zones around midnight). */
const visit = new Date(Date.now() - 86_400_000);
const visitDate = `${String(visit.getDate()).padStart(2, '0')}/${String(visit.getMonth() + 1).padStart(2, '0')}/${visit.getFullYear()}`;

test('plan, print, enter results by keyboard, finalise, handle violations, amend with a reason', async ({ desk }) => {
  test.skip(desk.shell !== 'chromium', 'page.pdf needs headless Chromium');
  test.setTimeout(180_000);
  const page = desk.page;
  await setUpOffice(page);
  await registerBusinesses(page, [
    { name: 'Nhà nghỉ Hoa Mai', type: 'guest_house' },
    { name: 'Karaoke Ánh Dương', type: 'karaoke' },
    { name: 'Nhà trọ Bình An', type: 'rental_rooms' },
  ]);
  const area = new InspectionsScreen(page);
  await area.open();

  const plan = new PlanEditorScreen(page);
  await plan.startNew();
  const team: [string, string][] = [
    ['Nguyễn Văn Hùng', 'Phòng Văn hóa - Xã hội'],
    ['Trần Thị Lan', 'Công an'],
  ];
  await plan.fill({ title: 'Kiểm tra quý I', from: `01/01/${year}`, to: `31/12/${year}`, decisionNo: '15/QĐ-UBND', decisionDate: `01/01/${year}`, team: [...team, ['', '']] });
  await plan.save();
  await expect(page.getByRole('alert').filter({ hasText: 'Đoàn kiểm tra phải có ít nhất 3 thành viên.' })).toBeVisible();
  await plan.fill({ title: 'Kiểm tra quý I', from: `01/01/${year}`, to: `31/12/${year}`, decisionNo: '15/QĐ-UBND', decisionDate: `01/01/${year}`, team: [...team, ['Hoàng Văn Nam', 'Quản lý thị trường']] });
  await plan.save();
  await expect(page.getByRole('heading', { name: 'Kế hoạch: Kiểm tra quý I' })).toBeVisible();
  await expect(plan.coverage()).toContainText('Toàn đơn vị: 0/3 cơ sở (0%)');
  await expectAccessible(page, 'plan editor');

  await plan.choose(['Nhà nghỉ Hoa Mai', 'Karaoke Ánh Dương']);
  await expect(plan.coverage()).toContainText('Toàn đơn vị: 2/3 cơ sở (66,7%) - Đạt chỉ tiêu');
  const code = await plan.codeOf('Nhà nghỉ Hoa Mai');

  const preview = await plan.printPlan();
  const read = await pdfText(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const text = read.text.join('\n').normalize('NFC');
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).toContain('Nhà nghỉ Hoa Mai');
  expect(text).toContain('Karaoke Ánh Dương');
  expect(read.pages).toBe(await preview.locator('.dd-print-page').count());
  await preview.getByRole('button', { name: 'Đóng' }).click();
  await expect(preview).toBeHidden();

  await area.tab('Nhập kết quả');
  const results = new ResultsScreen(page);
  await results.openCode(code.toLowerCase());
  await expect(page.getByRole('heading', { name: /Nhà nghỉ Hoa Mai/ })).toBeVisible();
  await expect(results.answer(1)).toBeFocused();
  // Paper: 4 x yes, no minors, 5 workers, rules not posted, pledge n/a, stays declared, no guest register.
  await results.type(['y', 'y', 'y', 'y', 'n', { text: '5' }, 'n', '0', 'y', 'n']);
  await expect(results.answer(7)).toHaveValue('Không');
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu lúc' })).toBeVisible();
  await expectAccessible(page, 'results entry');
  await results.finalise(visitDate);
  await expect(page.getByRole('heading', { name: 'Vi phạm phát hiện (2)' })).toBeVisible();

  await area.tab('Vi phạm và xử lý');
  const violations = new ViolationsScreen(page);
  await expect(violations.summary()).toHaveText('Đang theo dõi: 2 · Quá hạn: 0');
  const fine = await violations.record('Có sổ theo dõi khách lưu trú', { kind: 'Phạt tiền', amount: '2000000', handledOn: visitDate });
  await expect(fine.getByRole('alert')).toContainText('Phạt tiền cần có số quyết định xử phạt.');
  await fine.getByLabel('Số quyết định xử phạt').fill('05/QĐ-XPVPHC');
  await fine.getByRole('button', { name: 'Lưu' }).click();
  await expect(fine).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: 'Có sổ theo dõi khách lưu trú' })).toContainText('Phạt tiền');
  await expect(area.figures()).toContainText(`Vi phạm năm ${year}: đã xử lý 1/2`);

  await area.tab('Nhập kết quả');
  await results.openCode(code);
  const amend = await results.amend(7, 'y', '');
  await expect(amend.getByRole('alert')).toContainText('cần ghi lý do');
  await amend.getByLabel('Lý do sửa đổi').fill('Nhập nhầm từ phiếu giấy');
  await amend.getByRole('button', { name: 'Lưu sửa đổi' }).click();
  await expect(amend).toBeHidden();
  await expect(results.history()).toContainText('Nhập nhầm từ phiếu giấy');
  await expect(results.history()).toContainText('Hoàn tất kết quả');
  await expect(page.getByRole('heading', { name: 'Vi phạm phát hiện (1)' })).toBeVisible();
  await expect(area.figures()).toContainText(`Đã kiểm tra năm ${year}: 1/3 cơ sở`);
});
