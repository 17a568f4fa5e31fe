import { expect, expectAccessible, test } from './fixtures';
import { editOpenBusiness, setUpOffice } from './pages';

test('add, edit, find without diacritics, see the history, record a closure', async ({ desk }) => {
  const page = desk.page;
  const register = await setUpOffice(page);

  const form = await register.add();
  await expect(form.dialog).toBeVisible();
  await expectAccessible(page, 'business form');
  await form.save();
  await expect(form.dialog.getByText('Bắt buộc nhập').first()).toBeVisible();

  await form.fill({
    name: 'Nhà nghỉ Hoàng Đức',
    type: 'nha nghi',
    address: 'Số 12, đường Trần Đăng Ninh',
    commune: 'dong kinh',
    owner: 'Lê Văn Bình',
    phone: '0205 3870 123',
    registrationNo: '14A8001234',
    registrationDate: '15/03/2021',
    workersTotal: '5',
    workersWomen: '7',
  });
  await form.save();
  await expect(form.dialog.getByText('Số lao động nữ lớn hơn tổng số lao động')).toBeVisible();
  await form.field('Lao động nữ').fill('3');
  await form.save();
  await expect(form.dialog).toBeHidden();

  const second = await register.add();
  await second.fill({ name: 'Karaoke Ánh Dương', type: 'karaoke', commune: 'tam thanh', registrationNo: '14A-800-1234' });
  await second.save();
  await expect(second.dialog.getByRole('alert')).toContainText('Đã có cơ sở trùng số đăng ký');
  await second.field('Số đăng ký kinh doanh').fill('14A8009999');
  await second.save();
  await expect(second.dialog).toBeHidden();
  await expect(register.count()).toHaveText('2 cơ sở');

  await register.search('nha nghi hoang duc');
  await expect(register.count()).toHaveText('1 cơ sở');
  await expect(register.row('Nhà nghỉ Hoàng Đức')).toBeVisible();
  await register.search('NHA   NGHI');
  await expect(register.count()).toHaveText('1 cơ sở');
  await register.search('anh duong');
  await expect(register.row('Karaoke Ánh Dương')).toBeVisible();
  await register.search('');
  await expect(register.count()).toHaveText('2 cơ sở');

  await register.open('Nhà nghỉ Hoàng Đức');
  await expect(page.getByText('15/03/2021').first()).toBeVisible();
  await expectAccessible(page, 'business detail');
  await editOpenBusiness(page, { phone: '0912 345 678' });
  await expect(page.getByText('0912 345 678').first()).toBeVisible();
  const history = page.getByRole('heading', { level: 2, name: 'Lịch sử thay đổi' });
  await expect(history).toBeVisible();
  await expect(page.getByText('0205 3870 123').first()).toBeVisible(); // the old value, in the history

  await page.getByRole('button', { name: 'Ghi nhận đóng cửa' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ghi nhận đóng cửa' }).click();
  await expect(page.getByRole('cell', { name: 'Đã đóng cửa' })).toBeVisible();
});
