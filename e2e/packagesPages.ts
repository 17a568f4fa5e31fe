import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { SetupScreen, OFFICE } from './pages';

/** Page objects of the data-package screens (typed paths: the browser host has no file dialogs). */

/** Sets the browser's installation up as a commune office (it sends packages to the province). */
export async function setUpCommuneOffice(page: Page): Promise<void> {
  const setup = new SetupScreen(page);
  await expect(setup.heading()).toBeVisible();
  await setup.fillOffice({ name: 'UBND phường Đông Kinh', level: 'Xã, phường', unit: 'Dong Kinh' });
  await setup.finish(OFFICE.admin, OFFICE.password);
  await expect(page.getByRole('menuitem', { name: 'Gửi dữ liệu' })).toBeVisible();
}

class PackagesScreen {
  constructor(readonly page: Page) {}

  card(title: string): Locator {
    return this.page.locator('.ant-card').filter({ has: this.page.getByRole('heading', { level: 2, name: title }) });
  }

  /** The fingerprint shown in a card, as its groups joined by spaces. */
  async fingerprintIn(card: Locator): Promise<string> {
    const groups = await card.locator('.dd-fingerprint span').allTextContents();
    return groups.join(' ');
  }

  status(card: Locator, text: string | RegExp): Locator {
    return card.getByRole('status').filter({ hasText: text });
  }

  alert(card: Locator): Locator {
    return card.getByRole('alert');
  }
}

export class OfficePackagesScreen extends PackagesScreen {
  readonly send = this.card('Xuất gói dữ liệu');
  readonly receipt = this.card('Nhập giấy biên nhận của tỉnh');
  readonly config = this.card('Gói cấu hình của tỉnh');
  readonly registration = this.card('Đăng ký máy này với tỉnh');

  async open() {
    await this.page.getByRole('menuitem', { name: 'Gửi dữ liệu' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Gửi dữ liệu lên tỉnh' })).toBeVisible();
  }

  async exportRegistration(folder: string) {
    await this.registration.getByLabel('Thư mục lưu (ví dụ ổ USB)').fill(folder);
    await this.registration.getByRole('button', { name: 'Xuất tệp đăng ký' }).click();
    await expect(this.status(this.registration, 'Đã ghi và đọc lại để kiểm tra')).toBeVisible();
  }

  async importConfig(file: string, fingerprint: string) {
    await this.config.getByLabel('Tệp gói cấu hình của tỉnh').fill(file);
    // Typed from the province's letter, as the administrator does, over whatever was typed before.
    await this.config.getByLabel('Dấu vân tay khóa của tỉnh (theo văn bản của tỉnh)').click();
    await this.config.page().keyboard.press('ControlOrMeta+A');
    await this.config.page().keyboard.type(fingerprint);
    await this.config.getByRole('button', { name: 'Nhập gói cấu hình' }).click();
  }

  async exportPackage(folder: string) {
    await this.send.getByLabel('Thư mục lưu (ví dụ ổ USB)').fill(folder);
    await this.send.getByRole('button', { name: 'Xuất gói dữ liệu' }).click();
  }

  sentRow(sequence: number): Locator {
    return this.send.getByRole('table', { name: 'Các gói đã gửi' }).getByRole('row').filter({ has: this.page.getByRole('cell', { name: String(sequence), exact: true }) });
  }

  async importReceipt(file: string) {
    await this.receipt.getByLabel('Tệp giấy biên nhận của tỉnh').fill(file);
    await this.receipt.getByRole('button', { name: 'Nhập giấy biên nhận' }).click();
  }
}

export class ProvincePackagesScreen extends PackagesScreen {
  readonly incoming = this.card('Nhập gói dữ liệu');
  readonly offices = this.card('Các đơn vị đã đăng ký');
  readonly config = this.card('Gói cấu hình cho các đơn vị');

  async open() {
    await this.page.getByRole('menuitem', { name: 'Tiếp nhận dữ liệu' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Tiếp nhận dữ liệu từ các đơn vị' })).toBeVisible();
  }

  async exportConfig(folder: string) {
    await this.config.getByLabel('Thư mục lưu (ví dụ ổ USB)').fill(folder);
    await this.config.getByRole('button', { name: 'Xuất gói cấu hình' }).click();
    await expect(this.status(this.config, 'Đã xuất gói cấu hình số 1')).toBeVisible();
  }

  async register(file: string, fingerprint: string) {
    await this.offices.getByLabel('Tệp đăng ký của đơn vị').fill(file);
    await this.offices.getByLabel('Dấu vân tay trên phiếu đăng ký').fill(fingerprint);
    await this.offices.getByRole('button', { name: /Đăng ký$/ }).click();
  }

  officeRow(name: string): Locator {
    return this.offices.getByRole('table', { name: 'Các đơn vị đã đăng ký' }).getByRole('row').filter({ hasText: name });
  }

  /** Chooses a package by path (Enter submits): it is verified and previewed, nothing imported. */
  async check(file: string) {
    const field = this.incoming.getByLabel('Tệp gói dữ liệu', { exact: true });
    await field.fill(file);
    await field.press('Enter');
  }

  /** Drops a file onto the screen (on the page heading, away from the drop zone) as the desktop would: a File in a DataTransfer. */
  async dropFile(name: string, bytes: Buffer) {
    const dataTransfer = await this.page.evaluateHandle(
      ({ fileName, base64 }) => {
        const binary = atob(base64);
        const content = new Uint8Array(binary.length);
        for (let i = 0; i < binary.length; i += 1) content[i] = binary.charCodeAt(i);
        const transfer = new DataTransfer();
        transfer.items.add(new File([content], fileName));
        return transfer;
      },
      { fileName: name, base64: bytes.toString('base64') },
    );
    await this.page.getByRole('heading', { level: 1 }).dispatchEvent('drop', { dataTransfer });
  }

  /** As if dropped or picked with the browser's file chooser: the bytes are staged, then checked. */
  async drop(file: string) {
    await this.incoming.getByLabel('Chọn tệp gói dữ liệu').setInputFiles(file);
  }

  item(name: string): Locator {
    return this.incoming.getByRole('listitem', { name: `Tệp ${name}` });
  }

  async exportReceipt(folder: string, office: string) {
    await this.offices.getByLabel('Thư mục lưu giấy biên nhận (ví dụ ổ USB)').fill(folder);
    await this.offices.getByRole('button', { name: `Xuất giấy biên nhận cho ${office}` }).click();
    await expect(this.status(this.offices, `cho ${office}`)).toBeVisible();
  }
}
