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

  /** An administrator enters the year's plan with the default targets, changing thresholds first where given. */
  async adoptDefaultPlan(documentRef: string, adoptedOn: string, thresholds: Record<string, string> = {}) {
    await this.page.getByRole('radio', { name: 'Bộ chỉ tiêu mặc định (kế hoạch Lạng Sơn 2023)' }).check();
    await this.page.getByLabel('Số, ký hiệu văn bản kế hoạch của tỉnh').fill(documentRef);
    const date = this.page.getByLabel('Ngày ban hành');
    await date.fill(adoptedOn);
    await date.press('Tab');
    for (const [code, value] of Object.entries(thresholds)) await this.threshold(code).fill(value);
    await this.confirmAdoption();
  }

  /** The explicit button, then the confirmation that says the denominators will be frozen. */
  async confirmAdoption() {
    await this.page.getByRole('button', { name: 'Nhập kế hoạch...' }).click();
    const confirm = this.page.getByRole('dialog', { name: /^Nhập kế hoạch năm/ });
    await expect(confirm).toContainText('mẫu số của các chỉ tiêu được chốt');
    await confirm.getByRole('button', { name: 'Nhập và chốt kế hoạch' }).click();
    await expect(confirm).toBeHidden();
  }

  /** A target's threshold in the adoption form (editable until the plan is adopted). */
  threshold(code: string): Locator {
    return this.page.getByLabel(`Tỷ lệ cần đạt của ${code}`, { exact: true });
  }

  target(code: string): Locator {
    // By the target's code badge: month labels of the charts read T1..T12 too.
    return this.page.getByRole('listitem').filter({ has: this.page.locator('.dd-target-code').getByText(code, { exact: true }) });
  }

  value(code: string): Locator {
    return this.page.getByTestId(`value-${code}`);
  }

  /** Makes the periodic report of a period as PDF or .xlsx; a period that does not exist is refused in the dialog. */
  async makeReport(period: string, format: 'PDF' | 'xlsx', narrative: { results?: string; difficulties?: string; proposals?: string } = {}) {
    await this.page.getByRole('button', { name: 'Lập báo cáo định kỳ' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Báo cáo định kỳ' });
    await this.pickPeriod(dialog, period);
    await dialog.getByRole('radio', { name: format === 'PDF' ? /^PDF theo Nghị định 30/ : /^Bảng tính \.xlsx/ }).check();
    for (const [label, text] of [['Kết quả đạt được', narrative.results], ['Khó khăn, vướng mắc', narrative.difficulties], ['Đề xuất, kiến nghị', narrative.proposals]] as const) {
      if (!text) continue;
      await dialog.getByLabel(label).click();
      await this.page.keyboard.type(text);
    }
    await dialog.getByRole('button', { name: 'Lập báo cáo' }).click();
    return dialog;
  }

  /** Picks a report period as a clerk does: the picker has the focus; the code is typed and Enter takes it. */
  async pickPeriod(dialog: Locator, period: string) {
    const picker = dialog.getByRole('combobox', { name: 'Kỳ báo cáo' });
    await expect(picker).toBeFocused();
    await this.page.keyboard.type(period);
    await this.page.keyboard.press('Enter');
  }

  /** The province rewords one line of the report layout (by its stable id) in the layout drawer. */
  async rewordReport(id: string, text: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Mẫu báo cáo' }).click();
    const drawer = this.page.getByRole('dialog', { name: /Mẫu báo cáo định kỳ/ });
    const input = drawer.getByLabel(id, { exact: true });
    await expect(drawer).toHaveAccessibleName(/phiên bản \d+/);
    // Migrations bring their own layout versions: the province's edit is the next one.
    const before = Number(/phiên bản (\d+)/.exec((await drawer.locator('.ant-drawer-title').textContent()) ?? '')?.[1]);
    await input.fill(text);
    await input.press('Enter');
    await expect(drawer).toHaveAccessibleName(new RegExp(`phiên bản ${before + 1}\\)`));
    return drawer;
  }

  /** The print preview of a report made as PDF. */
  async reportPreview(period: string): Promise<Locator> {
    const preview = this.page.getByRole('dialog', { name: `Xem trước báo cáo kỳ ${period}` });
    await expect(preview.locator('.dd-print-page').first()).toBeVisible();
    return preview;
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

  /** An administrator sets the legal deadline (days) of kinds of case. */
  async setDeadlines(days: Record<string, string>) {
    await this.page.getByRole('button', { name: 'Thời hạn giải quyết' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Thời hạn giải quyết theo luật định' });
    for (const [rule, value] of Object.entries(days)) {
      const field = dialog.getByLabel(rule, { exact: true });
      await field.click();
      await field.press('ControlOrMeta+a');
      await this.page.keyboard.type(value);
    }
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
  }

  async add(values: { kind: string; receivedOn: string; acceptedOn?: string; channel: string; anonymous?: boolean; content: string }) {
    await this.page.getByRole('button', { name: 'Thêm vụ việc' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Thêm vụ việc' });
    await expect(dialog).toBeVisible();
    await choose(dialog.getByLabel('Loại', { exact: true }), values.kind);
    const received = dialog.getByLabel('Ngày tiếp nhận');
    await received.fill(values.receivedOn);
    await received.press('Enter');
    if (values.acceptedOn) {
      await dialog.getByLabel('Ngày thụ lý').click();
      await this.page.keyboard.type(values.acceptedOn);
      await this.page.keyboard.press('Enter');
    }
    await choose(dialog.getByLabel('Hình thức tiếp nhận'), values.channel);
    if (values.anonymous) await dialog.getByLabel('Nặc danh').check();
    await dialog.getByLabel('Nội dung').fill(values.content);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
  }
}
