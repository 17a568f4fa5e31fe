import { expect, expectAccessible, test } from './fixtures';
import { OFFICE, openRegister, setUpOffice } from './pages';
import { LockScreen, SignInScreen, UsersScreen } from './usersPages';

test('the administrator adds a clerk, who chooses a password at first sign-in with the one-time code', async ({ desk }) => {
  const page = desk.page;
  await setUpOffice(page);
  const users = new UsersScreen(page);
  await users.open();
  await expectAccessible(page, 'users');

  await users.add({ name: 'Lò Văn Minh', role: 'Cán bộ nhập liệu' });
  await expect(page.getByText('Đã thêm người dùng Lò Văn Minh')).toBeVisible();
  const code = await users.takeCode('Lò Văn Minh');
  await expect(users.row('Lò Văn Minh')).toContainText('Chờ người dùng nhập mã dùng một lần');
  // A clerk's default areas: registers, inspections, training; not the case log.
  await expect(users.row('Lò Văn Minh')).toContainText('Kiểm tra');
  await expect(users.row('Lò Văn Minh')).not.toContainText('Sổ tin báo');

  // The same name typed without diacritics is the same user.
  await users.add({ name: 'lo van minh', role: 'Kiểm tra viên' });
  await expect(users.addDialog().getByText('Đã có người dùng "Lò Văn Minh"')).toBeVisible();
  await users.addDialog().getByRole('button', { name: 'Hủy' }).click();

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  const signIn = new SignInScreen(page);
  await expect(signIn.heading()).toBeVisible();
  await signIn.signIn('LO VAN MINH', '');
  await signIn.choosePassword(code, 'mat-khau-minh', 'mat-khau-khac');
  await expect(page.getByText('Hai lần nhập mật khẩu không khớp')).toBeVisible();
  await expectAccessible(page, 'sign-in: choose a password');
  // Without the right code nobody sets the password.
  await signIn.choosePassword('AAAA-BBBB-CCCC', 'mat-khau-minh');
  await expect(signIn.alert()).toHaveText('Mã dùng một lần không đúng');
  await signIn.choosePassword(code.toLowerCase(), 'mat-khau-minh');
  await openRegister(page);
  await expect(page.getByText('Đang đăng nhập: Lò Văn Minh')).toBeVisible();
  // A clerk does not manage users, nor open the case log without that area.
  await expect(page.getByRole('menuitem', { name: 'Người dùng' })).toHaveCount(0);
  await expect(page.getByRole('menuitem', { name: 'Tố giác, tin báo' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await signIn.signIn('lo van minh', 'mat-khau-minh');
  await openRegister(page);
});

test('five wrong passwords in a row make the next tries wait', async ({ desk }) => {
  const page = desk.page;
  await setUpOffice(page);
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  const signIn = new SignInScreen(page);
  for (let i = 1; i <= 4; i++) {
    await signIn.signIn(OFFICE.admin, `sai-mat-khau-${i}`);
    await expect(signIn.alert()).toHaveText('Sai tên đăng nhập hoặc mật khẩu');
    await expect(page.getByLabel('Mật khẩu', { exact: true })).toHaveValue('');
  }
  await signIn.signIn(OFFICE.admin, 'sai-mat-khau-5');
  await expect(signIn.alert()).toHaveText('Đã nhập sai mật khẩu nhiều lần. Hãy chờ 30 giây rồi thử lại');
  // The right password waits too.
  await signIn.signIn(OFFICE.admin, OFFICE.password);
  await expect(signIn.alert()).toContainText('Hãy chờ');
  await expect(signIn.heading()).toBeVisible();
});

test('the screen locks when idle and unlocking keeps a half-typed form', async ({ desk }) => {
  const page = desk.page;
  // The page's clock is the test's, so ten idle minutes pass in an instant.
  await page.clock.install();
  await page.reload();
  const register = await setUpOffice(page);
  const users = new UsersScreen(page);
  await users.open();
  await users.setIdleMinutes(2);

  await page.getByRole('menuitem', { name: 'Cơ sở kinh doanh' }).click();
  const form = await register.add();
  await form.field('Tên cơ sở').fill('Nhà nghỉ Bình Minh');
  await page.clock.fastForward('01:50');
  const lock = new LockScreen(page);
  await expect(lock.heading()).toHaveCount(0);
  await page.clock.fastForward('00:11');
  await expect(lock.heading()).toBeVisible();
  await expect(lock.dialog().getByText(`Đang đăng nhập: ${OFFICE.admin}`)).toBeVisible();
  await expectAccessible(page, 'lock screen');
  expect(await lock.covers(form.field('Tên cơ sở'))).toBe(true);

  // The server refuses everything but unlock and sign-out, whatever the page does.
  expect(await lock.callFromDevtools('businesses.list')).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });

  await lock.unlock('sai-mat-khau');
  await expect(page.getByRole('alert')).toContainText('Mật khẩu không đúng');
  await lock.unlock(OFFICE.password);
  await expect(lock.heading()).toHaveCount(0);
  await expect(form.field('Tên cơ sở')).toHaveValue('Nhà nghỉ Bình Minh');
  // Back where the clerk was typing.
  await expect(form.field('Tên cơ sở')).toBeFocused();
  await form.fill({ type: 'nha nghi', commune: 'dong kinh' });
  await form.save();
  await expect(form.dialog).toBeHidden();
  await expect(register.row('Nhà nghỉ Bình Minh')).toBeVisible();
});

test('"Khóa màn hình" locks at once, and someone else can sign in from the lock screen', async ({ desk }) => {
  const page = desk.page;
  await setUpOffice(page);
  await page.getByRole('button', { name: 'Khóa màn hình' }).click();
  const lock = new LockScreen(page);
  await expect(lock.heading()).toBeVisible();
  // Reloading the window does not open it.
  await page.reload();
  await expect(lock.heading()).toBeVisible();
  await lock.signInAsSomeoneElse();
  await expect(new SignInScreen(page).heading()).toBeVisible();
});
