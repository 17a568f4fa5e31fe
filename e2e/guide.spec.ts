import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { GUIDE_VIEWPORT, shot } from './guideShots';
import { callApi, InspectionsScreen, planThroughApi, registerBusinesses, ResultsScreen, ViolationsScreen } from './inspectionsPages';
import { OfficePackagesScreen, ProvincePackagesScreen } from './packagesPages';
import { choose, OFFICE, openRegister, SetupScreen, setUpOffice } from './pages';
import { CasesScreen, DashboardScreen } from './planPages';
import { CourseForm, TrainingScreen } from './trainingPages';
import { UsersScreen } from './usersPages';
import { expectedTitle, expectF1Opens } from './helpPages';
import { translate } from '../renderer/i18n/translate';

/**
 * The walk-through that takes the user guide's screenshots (docs/guide/*, `npm run guide`): the
 * screens a clerk, an administrator and IT staff see, at 1366x768, in Vietnamese. Data a person
 * would type in the picture is typed; the records behind it come through the API.
 */
test.use({ viewport: GUIDE_VIEWPORT });

const now = new Date(Date.now() - 86_400_000);
const yesterday = `${String(now.getDate()).padStart(2, '0')}/${String(now.getMonth() + 1).padStart(2, '0')}/${now.getFullYear()}`;
const year = new Date().getFullYear();

interface Opened {
  id: string;
  template: { sections: { items: { key: string; kind: string; violation: { kind: string; answer?: string; limit?: number } | null }[] }[] };
}

/** Answers a whole sheet through the API, the first two yes/no rules as violations, and finalises it. */
async function finaliseWithViolations(page: Page, code: string) {
  const opened = await callApi<Opened>(page, 'inspections.open', { code });
  let violations = 0;
  for (const item of opened.template.sections.flatMap((s) => s.items)) {
    let value = 'Có';
    if (item.kind === 'yesno') {
      const bad = item.violation?.kind === 'answer' ? item.violation.answer : null;
      value = bad && violations < 2 ? (violations++, bad) : bad === 'yes' ? 'no' : 'yes';
    } else if (item.kind === 'number') {
      const limit = item.violation?.limit ?? 10;
      value = String(item.violation?.kind === 'above' ? Math.max(0, limit - 1) : limit + 5);
    }
    await callApi(page, 'inspections.saveAnswer', { inspectionId: opened.id, itemKey: item.key, value });
  }
  await callApi(page, 'inspections.finalise', { inspectionId: opened.id, inspectedOn: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10) });
}

/** Closing a form with typing in it asks first: the walk-through only looked, so it discards. */
async function discardIfAsked(page: Page) {
  const ask = page.getByRole('dialog', { name: 'Bỏ các thay đổi chưa lưu?' });
  if (await ask.isVisible()) await ask.getByRole('button', { name: 'Bỏ thay đổi' }).click();
}

test('guide pictures: setup, the clerk\'s screens, the administrator\'s', async ({ desk }) => {
  test.skip(desk.shell !== 'chromium', 'the guide is illustrated from the Chromium run (one picture per name)');
  test.setTimeout(240_000);
  const page = desk.page;
  const setup = new SetupScreen(page);
  await expect(setup.heading()).toBeVisible();
  await page.getByLabel('Tên cơ quan').click();
  await page.keyboard.type('UBND phường Đông Kinh');
  await page.getByRole('radio', { name: 'Xã, phường', exact: true }).check();
  await choose(page.getByRole('combobox', { name: 'Đơn vị', exact: true }), 'Dong Kinh');
  await shot(page, 'setup-office');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await setup.fillAdmin(OFFICE.admin, OFFICE.password);
  await expect(page.getByRole('heading', { name: 'Mã khôi phục dữ liệu' })).toBeVisible();
  await shot(page, 'setup-recovery-key');
  await setup.keepRecoveryKey();

  const dashboard = new DashboardScreen(page);
  await expect(dashboard.heading()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nhập kế hoạch...' })).toBeVisible();
  await shot(page, 'plan-adopt');
  const today = new Date().toISOString().slice(0, 10);
  await callApi(page, 'plan.adopt', { year, documentRef: '45/KH-UBND', adoptedOn: today, startFrom: 'defaults' });

  await registerBusinesses(page, [
    { name: 'Nhà nghỉ Hoa Mai', type: 'guest_house' },
    { name: 'Karaoke Ánh Dương', type: 'karaoke' },
    { name: 'Nhà trọ Bình An', type: 'rental_rooms' },
  ]);
  const codes = await planThroughApi(page, 'Kiểm tra quý IV', ['Nhà nghỉ Hoa Mai', 'Karaoke Ánh Dương']);
  await finaliseWithViolations(page, codes.get('Karaoke Ánh Dương') ?? '');

  // The register and a new business typed in.
  const register = await openRegister(page);
  await expect(register.row('Nhà nghỉ Hoa Mai')).toBeVisible();
  await shot(page, 'register-list');
  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: 'Hướng dẫn sử dụng' });
  await expect(help.getByRole('heading', { name: 'Đăng ký cơ sở kinh doanh' })).toBeVisible();
  await shot(page, 'help-drawer');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  const form = await register.add();
  await page.keyboard.type('Khách sạn Phương Nam');
  await choose(form.field('Loại hình'), 'Khách sạn');
  await form.field('Địa chỉ').click();
  await page.keyboard.type('Số 12 Trần Đăng Ninh');
  await form.field('Tổng số lao động').click();
  await page.keyboard.type('12');
  await shot(page, 'business-form');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Bỏ các thay đổi chưa lưu?' }).getByRole('button', { name: 'Bỏ thay đổi' }).click();
  await expect(form.dialog).toBeHidden();
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const importDialog = page.getByRole('dialog', { name: 'Nhập danh sách cơ sở từ Excel' });
  await expect(importDialog).toBeVisible();
  await shot(page, 'import-dialog');
  await page.keyboard.press('Escape');
  await expect(importDialog).toBeHidden();

  // Inspections: the plan, the printed checklist, results typed from paper, the violations.
  const area = new InspectionsScreen(page);
  await area.open();
  await page.getByRole('button', { name: /Kiểm tra quý IV/ }).first().click();
  await expect(page.getByRole('heading', { name: 'Kế hoạch: Kiểm tra quý IV' })).toBeVisible();
  await shot(page, 'inspection-plan');
  await page.getByRole('button', { name: 'In phiếu cả kế hoạch' }).click();
  const preview = page.getByRole('dialog', { name: 'Xem trước khi in' });
  await expect(preview.locator('.dd-print-page').first()).toBeVisible();
  await shot(page, 'inspection-print');
  await preview.getByRole('button', { name: 'Đóng' }).click();
  await expect(preview).toBeHidden();

  await area.tab('Nhập kết quả');
  const results = new ResultsScreen(page);
  await results.openCode(codes.get('Nhà nghỉ Hoa Mai') ?? '');
  await expect(results.answer(1)).toBeFocused();
  await results.type(['y', 'y', 'y', 'n']);
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu lúc' })).toBeVisible();
  await shot(page, 'results-entry');
  const confirm = await results.askToFinalise(yesterday);
  await shot(page, 'results-finalise');
  await confirm.getByRole('button', { name: 'Quay lại sửa' }).click();
  await expect(confirm).toBeHidden();

  await area.tab('Vi phạm và xử lý');
  const violations = new ViolationsScreen(page);
  await expect(violations.summary()).toContainText('Đang theo dõi: 2');
  await shot(page, 'violations-list');
  await page.getByRole('button', { name: /^Ghi xử lý: / }).first().click();
  const handling = page.getByRole('dialog', { name: /Ghi xử lý/ });
  await violations.type(handling, 'Số biên bản', '07/BB-VPHC');
  await shot(page, 'violation-handling');
  await handling.getByRole('button', { name: 'Hủy' }).click();
  await discardIfAsked(page);
  await expect(handling).toBeHidden();
  await area.tab('Mẫu phiếu');
  await expect(page.getByRole('button', { name: /^Sửa mẫu/ }).first()).toBeVisible();
  await shot(page, 'templates');

  // The case log.
  const cases = new CasesScreen(page);
  await cases.open();
  await cases.add({ kind: 'Tin báo về tội phạm', receivedOn: yesterday, channel: 'Trực tiếp', content: 'Nghi có hoạt động mua bán dâm tại nhà nghỉ trên đường Lê Lợi' });
  await shot(page, 'cases-list');
  await page.getByRole('button', { name: 'Thêm vụ việc' }).click();
  const caseForm = page.getByRole('dialog', { name: 'Thêm vụ việc' });
  await choose(caseForm.getByLabel('Loại', { exact: true }), 'Khiếu nại');
  await caseForm.getByLabel('Nội dung').click();
  await page.keyboard.type('Khiếu nại quyết định xử phạt của cơ sở karaoke');
  await shot(page, 'case-form');
  await caseForm.getByRole('button', { name: 'Hủy' }).click();
  await discardIfAsked(page);
  await expect(caseForm).toBeHidden();

  // Training, attendance and outreach.
  const training = new TrainingScreen(page);
  await training.open();
  for (const name of ['Hoàng Thị Mai', 'Lý Văn Đức']) {
    await callApi(page, 'staff.create', { fullName: name, gender: 'female', birthYear: 1985, position: 'Cán bộ văn hóa', agency: 'UBND phường Đông Kinh', level: 'commune', unitCode: '05977', group: 'civil_servant', phone: '', status: 'active' });
  }
  await training.tab('Cán bộ');
  await shot(page, 'training-staff');
  await training.tab('Lớp tập huấn');
  await new CourseForm(page).create({ title: 'Tập huấn nghiệp vụ phòng, chống mại dâm', start: yesterday, end: yesterday, sessions: [yesterday] });
  await shot(page, 'training-course');
  await page.getByRole('menuitem', { name: 'Tổng quan' }).click();
  await training.open();
  await training.tab('Hoạt động truyền thông');
  await expect(page.getByRole('button', { name: 'Thêm hoạt động' })).toBeVisible();
  await shot(page, 'training-events');
  await page.getByRole('button', { name: 'Thêm hoạt động' }).click();
  const eventForm = page.getByRole('dialog', { name: 'Thêm hoạt động' });
  await choose(eventForm.getByLabel('Hình thức', { exact: true }), 'Hội nghị');
  await eventForm.getByLabel('Số người lao động tại cơ sở được tuyên truyền').click();
  await page.keyboard.type('25');
  await shot(page, 'event-form');
  await page.keyboard.press('Escape');
  await discardIfAsked(page);
  await expect(eventForm).toBeHidden();

  // The dashboard with the adopted plan, and the periodic report.
  await dashboard.open();
  await shot(page, 'dashboard');
  await page.getByRole('button', { name: 'Lập báo cáo định kỳ' }).click();
  const report = page.getByRole('dialog', { name: 'Báo cáo định kỳ' });
  await report.getByLabel('Kết quả đạt được').click();
  await page.keyboard.type('Kiểm tra 2 cơ sở, phát hiện 2 vi phạm.');
  await shot(page, 'report-dialog');
  await report.getByRole('button', { name: 'Hủy' }).click();
  await discardIfAsked(page);
  await expect(report).toBeHidden();

  // Sending data.
  const packages = new OfficePackagesScreen(page);
  await packages.open();
  await shot(page, 'packages-office');

  // The administrator's screens.
  await callApi(page, 'users.add', { name: 'Trần Văn Minh', role: 'clerk', password: null });
  const users = new UsersScreen(page);
  await users.open();
  await expect(users.row('Trần Văn Minh')).toBeVisible();
  await shot(page, 'users-list');
  await page.getByRole('button', { name: 'Thêm người dùng' }).click();
  await expect(users.addDialog().getByLabel('Tên đăng nhập')).toBeFocused();
  await page.keyboard.type('Phạm Thu Trang');
  await users.addDialog().getByRole('radio', { name: 'Kiểm tra viên' }).check();
  await shot(page, 'user-add');
  await users.addDialog().getByRole('button', { name: 'Hủy' }).click();
  await discardIfAsked(page);
  await expect(users.addDialog()).toBeHidden();
  await page.getByRole('button', { name: 'Phân quyền: Trần Văn Minh' }).click();
  await expect(page.getByRole('dialog', { name: /^Phân quyền cho/ })).toBeVisible();
  await shot(page, 'permissions-dialog');
  await page.keyboard.press('Escape');

  await page.getByRole('menuitem', { name: 'Sao lưu, khôi phục' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sao lưu, khôi phục' })).toBeVisible();
  await shot(page, 'backup-page');
  await page.getByRole('heading', { name: 'Khôi phục từ tệp sao lưu' }).scrollIntoViewIfNeeded();
  await shot(page, 'restore-card');

  await page.getByRole('menuitem', { name: 'Nhật ký hoạt động' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nhật ký hoạt động' })).toBeVisible();
  await shot(page, 'audit-log');
  await page.getByRole('menuitem', { name: 'Thông tin' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thông tin phần mềm' })).toBeVisible();
  await shot(page, 'about');
});

test('guide pictures: the province; F1 there opens the province\'s pages', async ({ desk }) => {
  test.setTimeout(120_000);
  test.skip(desk.shell !== 'chromium', 'the guide is illustrated from the Chromium run (one picture per name)');
  const page = desk.page;
  await setUpOffice(page);
  const packages = new ProvincePackagesScreen(page);
  await packages.open();
  await shot(page, 'province-import');
  await packages.offices.scrollIntoViewIfNeeded();
  await shot(page, 'province-offices');
  await packages.config.scrollIntoViewIfNeeded();
  await shot(page, 'province-config');
  await new DashboardScreen(page).open();
  await shot(page, 'province-dashboard');

  // F1 at a province opens the province's pages where they differ (the office's screens are in help.spec.ts).
  expect(expectedTitle('vi', 'packages', null, true)).not.toBe(expectedTitle('vi', 'packages', null, false));
  for (const [nav, section] of [['nav.packagesProvince', 'packages'], ['nav.dashboard', 'dashboard'], ['nav.businesses', 'businesses']] as const) {
    await page.getByRole('menuitem', { name: translate('vi', nav) }).click();
    await expectF1Opens(page, 'vi', expectedTitle('vi', section, null, true), section);
  }
});
