import { pdfText } from '../electron/print/pdfText';
import { expect, expectAccessible, test } from './fixtures';
import { InspectionsScreen, PlanEditorScreen, planThroughApi, registerBusinesses, ResultsScreen, TemplateEditorScreen, ViolationsScreen } from './inspectionsPages';
import { choose, OFFICE, setUpOffice } from './pages';

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
  // The third member is picked from the office's users (typing "nguyen thi" without diacritics finds them).
  await plan.fill({ title: 'Kiểm tra quý I', from: `01/01/${year}`, to: `31/12/${year}`, decisionNo: '15/QĐ-UBND', decisionDate: `01/01/${year}`, team: [...team, ['', 'Quản lý thị trường']] });
  await choose(page.getByRole('combobox', { name: 'Chọn thành viên 3 từ người dùng' }), 'nguyen thi');
  await expect(page.getByLabel('Họ và tên thành viên 3')).toHaveValue(OFFICE.admin);
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
  // Paper: 4 x yes, no minors, 5 workers, health checks done, rules not posted, no signs of
  // prostitution, fire safety kept, pledge n/a, stays declared, no guest register.
  await results.type(['y', 'y', 'y', 'y', 'n', { text: '5' }, 'y', 'n', 'n', 'y', '0', 'y', 'n']);
  await expect(results.answer(8)).toHaveValue('Không');
  // The inspectors' note beside item 13 on the paper goes in its own field and onto the minutes.
  await page.getByLabel('Ghi chú mục 13').click();
  await page.keyboard.type('Hẹn bổ sung');
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu lúc' })).toBeVisible();
  await expectAccessible(page, 'results entry');
  await results.finalise(visitDate);
  await expect(page.getByRole('heading', { name: 'Vi phạm phát hiện (2)' })).toBeVisible();
  await expect(page.getByText('Ghi chú: Hẹn bổ sung')).toBeVisible();

  await page.getByRole('button', { name: 'In biên bản' }).click();
  const minutes = page.getByRole('dialog', { name: 'Xem trước khi in' });
  await expect(minutes.locator('.dd-print-page').first()).toBeVisible();
  // The browser host has no shell to save a PDF: printing stays with the browser.
  await expect(minutes.getByRole('button', { name: 'Lưu PDF...' })).toHaveCount(0);
  const minutesText = (await pdfText(await page.pdf({ preferCSSPageSize: true, printBackground: true }))).text.join('\n').normalize('NFC').replace(/\s+/g, ' ');
  expect(minutesText).toContain('BIÊN BẢN KIỂM TRA');
  expect(minutesText).toContain('sổ hoặc phần mềm theo dõi khách lưu trú');
  expect(minutesText).toContain('Hẹn bổ sung');
  expect(minutesText).toContain('IV. CÁC VI PHẠM PHÁT HIỆN VÀ HÌNH THỨC XỬ LÝ');
  expect(minutesText).toContain(`Ông/Bà ${OFFICE.admin} - Quản lý thị trường`);
  await page.keyboard.press('Escape');
  await expect(minutes).toBeHidden();

  await area.tab('Vi phạm và xử lý');
  const violations = new ViolationsScreen(page);
  await expect(violations.summary()).toHaveText('Đang theo dõi: 2 · Quá hạn: 0');
  const finding = 'Có sổ hoặc phần mềm theo dõi khách lưu trú';
  // The violation record (biên bản vi phạm hành chính) comes first; it is not yet a handling (T8 stays).
  const record = await violations.openHandling(finding);
  await violations.type(record, 'Số biên bản', '07/BB-VPHC');
  await violations.type(record, 'Ngày lập biên bản', visitDate);
  await violations.type(record, 'Người lập biên bản (họ tên, chức vụ)', 'Trần Thị Lan - Công an');
  await record.getByRole('button', { name: 'Lưu' }).click();
  await expect(record).toBeHidden();
  await expect(violations.row(finding)).toContainText('Đã lập biên bản số 07/BB-VPHC');
  await expect(violations.row(finding)).toContainText('Chưa xử lý');
  await expect(area.figures()).toContainText(`Vi phạm năm ${year}: đã xử lý 0/2`);

  // The record prints from the inspection, in the Decree 30 layout.
  await violations.row(finding).getByRole('button', { name: /^In biên bản VPHC/ }).click();
  const recordPreview = page.getByRole('dialog', { name: 'Biên bản vi phạm hành chính' });
  await expect(recordPreview.locator('.dd-print-page').first()).toBeVisible();
  const recordText = (await pdfText(await page.pdf({ preferCSSPageSize: true, printBackground: true }))).text.join('\n').normalize('NFC').replace(/\s+/g, ' ');
  expect(recordText).toContain('BIÊN BẢN VI PHẠM HÀNH CHÍNH');
  expect(recordText).toContain('Số: 07/BB-VPHC');
  expect(recordText).toContain(finding);
  await page.keyboard.press('Escape');
  await expect(recordPreview).toBeHidden();

  // Then the sanction decision: it needs its number; a fine its amount, typed as on paper.
  const decision = await violations.openHandling(finding);
  await expect(decision.getByRole('combobox', { name: 'Bước xử lý' })).toBeVisible();
  await expect(decision).toContainText('Quyết định xử phạt');
  await violations.type(decision, 'Số tiền phạt (đồng)', '6.000.000');
  await violations.type(decision, 'Người ký quyết định (họ tên, chức vụ)', 'Nguyễn Văn Hùng - Chủ tịch UBND xã');
  await violations.type(decision, 'Ngày ra quyết định', visitDate);
  await decision.getByRole('button', { name: 'Lưu' }).click();
  await expect(decision.getByRole('alert')).toContainText('Dữ liệu nhập chưa hợp lệ');
  await expect(decision).toContainText('Quyết định xử phạt (kể cả cảnh cáo) cần có số quyết định.');
  await violations.type(decision, 'Số quyết định xử phạt', '05/QĐ-XPVPHC');
  await decision.getByRole('button', { name: 'Lưu' }).click();
  await expect(decision).toBeHidden();
  await expect(violations.row(finding)).toContainText('Quyết định xử phạt số 05/QĐ-XPVPHC');
  await expect(area.figures()).toContainText(`Vi phạm năm ${year}: đã xử lý 1/2`);

  await area.tab('Nhập kết quả');
  await results.openCode(code);
  const amend = await results.amend(8, 'y', '');
  await expect(amend.getByRole('alert')).toContainText('cần ghi lý do');
  await amend.getByLabel('Lý do sửa đổi').click();
  await page.keyboard.type('Nhập nhầm từ phiếu giấy');
  await amend.getByRole('button', { name: 'Lưu sửa đổi' }).click();
  await expect(amend).toBeHidden();
  await expect(results.history()).toContainText('Nhập nhầm từ phiếu giấy');
  await expect(results.history()).toContainText('Hoàn tất kết quả');
  await expect(page.getByRole('heading', { name: 'Vi phạm phát hiện (1)' })).toBeVisible();
  await expect(area.figures()).toContainText(`Đã kiểm tra năm ${year}: 1/3 cơ sở`);
});

test('an administrator edits a default template: version 2 for new inspections, version 1 kept by the one already printed', async ({ desk }) => {
  test.skip(desk.shell !== 'chromium', 'page.pdf needs headless Chromium');
  test.setTimeout(180_000);
  const page = desk.page;
  await setUpOffice(page);
  await registerBusinesses(page, [{ name: 'Karaoke Ánh Dương', type: 'karaoke' }]);
  const before = await planThroughApi(page, 'Kiểm tra quý I', ['Karaoke Ánh Dương']);
  const area = new InspectionsScreen(page);
  await area.open();
  await area.tab('Mẫu phiếu');
  const editor = new TemplateEditorScreen(page);
  await editor.open('Karaoke');
  await expect(editor.versions()).toContainText('Phiên bản 1');
  await expect(editor.versions()).toContainText('Đã dùng cho 1 phiếu');
  await expectAccessible(page, 'template editor');

  // A cleared item text is named by its number, and nothing is saved.
  await editor.itemText(1).fill('');
  await editor.save();
  await expect(page.getByRole('alert').filter({ hasText: 'Mục 1 cần có nội dung.' })).toBeVisible();
  await editor.itemText(1).fill('Có giấy chứng nhận đăng ký kinh doanh (bản chính)');
  // Item 2 moves up; a new number item is added to section 2 by keyboard.
  await page.getByRole('button', { name: 'Chuyển mục 2 lên' }).click();
  await expect(editor.itemText(1)).toHaveValue('Có giấy chứng nhận đủ điều kiện về an ninh, trật tự');
  await page.getByRole('button', { name: 'Thêm mục vào phần 2' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Số phòng hát đang hoạt động');
  const added = await page.locator('.dd-template-item').count();
  await expect(editor.itemText(added)).toBeFocused();
  const item = editor.item(added);
  await item.getByText('Số (có đơn vị)').click();
  await item.getByLabel(`Đơn vị mục ${added}`).fill('phòng');
  await item.getByText('Lớn hơn mức').click();
  await editor.save();
  await expect(page.getByRole('alert').filter({ hasText: `Mục ${added}: cách tính vi phạm không hợp` })).toBeVisible();
  await item.getByLabel(`Mức giới hạn mục ${added}`).fill('10');
  await item.getByLabel(`Căn cứ pháp lý mục ${added}`).fill('Nghị định 54/2019/NĐ-CP, Điều 7');
  await editor.save();
  await expect(page.getByText('Đã lưu mẫu phiếu, phiên bản 2')).toBeVisible();
  await expect(editor.versions()).toContainText('Phiên bản 2');
  await expect(editor.versions().getByRole('row').filter({ hasText: 'Phiên bản 2' })).toContainText('Dùng cho phiếu mới');

  await editor.deleteVersion(1);
  await expect(page.getByText('Phiên bản mẫu phiếu này đã được dùng cho phiếu kiểm tra, không thể xóa.')).toBeVisible();
  await expect(editor.versions()).toContainText('Phiên bản 1');

  // The inspection planned before the edit is still shown and printed with version 1.
  await page.getByRole('button', { name: 'Danh sách mẫu phiếu' }).click();
  await area.tab('Nhập kết quả');
  const results = new ResultsScreen(page);
  await results.openCode(before.get('Karaoke Ánh Dương') ?? '');
  await expect(page.getByText('Kiểm tra quý I · Phiên bản 1')).toBeVisible();
  await page.getByRole('button', { name: 'In phiếu', exact: true }).click();
  const preview = page.getByRole('dialog', { name: 'Xem trước khi in' });
  await expect(preview.locator('.dd-print-page').first()).toBeVisible();
  const old = (await pdfText(await page.pdf({ preferCSSPageSize: true, printBackground: true }))).text.join('\n').normalize('NFC').replace(/\s+/g, ' ');
  expect(old).toContain('Mẫu phiên bản 1');
  expect(old).not.toContain('(bản chính)');
  expect(old).not.toContain('Số phòng hát đang hoạt động');
  await page.keyboard.press('Escape');

  // A business planned after the edit gets version 2.
  const after = await planThroughApi(page, 'Kiểm tra quý II', ['Karaoke Ánh Dương']);
  await results.openCode(after.get('Karaoke Ánh Dương') ?? '');
  await expect(page.getByText('Kiểm tra quý II · Phiên bản 2')).toBeVisible();
  await expect(page.getByText('Số phòng hát đang hoạt động')).toBeVisible();
});
