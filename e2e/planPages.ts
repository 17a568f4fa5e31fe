import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { choose } from './pages';

/** Page objects of the targets dashboard and the case log. */

export class DashboardScreen {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: /Tổng quan thực hiện kế hoạch năm/ });
  }

  async open() {
    await this.page.getByRole('menuitem', { name: 'Tổng quan' }).click();
    await expect(this.heading()).toBeVisible();
  }

  /** An administrator enters the year's plan with the default targets. */
  async adoptDefaultPlan(documentRef: string, adoptedOn: string) {
    await this.page.getByRole('radio', { name: 'Bộ chỉ tiêu mặc định (kế hoạch Lạng Sơn 2023)' }).check();
    await this.page.getByLabel('Số, ký hiệu văn bản kế hoạch của tỉnh').fill(documentRef);
    const date = this.page.getByLabel('Ngày ban hành');
    await date.fill(adoptedOn);
    await date.press('Tab');
    await this.page.getByRole('button', { name: 'Nhập kế hoạch' }).click();
  }

  target(code: string): Locator {
    return this.page.getByRole('listitem').filter({ has: this.page.getByText(code, { exact: true }) });
  }

  value(code: string): Locator {
    return this.page.getByTestId(`value-${code}`);
  }

  /** Makes the periodic report of a period; a period that does not exist is refused in the dialog. */
  async makeReport(period: string, narrative: string) {
    await this.page.getByRole('button', { name: 'Lập báo cáo định kỳ' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Báo cáo định kỳ (.xlsx)' });
    await dialog.getByLabel('Kỳ báo cáo').fill(period);
    await dialog.getByLabel('Kết quả, khó khăn, đề xuất').fill(narrative);
    await dialog.getByRole('button', { name: 'Lập báo cáo' }).click();
    return dialog;
  }

  /** Opens the records behind a figure; returns the drawer. */
  async openRecords(code: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Xem hồ sơ ${code}` }).click();
    const drawer = this.page.getByRole('dialog', { name: `Hồ sơ của chỉ tiêu ${code}` });
    await expect(drawer).toBeVisible();
    return drawer;
  }
}

export class CasesScreen {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Sổ tiếp nhận tố giác, tin báo, khiếu nại' });
  }

  async open() {
    await this.page.getByRole('menuitem', { name: 'Tố giác, tin báo' }).click();
    await expect(this.heading()).toBeVisible();
  }

  count() {
    return this.page.getByRole('status').filter({ hasText: /vụ việc$/ });
  }

  async show(filter: 'Tất cả' | 'Đang giải quyết' | 'Quá hạn') {
    await this.page.getByTitle(filter, { exact: true }).click();
  }

  row(content: string): Locator {
    return this.page.getByRole('row').filter({ hasText: content });
  }

  async add(values: { kind: string; receivedOn: string; channel: string; anonymous?: boolean; content: string }) {
    await this.page.getByRole('button', { name: 'Thêm vụ việc' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Thêm vụ việc' });
    await expect(dialog).toBeVisible();
    await choose(dialog.getByLabel('Loại', { exact: true }), values.kind);
    const received = dialog.getByLabel('Ngày tiếp nhận');
    await received.fill(values.receivedOn);
    await received.press('Enter');
    await choose(dialog.getByLabel('Hình thức tiếp nhận'), values.channel);
    if (values.anonymous) await dialog.getByLabel('Nặc danh').check();
    await dialog.getByLabel('Nội dung').fill(values.content);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
  }
}
