import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Page objects: tests speak of screens and fields, not selectors. */

export const OFFICE = { name: 'Phòng Văn hóa - Xã hội TP Lạng Sơn', admin: 'Nguyễn Thị Hoa', password: 'mat-khau-an-toan' };

/** antd selects: searchable ones filter on typed text (diacritics optional), then the first match is picked. */
export async function choose(combobox: Locator, text: string): Promise<void> {
  const page = combobox.page();
  // Only one dropdown at a time: a closing one (still animating) would otherwise be picked from.
  const openDropdowns = page.locator('.ant-select-dropdown:visible');
  await expect(openDropdowns).toHaveCount(0);
  await combobox.click();
  const options = openDropdowns.locator('.ant-select-item-option');
  if (await combobox.isEditable()) {
    await combobox.fill(text);
    // Options may still be loading from the API: wait until the filter has something to pick.
    await expect(options.first()).toBeVisible();
    await combobox.press('Enter');
  } else {
    await options.filter({ hasText: text }).first().click();
  }
  await expect(combobox).toHaveAttribute('aria-expanded', 'false');
  await expect(openDropdowns).toHaveCount(0);
}

export class SetupScreen {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Thiết lập văn phòng' });
  }

  async fillOffice(office: { name: string; level: 'Tỉnh' | 'Huyện' | 'Xã, phường'; list?: string; unit: string }) {
    await this.page.getByLabel('Tên cơ quan').fill(office.name);
    await this.page.getByRole('radio', { name: office.level, exact: true }).check();
    if (office.list) await choose(this.page.getByRole('combobox', { name: 'Danh mục đơn vị hành chính' }), office.list);
    await choose(this.page.getByRole('combobox', { name: 'Đơn vị', exact: true }), office.unit);
    await this.page.getByRole('button', { name: 'Tiếp tục' }).click();
  }

  async fillAdmin(name: string, password: string, again = password) {
    await this.page.getByLabel('Tên đăng nhập của quản trị viên').fill(name);
    await this.page.getByLabel('Mật khẩu', { exact: true }).fill(password);
    await this.page.getByLabel('Nhập lại mật khẩu').fill(again);
    await this.page.getByRole('button', { name: 'Hoàn tất thiết lập' }).click();
  }

  /** After setup: the recovery key, shown once; it goes on only once the administrator says it is kept. Returns the key. */
  async keepRecoveryKey(): Promise<string> {
    await expect(this.page.getByRole('heading', { name: 'Mã khôi phục dữ liệu' })).toBeVisible();
    const key = (await this.page.getByTestId('recovery-key').locator('code').textContent()) ?? '';
    const next = this.page.getByRole('button', { name: 'Tiếp tục' });
    await expect(next).toBeDisabled();
    await this.page.getByRole('checkbox', { name: 'Tôi đã in hoặc chép lại mã khôi phục' }).check();
    await next.click();
    return key;
  }

  /** The administrator's step with valid input, then the recovery key kept. */
  async finish(name: string, password: string): Promise<string> {
    await this.fillAdmin(name, password);
    return this.keepRecoveryKey();
  }
}

export class RegisterScreen {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: /Sổ theo dõi cơ sở kinh doanh/ });
  }

  count() {
    return this.page.getByRole('status').filter({ hasText: /cơ sở$/ });
  }

  async search(text: string) {
    await this.page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(text);
  }

  row(name: string) {
    return this.page.getByRole('button', { name, exact: true });
  }

  async open(name: string) {
    await this.row(name).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  async add(): Promise<BusinessForm> {
    await this.page.getByRole('button', { name: 'Thêm cơ sở' }).click();
    const form = new BusinessForm(this.page, 'Thêm cơ sở kinh doanh');
    await form.ready();
    return form;
  }
}

export class BusinessForm {
  readonly dialog: Locator;
  constructor(
    private readonly page: Page,
    title: string,
  ) {
    this.dialog = page.getByRole('dialog', { name: title });
  }

  /** The drawer focuses its first field once it has opened: typing before that would be lost. */
  async ready() {
    await expect(this.field('Tên cơ sở')).toBeFocused();
  }

  field(label: string) {
    return this.dialog.getByLabel(label, { exact: true });
  }

  async fill(values: { name?: string; type?: string; commune?: string; address?: string; owner?: string; phone?: string; registrationNo?: string; registrationDate?: string; workersTotal?: string; workersWomen?: string }) {
    if (values.name !== undefined) await this.field('Tên cơ sở').fill(values.name);
    if (values.type !== undefined) await choose(this.field('Loại hình'), values.type);
    if (values.address !== undefined) await this.field('Địa chỉ').fill(values.address);
    if (values.commune !== undefined) await choose(this.field('Xã, phường'), values.commune);
    if (values.owner !== undefined) await this.field('Chủ cơ sở').fill(values.owner);
    if (values.phone !== undefined) await this.field('Điện thoại').fill(values.phone);
    if (values.registrationNo !== undefined) await this.field('Số đăng ký kinh doanh').fill(values.registrationNo);
    if (values.registrationDate !== undefined) {
      await this.field('Ngày đăng ký kinh doanh').fill(values.registrationDate);
      await this.field('Ngày đăng ký kinh doanh').press('Enter');
    }
    if (values.workersTotal !== undefined) await this.field('Tổng số lao động').fill(values.workersTotal);
    if (values.workersWomen !== undefined) await this.field('Lao động nữ').fill(values.workersWomen);
  }

  async save() {
    await this.dialog.getByRole('button', { name: 'Lưu' }).click();
  }
}

/** On a business's detail page: edit, change the given fields, save. */
export async function editOpenBusiness(page: Page, values: Parameters<BusinessForm['fill']>[0]): Promise<void> {
  await page.getByRole('button', { name: 'Sửa' }).click();
  const edit = new BusinessForm(page, 'Sửa thông tin cơ sở');
  await edit.ready();
  await edit.fill(values);
  await edit.save();
  await expect(edit.dialog).toBeHidden();
}

/** Completes first-run setup as a commune office of the two-tier list and opens the register. */
export async function setUpOffice(page: Page): Promise<RegisterScreen> {
  const setup = new SetupScreen(page);
  await expect(setup.heading()).toBeVisible();
  await setup.fillOffice({ name: OFFICE.name, level: 'Tỉnh', unit: 'Lang Son' });
  await setup.finish(OFFICE.admin, OFFICE.password);
  return openRegister(page);
}

/** The targets dashboard is the home screen after setup and sign-in: go to the business register. */
export async function openRegister(page: Page): Promise<RegisterScreen> {
  await page.getByRole('menuitem', { name: 'Cơ sở kinh doanh' }).click();
  const register = new RegisterScreen(page);
  await expect(register.heading()).toBeVisible();
  return register;
}
