// One figure everywhere (issue 16, defect 7): a generated office's targets read from every place they appear.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../cli';
import { answerAll, planInput } from '../inspections/testing';
import { findChromium } from '../print/pdf';
import { TestApp, TEST_COMMUNE, businessFields } from '../testing/factories';
import { courseFields, eventFields, staffFields } from '../training/testing';
import { projectionOf, statusOf } from './figures';
import { reportToPdf } from './reportPdf';

const OTHER_COMMUNE = '06001';
const TODAY = '2026-06-15T08:00:00.000Z';

let app: TestApp;
let out: string[];
beforeEach(() => {
  // The app, its handlers and the CLI all read the clock: one fixed day for all of them.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(TODAY));
  out = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  app.close();
});

async function inspect(businessId: string, inspectedOn: string) {
  const { plan } = await app.ok('inspections.savePlan', { fields: planInput({ periodFrom: '2026-03-01', periodTo: '2026-06-30', decisionDate: '2026-03-01' }) });
  const { inspections } = await app.ok('inspections.setPlanBusinesses', { planId: plan.id, add: [businessId] });
  const opened = await answerAll(app, inspections[0]?.code ?? '');
  await app.ok('inspections.finalise', { inspectionId: opened.id, inspectedOn });
}

/**
 * An office on 15 June 2026: operating, suspended and closed businesses (T9 and T3 count the operating ones), a
 * business registered after the plan froze its denominators, outreach with one event dated after today, a
 * course that ended with two people trained and one that ends after today.
 */
async function generatedOffice() {
  app = await TestApp.withOffice();
  await app.ok('session.signIn', { name: 'Quản trị', password: 'mat-khau-123' });
  const operating = [];
  for (let i = 0; i < 4; i += 1) {
    operating.push(await app.ok('businesses.create', businessFields({ name: `Nhà nghỉ Số ${i + 1}`, registrationNo: '', workersTotal: 10 })));
  }
  operating.push(await app.ok('businesses.create', businessFields({ name: 'Karaoke Đồi Thông', registrationNo: '', type: 'karaoke', communeCode: OTHER_COMMUNE, workersTotal: 5 })));
  const suspended = await app.ok('businesses.create', businessFields({ name: 'Massage Hương Sen', registrationNo: '', type: 'massage_sauna', status: 'suspended', workersTotal: 7 }));
  await app.ok('businesses.create', businessFields({ name: 'Nhà nghỉ Đã Đóng', registrationNo: '', status: 'closed', workersTotal: 9 }));
  await inspect(operating[0]?.id ?? '', '2026-04-10');
  await inspect(suspended.id, '2026-04-12');

  const people = [];
  for (const fullName of ['Hoàng Văn Bình', 'Nông Thị Mai', 'Lý Văn Tùng', 'Vi Thị Hoa']) people.push(await app.ok('staff.create', staffFields({ fullName })));
  const course = await app.ok('training.createCourse', courseFields());
  for (const person of people.slice(0, 2)) await app.ok('training.addParticipant', { courseId: course.id, person: { personId: person.id } });
  await app.ok('training.setAttendance', { courseId: course.id, sessionId: course.sessions[0]?.id ?? '', personIds: people.slice(0, 2).map((p) => p.id) });

  await app.ok('outreach.create', eventFields({ date: '2026-03-01', workersReached: 12, headcountReason: 'Người lao động của nhiều cơ sở' }));
  await app.ok('outreach.create', eventFields({ date: '2026-12-01', communeCodes: [OTHER_COMMUNE], workersReached: 30, headcountReason: 'Người lao động của nhiều cơ sở' }));

  await app.ok('plan.adopt', { year: 2026, documentRef: '45/KH-UBND', adoptedOn: '2026-01-05', startFrom: 'defaults' });
  // Registered after the plan froze its denominators: live 6 operating, frozen 5.
  await app.ok('businesses.create', businessFields({ name: 'Khách sạn Mới', registrationNo: '', type: 'hotel', workersTotal: 20 }));
}

async function cliJson(...args: string[]) {
  out.length = 0;
  expect(await runCli([...args, '--json', '--data-dir', app.dataDir])).toBe(0);
  return JSON.parse(out.join('\n')) as Record<string, unknown>;
}

const rowsOf = (wb: ExcelJS.Workbook, name: string) =>
  (wb.getWorksheet(name)?.getSheetValues() ?? []).slice(1).map((r) => (Array.isArray(r) ? r.slice(1) : []) as unknown[]);

describe('one computation per figure', () => {
  it('gives T9, T3, T12 and T1 the same numerator and denominators on the card, the bars, the headers, the report (xlsx and PDF) and the CLI', async () => {
    await generatedOffice();
    const board = await app.ok('plan.dashboard', { year: 2026 });
    const card = (code: string) => {
      const found = board.figures.find((f) => f.code === code);
      if (!found) throw new Error(`no ${code}`);
      return found;
    };
    const t9 = card('T9');
    expect([t9.numerator, t9.frozenDenominator, t9.liveDenominator, t9.denominator]).toEqual([1, 5, 6, 5]);
    expect([card('T3').numerator, card('T3').frozenDenominator, card('T3').liveDenominator]).toEqual([12, 45, 65]);
    expect([card('T12').numerator, card('T12').liveDenominator]).toEqual([2, 4]);
    expect(card('T1').numerator).toBe(1);

    // The commune bars add up to the card (each event here names one commune).
    for (const code of ['T9', 'T3', 'T12']) {
      const f = card(code);
      expect(f.perCommune.reduce((n, c) => n + c.numerator, 0)).toBe(f.numerator);
      expect(f.perCommune.reduce((n, c) => n + c.denominator, 0)).toBe(f.liveDenominator);
    }

    // The inspections header and the training page.
    const inspections = await app.ok('inspections.figures', { year: 2026 });
    expect([inspections.inspected, inspections.active]).toEqual([t9.numerator, t9.denominator]);
    expect(inspections.targets.find((f) => f.code === 'T9')).toMatchObject({ numerator: 1, denominator: 5, frozenDenominator: 5, liveDenominator: 6, value: t9.value });
    const training = await app.ok('training.figures', { year: 2026, communeCode: null });
    for (const f of training) {
      const c = card(f.id);
      expect([f.id, f.numerator, f.denominator, f.frozenDenominator, f.liveDenominator, f.percent]).toEqual([f.id, c.numerator, c.denominator, c.frozenDenominator, c.liveDenominator, c.value]);
    }
    const commune = await app.ok('training.figures', { year: 2026, communeCode: TEST_COMMUNE });
    const bar = card('T3').perCommune.find((c) => c.communeCode === TEST_COMMUNE);
    expect(commune.find((f) => f.id === 'T3')).toMatchObject({ numerator: bar?.numerator, denominator: bar?.denominator });

    // The year's report: the targets table, and the tables that restate the same counts.
    const made = await app.ok('reports.make', { period: '2026' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(made.bytes, 'base64') as unknown as ArrayBuffer);
    const targets = rowsOf(wb, 'Chỉ tiêu kế hoạch');
    const header = targets[0] ?? [];
    const col = (label: string) => header.indexOf(label);
    for (const code of ['T1', 'T3', 'T9', 'T12']) {
      const row = targets.find((r) => r[0] === code) ?? [];
      const c = card(code);
      expect([row[col('Tử số')], row[col('Mẫu số')], row[col('Mẫu số chốt')], row[col('Mẫu số hiện tại')], row[col('Kết quả (%)')]]).toEqual([
        c.numerator,
        c.denominator,
        c.frozenDenominator ?? null,
        c.liveDenominator,
        c.value,
      ]);
    }
    const businessTotal = rowsOf(wb, 'Cơ sở kinh doanh').find((r) => r[0] === 'Tổng số') ?? [];
    const inspectionTotal = rowsOf(wb, 'Kiểm tra').find((r) => r[0] === 'Tổng số') ?? [];
    expect([businessTotal[1], inspectionTotal[1]]).toEqual([t9.liveDenominator, t9.liveDenominator]);
    expect(inspectionTotal[2]).toBe(2); // businesses inspected in the period, whatever their status now
    const trainingRows = new Map(rowsOf(wb, 'Tập huấn').map((r) => [r[0], r[1]]));
    expect(trainingRows.get('Số người được tập huấn (mỗi người tính một lần)')).toBe(card('T12').numerator);
    expect(trainingRows.get('Cán bộ, cộng tác viên đang hoạt động')).toBe(card('T12').liveDenominator);

    // The CLI, which goes through the same handlers.
    const cliTargets = (await cliJson('targets', '--year', '2026')) as { figures: { code: string; numerator: number; denominator: number }[] };
    for (const f of cliTargets.figures) expect([f.code, f.numerator, f.denominator]).toEqual([f.code, card(f.code).numerator, card(f.code).denominator]);
    const cliTraining = (await cliJson('training', 'list', '--year', '2026')) as { t12: { numerator: number; denominator: number } };
    expect([cliTraining.t12.numerator, cliTraining.t12.denominator]).toEqual([card('T12').numerator, card('T12').denominator]);
    const cliInspections = (await cliJson('inspections', 'list', '--year', '2026')) as { t9: { numerator: number; denominator: number } };
    expect([cliInspections.t9.numerator, cliInspections.t9.denominator]).toEqual([t9.numerator, t9.denominator]);

    // The PDF of the same report, read back with pdftotext: each target's row carries the same numbers.
    const chromium = findChromium();
    if (!chromium) return;
    const pdf = await app.ok('reports.make', { period: '2026', format: 'pdf' });
    const { pdf: bytes } = await reportToPdf(pdf.document, chromium);
    const file = path.join(app.dataDir, 'report.pdf');
    fs.writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    if (process.env.KEEP_TEXT) fs.writeFileSync(process.env.KEEP_TEXT, text);
    const line = (code: string) => text.split('\n').find((l) => new RegExp(`^\\s*${code}\\s`).test(l)) ?? '';
    const vi = (n: number | null) => (n === null ? '' : n.toLocaleString('vi-VN', { maximumFractionDigits: 1 }));
    for (const code of ['T3', 'T9', 'T12']) {
      const c = card(code);
      const numbers = line(code).match(/\d+(?:[.,]\d+)*/g)?.slice(1) ?? [];
      expect(numbers).toEqual(expect.arrayContaining([vi(c.numerator), vi(c.denominator), vi(c.liveDenominator), vi(c.value)]));
    }
  }, 90_000);

  it('refuses attendance on a session dated after today, and does not count a course that has not ended', async () => {
    await generatedOffice();
    const person = await app.ok('staff.create', staffFields({ fullName: 'Đinh Văn Lộc' }));
    const later = await app.ok('training.createCourse', courseFields({ startDate: '2026-06-10', endDate: '2026-06-20', sessions: [{ date: '2026-06-10', part: 'day' }, { date: '2026-06-20', part: 'day' }] }));
    await app.ok('training.addParticipant', { courseId: later.id, person: { personId: person.id } });
    const future = later.sessions.find((s) => s.date === '2026-06-20');
    const refused = await app.call('training.setAttendance', { courseId: later.id, sessionId: future?.id ?? '', personIds: [person.id] });
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'VALIDATION', messageKey: 'training.attendance.future' });
    // Attendance of the session already held is kept, and completes the place (50%), but the course ends after today.
    await app.ok('training.setAttendance', { courseId: later.id, sessionId: later.sessions[0]?.id ?? '', personIds: [person.id] });
    const t12 = (await app.ok('plan.dashboard', { year: 2026 })).figures.find((f) => f.code === 'T12');
    expect(t12?.numerator).toBe(2);
  });

  it('projects only when it means something, and never above what can be reached', () => {
    // T1 with 71% of communes reached by 15 June would "project" to 109%: capped at 100.
    expect(projectionOf(50, true, 0.458)).toBe(100);
    expect(projectionOf(20, true, 0.5)).toBe(40);
    expect(projectionOf(120, true, 0.5)).toBe(120); // reach counted in headcount can pass 100; the projection does not add to it
    expect(projectionOf(5, true, 0.1)).toBeNull(); // January: a straight line says nothing yet
    expect(projectionOf(40, true, 1)).toBeNull(); // the year is over
    expect(projectionOf(80, false, 0.5)).toBeNull(); // a rate does not accumulate
    expect(statusOf(20, 30, true, 0.5)).toBe('on_track');
    expect(statusOf(10, 30, true, 0.5)).toBe('behind');
    expect(statusOf(90, 100, false, 0.5)).toBe('behind');
  });
});
