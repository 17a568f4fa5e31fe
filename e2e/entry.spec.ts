import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { callApi, planThroughApi, registerBusinesses, ResultsScreen, InspectionsScreen, ViolationsScreen } from './inspectionsPages';
import { DashboardScreen } from './planPages';
import { openRegister, setUpOffice } from './pages';
import { CourseForm, CourseScreen, TrainingScreen } from './trainingPages';

/** Issue 16, defects 1-6 and 12: typed as a clerk types, with the keyboard, the mouse left where it last clicked. */

const tab = (page: Page, times = 1) => Array.from({ length: times }).reduce<Promise<void>>((p) => p.then(() => page.keyboard.press('Tab')), Promise.resolve());
const shiftTab = (page: Page) => page.keyboard.press('Shift+Tab');
/** Enter opens a select, the clerk sees the list, Enter takes the first choice. */
async function pickFirst(page: Page) {
  const open = page.locator('.ant-select-dropdown:visible');
  await page.keyboard.press('Enter');
  await expect(open).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(open).toHaveCount(0);
}

async function businessNamed(page: Page, name: string) {
  const list = await callApi<{ rows: { id: string; name: string }[] }>(page, 'businesses.list', { search: name });
  const id = list.rows.find((r) => r.name === name)?.id ?? '';
  return callApi<Record<string, unknown>>(page, 'businesses.get', { id });
}

test('a business typed by keyboard at 1024x768: Vietnamese numbers and dates read exactly, refusals at the field, messages gone once valid', async ({ desk }) => {
  const page = desk.page;
  await page.setViewportSize({ width: 1024, height: 768 });
  const register = await setUpOffice(page);
  const form = await register.add();
  const problem = (text: string) => form.dialog.getByText(text, { exact: false });

  // 12: Save with nothing typed; each message goes as soon as its field is valid, without saving again.
  await form.dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(form.dialog.getByText('Bắt buộc nhập')).toHaveCount(3);
  await form.field('Tên cơ sở').click();
  await page.keyboard.type('Nhà nghỉ Hoàng Đức');
  await expect(form.dialog.getByText('Bắt buộc nhập')).toHaveCount(2);

  // 5: every field takes exactly one Tab, filled or not (no clear buttons in the Tab order).
  await tab(page);
  await page.keyboard.type('nha nghi');
  await page.keyboard.press('Enter');
  await expect(form.dialog.getByText('Bắt buộc nhập')).toHaveCount(1);
  await tab(page, 2); // past the status, already "operating"
  await expect(form.field('Địa chỉ')).toBeFocused();
  await page.keyboard.type('Số 12, đường Trần Đăng Ninh');
  await tab(page);
  await page.keyboard.type('dong kinh');
  await page.keyboard.press('Enter');
  await expect(form.dialog.getByText('Bắt buộc nhập')).toHaveCount(0);
  await tab(page);
  await page.keyboard.type('Lê Văn Bình');
  await tab(page);
  await page.keyboard.type('0205 3870 123');
  await tab(page);
  await page.keyboard.type('14A8001234');
  await tab(page);
  await expect(form.field('Ngày đăng ký kinh doanh')).toHaveAttribute('placeholder', 'dd/mm/yyyy');
  await page.keyboard.type('15032021');
  await tab(page);
  await expect(form.field('Ngày đăng ký kinh doanh')).toHaveValue('15/03/2021');
  await expect(form.field('Số giấy chứng nhận ANTT')).toBeFocused();
  await tab(page);
  await page.keyboard.type('1/2/21');
  await tab(page);
  await expect(form.field('Ngày cấp giấy chứng nhận ANTT')).toHaveValue('01/02/2021');
  // A guest house has no karaoke licence: the clerk tabs past its three fields, one Tab each.
  await expect(form.field('Số giấy phép kinh doanh karaoke, vũ trường')).toBeFocused();
  await tab(page, 3);
  await expect(form.field('Tổng số lao động')).toBeFocused();
  // 1: thousands with a dot, as on paper; shown grouped once the clerk moves on.
  await page.keyboard.type('1200');
  await tab(page);
  await expect(form.field('Tổng số lao động')).toHaveValue('1.200');
  await page.keyboard.type('abc');
  await tab(page);
  await expect(problem('Không phải số. Viết số như 6.000.000 hoặc 18,5')).toBeVisible();
  await shiftTab(page);
  await page.keyboard.type('3-2');
  await tab(page);
  await expect(problem('Không phải số')).toBeVisible();
  await shiftTab(page);
  await page.keyboard.type('18,5');
  await tab(page);
  await expect(problem('Phải là số nguyên, không có phần thập phân')).toBeVisible();
  // A refused value is not saved as part of itself: Save refuses it at the field.
  await page.keyboard.press('Control+s');
  await expect(form.dialog).toBeVisible();
  await form.field('Lao động nữ').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('350');
  await expect(problem('Phải là số nguyên')).toHaveCount(0);
  await expect(form.dialog.locator('.ant-form-item-explain-error')).toHaveCount(0);
  await page.keyboard.press('Control+s');
  await expect(form.dialog).toBeHidden();

  const saved = await businessNamed(page, 'Nhà nghỉ Hoàng Đức');
  expect(saved).toMatchObject({ workersTotal: 1200, workersWomen: 350, registrationDate: '2021-03-15', securityCertDate: '2021-02-01', ownerName: 'Lê Văn Bình', communeCode: expect.any(String) });
});

test('dates: the hovered calendar day never writes into the field, Esc closes only the calendar, an unreadable date is refused and never becomes today', async ({ desk }) => {
  const page = desk.page;
  await page.setViewportSize({ width: 1366, height: 768 });
  const register = await setUpOffice(page);
  const form = await register.add();
  await page.keyboard.type('Karaoke Ánh Dương');
  await tab(page);
  await page.keyboard.type('karaoke');
  await page.keyboard.press('Enter');
  await form.field('Xã, phường').click();
  await page.keyboard.type('tam thanh');
  await page.keyboard.press('Enter');

  const date = form.field('Ngày đăng ký kinh doanh');
  await date.click();
  // The mouse opens the calendar and rests over a day while the clerk types from paper.
  await form.dialog.getByRole('button', { name: 'Chọn ngày trên lịch' }).first().click();
  const day = page.locator('.dd-date-calendar .ant-picker-cell-in-view').nth(9);
  await day.hover();
  await page.keyboard.type('01/12/2026');
  await expect(date).toHaveValue('01/12/2026');
  await page.keyboard.press('Escape');
  await expect(page.locator('.dd-date-calendar')).toBeHidden();
  await expect(form.dialog).toBeVisible();
  await expect(date).toHaveValue('01/12/2026');

  // An impossible date stays as typed with its message; saving refuses it instead of storing today.
  const cert = form.field('Ngày cấp giấy chứng nhận ANTT');
  await cert.click();
  await page.keyboard.type('31/02/2026');
  await tab(page);
  await expect(cert).toHaveValue('31/02/2026');
  await expect(form.dialog.getByText('Không có ngày này trong lịch')).toBeVisible();
  await page.keyboard.press('Control+s');
  await expect(form.dialog).toBeVisible();
  await cert.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Control+s');
  await expect(form.dialog).toBeHidden();
  const saved = await businessNamed(page, 'Karaoke Ánh Dương');
  expect(saved).toMatchObject({ registrationDate: '2026-12-01', securityCertDate: null });
});

test('unsaved changes: Esc in the business drawer asks first, the safe answer keeps the typing; leaving a half-filled plan asks; the staff dialog starts empty after a save', async ({ desk }) => {
  const page = desk.page;
  await page.setViewportSize({ width: 1024, height: 768 });
  const register = await setUpOffice(page);
  const form = await register.add();
  await page.keyboard.type('Nhà trọ Bình An');
  await page.keyboard.press('Escape');
  const ask = page.getByRole('dialog', { name: 'Bỏ các thay đổi chưa lưu?' });
  await expect(ask).toBeVisible();
  await expect(ask.getByRole('button', { name: 'Ở lại tiếp tục nhập' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ask).toBeHidden();
  await expect(form.field('Tên cơ sở')).toHaveValue('Nhà trọ Bình An');
  await page.keyboard.press('Escape');
  await ask.getByRole('button', { name: 'Bỏ thay đổi' }).click();
  await expect(form.dialog).toBeHidden();
  // A drawer opened and closed untouched asks nothing.
  const again = await register.add();
  await page.keyboard.press('Escape');
  await expect(again.dialog).toBeHidden();
  await expect(ask).toBeHidden();

  // A half-filled plan: the side navigation asks before throwing it away.
  const dashboard = new DashboardScreen(page);
  await dashboard.open();
  await page.getByLabel('Số, ký hiệu văn bản kế hoạch của tỉnh').click();
  await page.keyboard.type('45/KH-UBND');
  await page.getByRole('menuitem', { name: 'Cơ sở kinh doanh' }).click();
  await expect(ask).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(dashboard.heading()).toBeVisible();
  await expect(page.getByLabel('Số, ký hiệu văn bản kế hoạch của tỉnh')).toHaveValue('45/KH-UBND');
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(ask).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dashboard.heading()).toBeVisible();
  await page.getByRole('menuitem', { name: 'Cơ sở kinh doanh' }).click();
  await ask.getByRole('button', { name: 'Bỏ thay đổi' }).click();
  await openRegister(page);

  // The staff dialog: after a save the next person starts from empty fields, the first one focused.
  const training = new TrainingScreen(page);
  await training.open();
  await training.tab('Cán bộ');
  const addPerson = async (name: string) => {
    await page.getByRole('button', { name: 'Thêm người' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm người vào danh sách cán bộ' });
    await expect(dialog.getByLabel('Họ và tên')).toBeFocused();
    await expect(dialog.getByLabel('Họ và tên')).toHaveValue('');
    await expect(dialog.getByLabel('Năm sinh')).toHaveValue('');
    await page.keyboard.type(name);
    await tab(page);
    await page.keyboard.type('1985');
    // A filled select with a clear button still takes one Tab (the clear button is out of the Tab order).
    await tab(page);
    await pickFirst(page);
    await tab(page);
    await expect(dialog.getByRole('combobox', { name: 'Nhóm đối tượng' })).toBeFocused();
    await pickFirst(page);
    await tab(page);
    await pickFirst(page);
    await tab(page);
    await page.keyboard.type('lang son');
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
  };
  await addPerson('Nguyễn Văn An');
  await addPerson('Trần Thị Bình');
  const staff = await callApi<{ rows: { fullName: string; birthYear: number | null; gender: string | null; group: string; level: string }[] }>(page, 'staff.list', { limit: 50 });
  expect(staff.rows.map((r) => [r.fullName, r.birthYear, r.gender, r.group, r.level]).sort()).toEqual([
    ['Nguyễn Văn An', 1985, 'female', 'official', 'province'],
    ['Trần Thị Bình', 1985, 'female', 'official', 'province'],
  ]);
});

test('results from paper: "Y Enter" never skips, each key changes the focused item only, Tab reaches its note; finalising lists the implied violations first and a stray Enter finalises nothing', async ({ desk }) => {
  const page = desk.page;
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpOffice(page);
  await registerBusinesses(page, [{ name: 'Nhà nghỉ Hoa Mai', type: 'guest_house' }]);
  const codes = await planThroughApi(page, 'Kiểm tra quý I', ['Nhà nghỉ Hoa Mai']);
  const code = codes.get('Nhà nghỉ Hoa Mai') ?? '';
  const area = new InspectionsScreen(page);
  await area.open();
  await area.tab('Nhập kết quả');
  const results = new ResultsScreen(page);
  await results.openCode(code);
  await expect(results.answer(1)).toBeFocused();
  // Sections and numbers as printed on the paper.
  await expect(page.getByRole('heading', { level: 3, name: 'I. Điều kiện chung' })).toBeVisible();
  await expect(page.getByTestId('item-7')).toContainText('7.');

  const key = (k: string) => page.keyboard.press(k);
  await key('y');
  await key('Enter');
  await key('y');
  await key('Enter');
  // A slip corrected on the same item, then the inspectors' note beside it on the paper.
  await key('n');
  await key('y');
  await expect(results.answer(3)).toHaveValue('Có');
  await expect(results.answer(4)).toHaveValue('');
  await key('Tab');
  await expect(page.getByLabel('Ghi chú mục 3')).toBeFocused();
  await page.keyboard.type('Sổ ghi chưa đủ');
  await key('Enter');
  await expect(results.answer(4)).toBeFocused();
  await key('y');
  await key('Enter');
  await key('n');
  await key('Enter');
  await page.keyboard.type('1.200');
  await key('Enter');
  await expect(results.answer(6)).toHaveValue('1.200');
  // 7 health checks, 8 posted rules, 9 signs of prostitution, 10 fire safety, then the pledge and the two accommodation items.
  for (const k of ['n', '0', 'n', 'n', 'y', 'y', 'y']) {
    await key(k);
    await key('Enter');
  }
  await expect(page.getByLabel('Ngày kiểm tra')).toBeFocused();
  await expectAccessible(page, 'results entry from paper');

  const opened = await callApi<{ status: string; answers: { itemKey: string; value: string; note: string }[]; template: { sections: { items: { key: string }[] }[] } }>(page, 'inspections.open', { code });
  const order = opened.template.sections.flatMap((s) => s.items.map((i) => i.key));
  const byKey = new Map(opened.answers.map((a) => [a.itemKey, a]));
  expect(order.map((k) => byKey.get(k)?.value ?? '')).toEqual(['yes', 'yes', 'yes', 'yes', 'no', '1200', 'no', 'na', 'no', 'no', 'yes', 'yes', 'yes']);
  expect(byKey.get(order[2] ?? '')?.note).toBe('Sổ ghi chưa đủ');

  // Enter in the date field finalises nothing.
  await page.keyboard.press('Control+a');
  const y = new Date(Date.now() - 86_400_000);
  await page.keyboard.type(`${String(y.getDate()).padStart(2, '0')}${String(y.getMonth() + 1).padStart(2, '0')}${y.getFullYear()}`);
  await key('Enter');
  await page.getByRole('button', { name: 'Hoàn tất kết quả...' }).click();
  const confirm = page.getByRole('dialog', { name: /^Hoàn tất kết quả phiếu/ });
  await expect(confirm).toContainText('2 vi phạm sẽ được ghi nhận');
  await expect(confirm.getByRole('listitem').filter({ hasText: /^Mục 7\. / })).toBeVisible();
  await expect(confirm.getByRole('listitem').filter({ hasText: /^Mục 10\. .*Không/ })).toBeVisible();
  // The safe answer has the focus: a stray Enter goes back to the sheet.
  await key('Enter');
  await expect(confirm).toBeHidden();
  expect((await callApi<{ status: string }>(page, 'inspections.open', { code })).status).not.toBe('final');
  await page.getByRole('button', { name: 'Hoàn tất kết quả...' }).click();
  await confirm.getByRole('button', { name: 'Hoàn tất và ghi nhận' }).click();
  await expect(page.getByRole('heading', { name: 'Vi phạm phát hiện (2)' })).toBeVisible();

  // 1: a fine typed as on the decision, 6.000.000 dong, is six million (it used to be 6).
  await area.tab('Vi phạm và xử lý');
  const violations = new ViolationsScreen(page);
  const handle = page.getByRole('button', { name: /^Ghi xử lý: / }).first();
  // The violation record comes first (Decree 282/2025's chain), then the sanction decision with the fine.
  await handle.click();
  const record = page.getByRole('dialog', { name: /Ghi xử lý/ });
  await violations.type(record, 'Số biên bản', '07/BB-VPHC');
  await violations.type(record, 'Người lập biên bản (họ tên, chức vụ)', 'Trần Thị Lan - Công an');
  await record.getByRole('button', { name: 'Lưu' }).click();
  await expect(record).toBeHidden();
  await handle.click();
  const handling = page.getByRole('dialog', { name: /Ghi xử lý/ });
  await expect(handling).toContainText('Quyết định xử phạt');
  await handling.getByLabel('Số tiền phạt (đồng)').click();
  await page.keyboard.type('6.000.000,5');
  await tab(page);
  await expect(handling.getByText('Phải là số nguyên, không có phần thập phân')).toBeVisible();
  await shiftTab(page);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('6.000.000');
  await expect(handling.getByText('Phải là số nguyên')).toHaveCount(0);
  await tab(page);
  await expect(handling.getByLabel('Số tiền phạt (đồng)')).toHaveValue('6.000.000');
  await violations.type(handling, 'Số quyết định xử phạt', '05/QĐ-XPVPHC');
  await violations.type(handling, 'Người ký quyết định (họ tên, chức vụ)', 'Nguyễn Văn Hùng - Chủ tịch UBND xã');
  await handling.getByRole('button', { name: 'Lưu' }).click();
  await expect(handling).toBeHidden();
  const fines = await callApi<{ fineAmount: number | null }[]>(page, 'inspections.violations', { openOnly: false });
  expect(fines.map((v) => v.fineAmount).filter((a) => a !== null)).toEqual([6_000_000]);
});

test('plan: Enter in "Ngày ban hành" adopts nothing; adoption by the button after a confirmation; an adopted plan amended with a reason, kept in its history', async ({ desk }) => {
  const page = desk.page;
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpOffice(page);
  const dashboard = new DashboardScreen(page);
  await dashboard.open();
  await page.getByLabel('Số, ký hiệu văn bản kế hoạch của tỉnh').click();
  await page.keyboard.type('45/KH-UBND');
  await tab(page);
  const year = new Date().getFullYear();
  await page.keyboard.type(`0201${year}`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('.dd-target')).toHaveCount(0);
  const none = await callApi<{ plan: unknown }>(page, 'plan.dashboard', { year });
  expect(none.plan).toBeNull();

  await dashboard.threshold('T9').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('32,5');
  await page.getByRole('button', { name: 'Nhập kế hoạch...' }).click();
  const confirm = page.getByRole('dialog', { name: `Nhập kế hoạch năm ${year}?` });
  await expect(confirm).toContainText('T9 32,5%');
  await expect(confirm).toContainText('mẫu số của các chỉ tiêu được chốt');
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  expect((await callApi<{ plan: unknown }>(page, 'plan.dashboard', { year })).plan).toBeNull();
  await dashboard.confirmAdoption();
  await expect(page.locator('.dd-target')).toHaveCount(12);
  await expect(dashboard.target('T9')).toContainText(/32[.,]5/);

  await page.getByRole('button', { name: 'Sửa đổi kế hoạch...' }).click();
  const amend = page.getByRole('dialog', { name: `Sửa đổi kế hoạch năm ${year}` });
  await expect(amend.getByLabel('Số, ký hiệu văn bản kế hoạch của tỉnh')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('45a/KH-UBND');
  await amend.getByLabel('Tỷ lệ cần đạt của T9').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('35');
  await amend.getByRole('button', { name: 'Lưu sửa đổi' }).click();
  await expect(amend.getByText('Bắt buộc nhập')).toBeVisible();
  await amend.getByLabel('Lý do sửa đổi (ví dụ: số văn bản sửa đổi của tỉnh)').click();
  await page.keyboard.type('Kế hoạch sửa đổi số 60/KH-UBND của tỉnh');
  await expect(amend.getByText('Bắt buộc nhập')).toHaveCount(0);
  await amend.getByRole('button', { name: 'Lưu sửa đổi' }).click();
  await expect(amend).toBeHidden();
  const history = page.getByRole('list', { name: 'Lịch sử sửa đổi kế hoạch' });
  await expect(history).toContainText('T9: 32,5% → 35%');
  await expect(history).toContainText('số văn bản: 45/KH-UBND → 45a/KH-UBND');
  await expect(history).toContainText('Lý do: Kế hoạch sửa đổi số 60/KH-UBND của tỉnh');
  await expect(page.getByText('45a/KH-UBND').first()).toBeVisible();
});

test('attendance is saved on each tick: switching session and back keeps it', async ({ desk }) => {
  const page = desk.page;
  await page.setViewportSize({ width: 1024, height: 768 });
  await setUpOffice(page);
  const units = await callApi<{ code: string }[]>(page, 'staff.units', {});
  for (const fullName of ['Nguyễn Văn Đức', 'Lê Thị Hồng']) {
    await callApi(page, 'staff.create', { fullName, gender: null, birthYear: 1980, position: '', agency: '', level: 'province', unitCode: units[0]?.code ?? '', group: 'official', phone: '', status: 'active' });
  }
  const training = new TrainingScreen(page);
  await training.open();
  await training.tab('Lớp tập huấn');
  const year = new Date().getFullYear();
  await new CourseForm(page).create({ title: 'Tập huấn kỹ năng', start: `10/03/${year}`, end: `11/03/${year}`, sessions: [`10/03/${year}`, `11/03/${year}`] });
  const course = new CourseScreen(page);
  await course.addFromRegister('Nguyễn Văn Đức');
  await course.addFromRegister('Lê Thị Hồng');

  const session = (n: number) => page.getByRole('radio', { name: new RegExp(`^Buổi ${n} `) });
  const present = (name: string) => page.getByRole('checkbox', { name: `${name} có mặt` });
  const saved = page.getByRole('status').filter({ hasText: /^Đã lưu điểm danh Buổi/ });
  await session(1).focus();
  await page.keyboard.press('Space');
  await present('Nguyễn Văn Đức').focus();
  await page.keyboard.press('Space');
  await expect(saved).toHaveText('Đã lưu điểm danh Buổi 1');
  // The clerk goes to session 2 without pressing anything else, ticks there, and comes back.
  await session(2).click();
  await expect(present('Nguyễn Văn Đức')).not.toBeChecked();
  await present('Lê Thị Hồng').focus();
  await page.keyboard.press('Space');
  await expect(saved).toHaveText('Đã lưu điểm danh Buổi 2');
  await session(1).click();
  await expect(present('Nguyễn Văn Đức')).toBeChecked();
  await expect(present('Lê Thị Hồng')).not.toBeChecked();
  await session(2).click();
  await expect(present('Lê Thị Hồng')).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: '2 học viên' })).toContainText('2 buổi');
  const courses = await callApi<{ id: string }[]>(page, 'training.courses', { year });
  const detail = await callApi<{ sessions: { id: string; sessionNo: number }[]; participants: { fullName: string; attended: string[] }[] }>(page, 'training.course', { id: courses[0]?.id ?? '' });
  const sessionOf = new Map(detail.sessions.map((s) => [s.id, s.sessionNo]));
  expect(Object.fromEntries(detail.participants.map((p) => [p.fullName, p.attended.map((id) => sessionOf.get(id))]))).toEqual({ 'Nguyễn Văn Đức': [1], 'Lê Thị Hồng': [2] });
});
