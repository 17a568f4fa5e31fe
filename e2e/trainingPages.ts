import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { choose } from './pages';

/** Page objects of the training and communication page. */
export class TrainingScreen {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole('menuitem', { name: 'Tập huấn, truyền thông' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Tập huấn, truyền thông' })).toBeVisible();
  }

  async tab(name: 'Cán bộ' | 'Lớp tập huấn' | 'Hoạt động truyền thông' | 'Trường học' | 'Chỉ tiêu') {
    await this.page.getByRole('tab', { name }).click();
  }

  staffCount() {
    return this.page.getByRole('status').filter({ hasText: /người$/ });
  }

  /** Imports a staff spreadsheet; `expectInPreview` texts must show before the rows are imported. */
  async importStaff(file: string, expectInPreview: string[]) {
    await this.page.getByRole('button', { name: 'Nhập từ Excel' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Nhập danh sách cán bộ từ Excel' });
    await dialog.locator('input[type=file]').setInputFiles(file);
    for (const text of expectInPreview) await expect(dialog.getByText(text).first()).toBeVisible();
    await dialog.getByRole('button', { name: /^Chỉ nhập \d+ dòng hợp lệ$/ }).click();
    await expect(dialog).toBeHidden();
  }

  duplicates() {
    return this.page.getByRole('heading', { name: /^Có thể trùng người/ });
  }

  /** Opens the first offered pair, keeps record 1 or 2 after seeing what differs, and confirms. */
  async mergeFirstDuplicate(name: string, keep: 1 | 2 = 1) {
    await this.page.getByRole('button', { name: `Xem và gộp hai bản ghi của ${name}` }).first().click();
    const dialog = this.page.getByRole('dialog', { name: `Gộp hai bản ghi của ${name}` });
    await dialog.getByRole('radio', { name: new RegExp(`^Bản ghi ${keep} `) }).check();
    await dialog.getByRole('button', { name: 'Gộp, giữ bản ghi đã chọn' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByText(`Đã hợp nhất vào ${name}`)).toBeVisible();
  }

  async undoMerge(name: string) {
    await this.page.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect(this.page.getByText(`Đã hoàn tác việc gộp: ${name} có lại bản ghi riêng`)).toBeVisible();
  }

  /** Sets aside the offered pair of `name`: two different people, not offered again. */
  async notTheSamePerson(name: string) {
    await this.page.getByRole('button', { name: 'Không phải cùng một người' }).first().click();
    await expect(this.page.getByText(`Đã ghi nhận ${name} và ${name} là hai người khác nhau`)).toBeVisible();
  }

  figure(id: 'T12' | 'T1' | 'T3' | 'T4'): Locator {
    const names = {
      T12: 'T12 - Cán bộ được tập huấn',
      T1: 'T1 - Xã, phường có hoạt động truyền thông',
      T3: 'T3 - Người lao động tại cơ sở được tuyên truyền',
      T4: 'T4 - Học sinh, sinh viên được tuyên truyền',
    };
    return this.page.getByRole('status', { name: names[id] });
  }
}

/** Types a date into an antd date picker the way a clerk does: dd/mm/yyyy, then Enter. */
export async function typeDate(field: Locator, ddmmyyyy: string) {
  await field.fill(ddmmyyyy);
  await field.press('Enter');
}

export class CourseForm {
  readonly dialog: Locator;
  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Thêm lớp tập huấn' });
  }

  async create(course: { title: string; start: string; end: string; sessions: string[] }) {
    await this.page.getByRole('button', { name: 'Thêm lớp tập huấn' }).click();
    await expect(this.dialog.getByLabel('Tên lớp')).toBeFocused();
    await this.dialog.getByLabel('Tên lớp').fill(course.title);
    await typeDate(this.dialog.getByLabel('Từ ngày'), course.start);
    await typeDate(this.dialog.getByLabel('Đến ngày'), course.end);
    for (const [index, date] of course.sessions.entries()) {
      if (index > 0) await this.dialog.getByRole('button', { name: 'Thêm buổi' }).click();
      await typeDate(this.dialog.getByLabel(`Buổi ${index + 1}`, { exact: true }), date);
    }
    await this.dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: course.title })).toBeVisible();
  }
}

export class CourseScreen {
  constructor(readonly page: Page) {}

  async addFromRegister(name: string) {
    await choose(this.page.getByRole('combobox', { name: 'Chọn từ danh sách cán bộ' }), name);
    await this.page.getByRole('button', { name: 'Thêm học viên' }).click();
    await expect(this.page.getByRole('cell', { name, exact: true })).toBeVisible();
  }

  /** Takes someone added by mistake off the roster, confirming in the dialog. */
  async removeParticipant(name: string) {
    await this.page.getByRole('button', { name: `Bỏ ${name} khỏi lớp` }).click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: 'vẫn còn trong danh sách cán bộ' });
    await dialog.getByRole('button', { name: `Bỏ ${name} khỏi lớp` }).click();
    await expect(this.page.getByRole('cell', { name, exact: true })).toBeHidden();
  }

  /** Opens the print preview of one session's sign-in sheet. */
  async printSignIn(sessionNo: number): Promise<Locator> {
    await this.page.getByRole('button', { name: `In danh sách ký nhận - Buổi ${sessionNo}` }).click();
    const preview = this.page.getByRole('dialog', { name: 'Danh sách ký nhận' });
    await expect(preview.locator('.dd-print-page').first()).toBeVisible();
    return preview;
  }

  /** Tries new course dates; returns the dialog (still open when the change is refused). */
  async editDates(start: string, end: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Sửa lớp' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Sửa lớp' });
    await typeDate(dialog.getByLabel('Từ ngày'), start);
    await typeDate(dialog.getByLabel('Đến ngày'), end);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    return dialog;
  }

  /** Attendance from the signed sheet, by keyboard only: pick the session, tick with Space (each tick is saved). */
  async recordAttendance(sessionLabel: RegExp, present: string[]) {
    const session = this.page.getByRole('radio', { name: sessionLabel });
    await session.focus();
    await session.press('Space');
    await expect(session).toBeChecked();
    for (const name of present) {
      const box = this.page.getByRole('checkbox', { name: `${name} có mặt` });
      await box.focus();
      await box.press('Space');
      await expect(box).toBeChecked();
    }
    await expect(this.page.getByRole('status').filter({ hasText: /^Đã lưu điểm danh Buổi/ })).toBeVisible();
  }
}

export class EventForm {
  readonly dialog: Locator;
  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Thêm hoạt động' });
  }

  async create(event: { type: string; date: string; communes: string[]; workers: number }) {
    await this.page.getByRole('button', { name: 'Thêm hoạt động' }).click();
    await choose(this.dialog.getByLabel('Hình thức', { exact: true }), event.type);
    await typeDate(this.dialog.getByLabel('Ngày', { exact: true }), event.date);
    const communes = this.dialog.getByLabel('Xã, phường', { exact: true });
    for (const commune of event.communes) {
      await communes.fill(commune);
      await expect(this.page.locator('.ant-select-dropdown:visible .ant-select-item-option').first()).toBeVisible();
      await communes.press('Enter');
    }
    await communes.press('Escape');
    await this.dialog.getByLabel('Số người lao động tại cơ sở được tuyên truyền').fill(String(event.workers));
    await this.dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(this.page.getByText('Đã ghi hoạt động truyền thông')).toBeVisible();
  }
}
