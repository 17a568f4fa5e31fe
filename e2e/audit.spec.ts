import { expect, expectAccessible, test } from './fixtures';
import { AuditLogScreen, SignInScreen } from './auditPages';
import { editOpenBusiness, OFFICE, openRegister, setUpOffice } from './pages';

test('sign in, change a business, see who changed which field in the activity log', async ({ desk }) => {
  test.setTimeout(120_000); // setup, two sign-ins, an edit and the log's checks: over a minute on a loaded CI machine
  const page = desk.page;
  const register = await setUpOffice(page);
  const form = await register.add();
  await form.fill({ name: 'Nhà nghỉ Hoàng Đức', type: 'nha nghi', commune: 'dong kinh', registrationNo: '14A8001234' });
  await form.save();
  await expect(form.dialog).toBeHidden();

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  const signIn = new SignInScreen(page);
  await expect(signIn.heading()).toBeVisible();
  await signIn.signIn('nguyen thi hoa', 'sai-mat-khau');
  await expect(page.getByRole('alert').filter({ hasText: 'Sai tên đăng nhập hoặc mật khẩu' })).toBeVisible();
  await signIn.signIn('nguyen thi hoa', OFFICE.password);
  await openRegister(page);

  await register.open('Nhà nghỉ Hoàng Đức');
  await editOpenBusiness(page, { phone: '0912 345 678' });

  const log = await AuditLogScreen.open(page);
  const change = log.rows('Sửa thông tin cơ sở', 'Cơ sở kinh doanh: Nhà nghỉ Hoàng Đức');
  await expect(change).toHaveCount(1);
  await expect(change).toContainText(OFFICE.admin);
  await expect(change).toContainText('Điện thoại');
  await expect(change).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  await expect(log.rows('Đăng nhập không thành công')).toHaveCount(1);
  await expect(log.rows('Đăng nhập không thành công')).toContainText('Hệ thống');
  const tried = await log.detail(log.rows('Đăng nhập không thành công'));
  await expect(tried).toContainText('"name": "nguyen thi hoa"');
  await expect(tried).not.toContainText('sai-mat-khau');
  await expectAccessible(page, 'activity log');

  await log.filterRecord('hoang duc');
  await expect(log.count()).toHaveText('2 mục');
  await log.filterAction('Sửa thông tin');
  await expect(log.count()).toHaveText('1 mục');

  await log.verify();
  await expect(page.getByRole('status').filter({ hasText: 'Nhật ký toàn vẹn' })).toBeVisible();
  const download = await log.exportFile();
  expect(download.suggestedFilename()).toMatch(/^nhat-ky-hoat-dong-.*\.xlsx$/);
});
