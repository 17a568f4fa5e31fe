import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Page objects of the inspections area: plans, results entry, violations. */

/** Registers businesses through the same API the screens use (the register's own UI is tested elsewhere). */
export async function registerBusinesses(page: Page, businesses: { name: string; type: string }[]): Promise<void> {
  await page.evaluate(async (list) => {
    const token = sessionStorage.getItem('dd.hostToken') ?? '';
    for (const b of list) {
      const fields = { ...b, address: 'Số 5 Lê Lợi', communeCode: '05977', ownerName: 'Lê Văn Bình', phone: '', registrationNo: '', registrationDate: null, securityCertNo: '', securityCertDate: null, workersTotal: null, workersWomen: null, status: 'operating', notes: '' };
      const result = window.api
        ? await window.api['businesses.create'](fields as never)
        : ((await (await fetch('./api/businesses.create', { method: 'POST', headers: { 'content-type': 'application/json', 'x-dd-token': token }, body: JSON.stringify(fields) })).json()) as { ok: boolean });
      if (!result.ok) throw new Error(`could not register ${b.name}`);
    }
  }, businesses);
}

/** One API call from the page (Electron's window.api, or the browser host's HTTP API); throws unless it succeeds. */
export async function callApi<T>(page: Page, name: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([procedure, body]) => {
      const token = sessionStorage.getItem('dd.hostToken') ?? '';
      const api = window.api as unknown as Record<string, ((input: unknown) => Promise<{ ok: boolean; value?: unknown }>) | undefined> | undefined;
      const result = api?.[procedure]
        ? await api[procedure](body)
        : ((await (await fetch(`./api/${procedure}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dd-token': token }, body: JSON.stringify(body) })).json()) as {
            ok: boolean;
            value?: unknown;
          });
      if (!result.ok) throw new Error(`${procedure} failed: ${JSON.stringify(result)}`);
      return result.value;
    },
    [name, input] as const,
  ) as Promise<T>;
}

/** A plan of the year with a team of three for the named businesses (set up through the API); the codes by business name. */
export async function planThroughApi(page: Page, title: string, businessNames: string[]): Promise<Map<string, string>> {
  const year = new Date().getFullYear();
  const team = ['Nguyễn Văn Hùng', 'Trần Thị Lan', 'Hoàng Văn Nam'].map((name) => ({ name, agency: 'Phòng Văn hóa - Xã hội', userId: null }));
  const fields = { title, periodFrom: `${year}-01-01`, periodTo: `${year}-12-31`, decisionNo: '20/QĐ-UBND', decisionDate: `${year}-01-01`, team };
  const { plan } = await callApi<{ plan: { id: string } }>(page, 'inspections.savePlan', { id: null, fields });
  const candidates = await callApi<{ id: string; name: string }[]>(page, 'inspections.candidates', {});
  const add = candidates.filter((c) => businessNames.includes(c.name)).map((c) => c.id);
  const detail = await callApi<{ inspections: { businessName: string; code: string }[] }>(page, 'inspections.setPlanBusinesses', { planId: plan.id, add, remove: [] });
  return new Map(detail.inspections.map((i) => [i.businessName, i.code]));
}

async function typeDate(field: Locator, ddmmyyyy: string) {
  await field.fill(ddmmyyyy);
  await field.press('Enter');
}

export class InspectionsScreen {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole('menuitem', { name: 'Kiểm tra' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Kiểm tra cơ sở kinh doanh' })).toBeVisible();
  }

  async tab(name: 'Kế hoạch kiểm tra' | 'Nhập kết quả' | 'Vi phạm và xử lý' | 'Mẫu phiếu') {
    await this.page.getByRole('tab', { name }).click();
  }

  figures() {
    return this.page.locator('.dd-inspection-figures');
  }
}

export class PlanEditorScreen {
  constructor(readonly page: Page) {}

  async startNew() {
    await this.page.getByRole('button', { name: 'Lập kế hoạch' }).click();
    await expect(this.page.getByRole('heading', { name: 'Kế hoạch kiểm tra mới' })).toBeVisible();
  }

  async fill(plan: { title: string; from: string; to: string; decisionNo: string; decisionDate: string; team: [string, string][] }) {
    await this.page.getByLabel('Tên kế hoạch').fill(plan.title);
    await typeDate(this.page.getByLabel('Từ ngày'), plan.from);
    await typeDate(this.page.getByLabel('Đến ngày'), plan.to);
    await this.page.getByLabel('Số quyết định kiểm tra').fill(plan.decisionNo);
    await typeDate(this.page.getByLabel('Ngày quyết định'), plan.decisionDate);
    for (const [index, [name, agency]] of plan.team.entries()) {
      await this.page.getByLabel(`Họ và tên thành viên ${index + 1}`).fill(name);
      await this.page.getByLabel(`Cơ quan của thành viên ${index + 1}`).fill(agency);
    }
  }

  async save() {
    await this.page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
  }

  error() {
    return this.page.getByRole('alert').filter({ hasText: /./ }).first();
  }

  coverage() {
    return this.page.getByTestId('coverage-unit');
  }

  async choose(names: string[]) {
    for (const name of names) await this.page.getByRole('checkbox', { name }).check();
    await this.page.getByRole('button', { name: `Thêm ${names.length} cơ sở đã chọn` }).click();
  }

  plannedRow(name: string) {
    return this.page.getByRole('row').filter({ hasText: name }).filter({ hasText: /K-\d\d-\d{4}/ });
  }

  async codeOf(name: string): Promise<string> {
    const text = await this.plannedRow(name).innerText();
    const code = /K-\d\d-\d{4}/.exec(text)?.[0];
    if (!code) throw new Error(`no code for ${name}`);
    return code;
  }

  async printPlan(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'In phiếu cả kế hoạch' }).click();
    const preview = this.page.getByRole('dialog', { name: 'Xem trước khi in' });
    await expect(preview.locator('.dd-print-page').first()).toBeVisible();
    return preview;
  }
}

export class ResultsScreen {
  constructor(readonly page: Page) {}

  async openCode(code: string) {
    const field = this.page.getByLabel('Mã phiếu kiểm tra');
    await field.fill(code);
    await field.press('Enter');
  }

  answer(n: number) {
    return this.page.getByLabel(`Trả lời mục ${n}`, { exact: true });
  }

  /** Types from paper: a key for each yes/no item (Y, N, 0) or a typed value, each followed by Enter. */
  async type(entries: (string | { text: string })[]) {
    for (const entry of entries) {
      if (typeof entry === 'string') await this.page.keyboard.press(entry);
      else await this.page.keyboard.type(entry.text);
      await this.page.keyboard.press('Enter');
    }
  }

  /** Asks to finalise: the summary of what the answers imply opens, to confirm. */
  async askToFinalise(inspectedOn: string) {
    await typeDate(this.page.getByLabel('Ngày kiểm tra'), inspectedOn);
    await this.page.getByRole('button', { name: 'Hoàn tất kết quả...' }).click();
    const confirm = this.page.getByRole('dialog', { name: /^Hoàn tất kết quả phiếu/ });
    await expect(confirm).toBeVisible();
    return confirm;
  }

  async finalise(inspectedOn: string) {
    const confirm = await this.askToFinalise(inspectedOn);
    await confirm.getByRole('button', { name: 'Hoàn tất và ghi nhận' }).click();
    await expect(confirm).toBeHidden();
  }

  async amend(item: number, value: string, reason: string) {
    await this.page.locator('.dd-checklist-item').nth(item - 1).getByRole('button', { name: 'Sửa đổi' }).click();
    const dialog = this.page.getByRole('dialog', { name: `Sửa đổi kết quả mục ${item}` });
    await dialog.getByLabel('Giá trị mới').fill(value);
    await dialog.getByLabel('Lý do sửa đổi').fill(reason);
    await dialog.getByRole('button', { name: 'Lưu sửa đổi' }).click();
    return dialog;
  }

  history() {
    return this.page.getByRole('list', { name: 'Lịch sử phiếu' });
  }
}

export class ViolationsScreen {
  constructor(readonly page: Page) {}

  summary() {
    return this.page.getByRole('status').filter({ hasText: 'Đang theo dõi' });
  }

  /** The handling dialog of one violation, at the step it opens on (the violation record, then the decision). */
  async openHandling(description: string) {
    await this.page.getByRole('button', { name: new RegExp(`^Ghi xử lý: .* - ${description}`) }).click();
    return this.page.getByRole('dialog', { name: /Ghi xử lý/ });
  }

  /** Types into a field of the dialog as a clerk does: click, type, Tab on (a date: Enter). */
  async type(dialog: Locator, label: string, text: string) {
    await dialog.getByLabel(label, { exact: true }).first().click();
    // A date field starts with today shown: the clerk selects it and types the paper's date over it.
    if (/^\d\d\/\d\d\/\d{4}$/.test(text)) await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(text);
    await this.page.keyboard.press(/^\d\d\/\d\d\/\d{4}$/.test(text) ? 'Enter' : 'Tab');
  }

  row(description: string) {
    return this.page.getByRole('row').filter({ hasText: description });
  }
}

export class TemplateEditorScreen {
  constructor(readonly page: Page) {}

  async open(typeLabel: string) {
    await this.page.getByRole('row').filter({ hasText: typeLabel }).getByRole('button', { name: /^Sửa mẫu/ }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: /^Sửa mẫu phiếu:/ })).toBeVisible();
  }

  versions() {
    return this.page.getByRole('table').first();
  }

  item(n: number) {
    return this.page.getByRole('group', { name: `Mục ${n}`, exact: true });
  }

  itemText(n: number) {
    return this.page.getByLabel(`Nội dung mục ${n}`, { exact: true });
  }

  async save() {
    await this.page.getByRole('button', { name: 'Lưu thành phiên bản mới' }).click();
  }

  async deleteVersion(version: number) {
    await this.page.getByRole('button', { name: `Xóa phiên bản ${version}` }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: `Xóa phiên bản ${version}` }).click();
  }
}
