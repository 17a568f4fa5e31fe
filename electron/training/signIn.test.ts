import { afterEach, describe, expect, it } from 'vitest';
import { paginateSignIn } from '../../renderer/training/print/signInLayout';
import { findChromium } from '../print/pdf';
import { pdfText } from '../print/pdfText';
import { decreePageNumberProblems, pdftotextPages } from '../print/pdftotext';
import { TestApp } from '../testing/factories';
import { signInToPdf } from './signInPdf';
import { courseFields, staffFields } from './testing';

let app: TestApp | undefined;
afterEach(() => app?.close());

const chromium = findChromium();
const TITLE = 'Tập huấn nghiệp vụ phòng, chống mại dâm năm 2026';

/** A course with `count` people on its roster, names with every kind of Vietnamese diacritic. */
async function courseWithRoster(testApp: TestApp, count: number) {
  const course = await testApp.ok('training.createCourse', courseFields({ title: TITLE, venue: 'Hội trường UBND thành phố', organiser: 'Phòng Văn hóa - Xã hội' }));
  const names: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const fullName = `${['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng'][i % 5]} ${['Thị', 'Văn', 'Đức', 'Hữu'][i % 4]} ${['Ánh', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hương'][i % 6]} ${i + 1}`;
    names.push(fullName);
    await testApp.ok('training.addParticipant', { courseId: course.id, person: { newPerson: staffFields({ fullName, birthYear: 1970 + i }) } });
  }
  return { course, names };
}

describe('sign-in sheet of a session', () => {
  it('returns the course, the session and the roster; a session number out of range is refused clearly', async () => {
    app = await TestApp.withOffice();
    const { course, names } = await courseWithRoster(app, 2);
    const sheet = await app.ok('training.signInSheet', { courseId: course.id, sessionNo: 2 });
    expect(sheet).toMatchObject({ title: TITLE, sessionNo: 2, sessionCount: 2, date: '2026-03-11', part: 'morning', venue: 'Hội trường UBND thành phố' });
    expect(sheet.participants.map((p) => p.fullName)).toEqual(names);
    const missing = await app.call('training.signInSheet', { courseId: course.id, sessionNo: 3 });
    expect(missing.ok ? null : missing.error).toMatchObject({ code: 'NOT_FOUND', messageKey: 'training.session.noSuch', params: { n: 3, count: 2 } });
    // A read: printing leaves no trace in the activity log.
    expect((await app.ok('audit.list', { action: 'training.signInSheet' })).total).toBe(0);
  });

  it('paginates a long roster with the table head on every page, and each page knows the count', async () => {
    app = await TestApp.withOffice();
    const { course } = await courseWithRoster(app, 40);
    const sheet = await app.ok('training.signInSheet', { courseId: course.id, sessionNo: 1 });
    const pages = paginateSignIn(sheet);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) {
      expect(page.pages).toBe(pages.length);
      const rows = page.blocks.filter((b) => b.kind === 'row');
      if (rows.length > 0) expect(page.blocks.find((b) => b.kind === 'row' || b.kind === 'tableHead')?.kind).toBe('tableHead');
    }
    const numbers = pages.flatMap((p) => p.blocks.flatMap((b) => (b.kind === 'row' ? [b.row.number] : [])));
    expect(numbers).toEqual(Array.from({ length: 43 }, (_, i) => i + 1));
    // The signatures close the last page, never alone on it.
    const lastPage = pages.at(-1)?.blocks ?? [];
    expect(lastPage.at(-1)).toEqual({ kind: 'closing' });
    expect(lastPage.filter((b) => b.kind === 'row').length).toBeGreaterThan(0);
  });

  it.skipIf(chromium === null)('prints to an A4 PDF with the title, place and date, every name, and page numbers at the top from page 2', async () => {
    app = await TestApp.withOffice();
    const { course, names } = await courseWithRoster(app, 40);
    const sheet = await app.ok('training.signInSheet', { courseId: course.id, sessionNo: 1 });
    const { pdf, pages } = await signInToPdf(sheet, chromium ?? '');
    const read = await pdfText(pdf);
    expect(read.pages).toBe(pages);
    expect(pages).toBe(paginateSignIn(sheet).length);
    // Cells wrap long names over two lines.
    const all = read.text.join('\n').normalize('NFC').replace(/\s+/g, ' ');
    expect(all).toContain('DANH SÁCH KÝ NHẬN');
    expect(all).toContain(TITLE);
    expect(all).toContain('Buổi 1/2: cả ngày, ngày 10/03/2026');
    for (const name of names) expect(all).toContain(name);
    read.text.forEach((text) => expect(text).toContain('Ký nhận'));
    const laid = pdftotextPages(pdf);
    expect(laid.length).toBeGreaterThan(1);
    expect(laid[0]).toContain('Lạng Sơn, ngày 10 tháng 3 năm 2026');
    expect(decreePageNumberProblems(laid)).toEqual([]);
    expect(read.text.at(-1)).toContain('ĐẠI DIỆN ĐƠN VỊ TỔ CHỨC');
  }, 60_000);
});
