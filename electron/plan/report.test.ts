import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { configTables, readConfigTable, replaceConfigTable } from '../../db/configTables';
import { getPeriodReport } from '../../db/plan';
import { answerAll, planInput } from '../inspections/testing';
import { findChromium } from '../print/pdf';
import { pdfText } from '../print/pdfText';
import { TestApp, businessFields } from '../testing/factories';
import { eventFields } from '../training/testing';
import { parsePeriod } from './period';
import { decreePageNumberProblems, pdftotextPages } from '../print/pdftotext';
import { reportToPdf } from './reportPdf';

let apps: TestApp[] = [];
afterEach(() => {
  apps.forEach((a) => a.close());
  apps = [];
});

async function sheets(base64: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return wb;
}

const rows_ = (wb: ExcelJS.Workbook, name: string) => (wb.getWorksheet(name)?.getSheetValues() ?? []).slice(1).map((r) => (Array.isArray(r) ? r.slice(1) : r));

/** An office on 5 October 2026 with an administrator signed in and the 2026 plan adopted. */
async function officeWithPlan(): Promise<TestApp> {
  const app = await TestApp.withOffice();
  apps.push(app);
  app.running.app.now = () => '2026-10-05T08:00:00.000Z';
  await app.ok('session.signIn', { name: 'Quản trị', password: 'mat-khau-123' });
  await app.ok('plan.adopt', { year: 2026, documentRef: '45/KH-UBND', adoptedOn: '2026-02-27', startFrom: 'defaults' });
  return app;
}

/** A guest house inspected on `inspectedOn` with two violations: one fined, one not handled yet. */
async function inspectedWithViolations(app: TestApp, name: string, inspectedOn: string) {
  const business = await app.ok('businesses.create', businessFields({ name, registrationNo: '', type: 'guest_house' }));
  const { plan } = await app.ok('inspections.savePlan', { fields: planInput({ periodFrom: '2026-07-01', periodTo: '2026-09-30', decisionDate: '2026-07-01' }) });
  const { inspections } = await app.ok('inspections.setPlanBusinesses', { planId: plan.id, add: [business.id] });
  const opened = await answerAll(app, inspections[0]?.code ?? '', ['stays_declared', 'posted_rules']);
  await app.ok('inspections.finalise', { inspectionId: opened.id, inspectedOn });
  const first = (await app.ok('inspections.violations', {})).find((v) => v.businessName === name);
  await app.ok('inspections.recordHandling', { id: first?.id ?? '', step: 'decision', mainSanction: 'fine', fineAmount: 1_500_000, decisionNo: '05/QĐ-XPVPHC', decisionBy: 'Chủ tịch UBND xã', decidedOn: inspectedOn });
}

const outreach = (date: string, workersReached: number) =>
  eventFields({ date, workersReached, publicReached: 120, headcountReason: 'Người lao động của nhiều cơ sở' });

describe('report periods', () => {
  it('reads months, quarters, half years and years, and refuses periods that do not exist', () => {
    expect(parsePeriod('2026-Q3')).toEqual({ code: '2026-Q3', year: 2026, from: '2026-07-01', to: '2026-09-30', convention: 'calendar' });
    expect(parsePeriod('2024-02')).toMatchObject({ from: '2024-02-01', to: '2024-02-29' });
    expect(parsePeriod('2026-h2')).toMatchObject({ code: '2026-H2', from: '2026-07-01', to: '2026-12-31' });
    expect(parsePeriod('2026')).toMatchObject({ from: '2026-01-01', to: '2026-12-31' });
    for (const bad of ['2026-Q5', '2026-13', '2026-H3', 'Q3', '2026-Q0']) expect(() => parsePeriod(bad)).toThrow(/PERIOD_INVALID/);
  });
});

describe('periodic report', () => {
  it('makes the quarter\'s .xlsx, one sheet per table with numbers as numbers, and regenerates it identically after new records', async () => {
    const app = await officeWithPlan();
    await app.ok('businesses.create', businessFields());
    await app.ok('cases.create', { kind: 'report', receivedOn: '2026-07-01', channel: 'phone', content: 'Tin báo', transferredOn: '2026-07-01', transferredTo: 'Công an xã', resolvedOn: '2026-07-10' });
    await inspectedWithViolations(app, 'Nhà nghỉ Bình An', '2026-08-10');
    await app.ok('outreach.create', outreach('2026-08-20', 40));
    const refused = await app.call('reports.make', { period: '2026-Q5' });
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'PERIOD_INVALID', params: { period: '2026-Q5' } });
    const made = await app.ok('reports.make', { period: '2026-Q3', narrative: 'Kết quả quý III' });
    expect(made).toMatchObject({ period: '2026-Q3', asOf: '2026-09-30', fileName: 'bao-cao-2026-Q3.xlsx', format: 'xlsx' });
    const wb = await sheets(made.bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Thông tin báo cáo', 'Chỉ tiêu kế hoạch', 'Cơ sở kinh doanh', 'Kiểm tra', 'Vi phạm theo hình thức xử lý', 'Tập huấn', 'Tuyên truyền', 'Tố giác, tin báo, khiếu nại',
    ]);
    expect(rows_(wb, 'Tố giác, tin báo, khiếu nại').slice(0, 3)).toEqual([
      ['Loại', 'Tiếp nhận trong kỳ', 'Đến hạn trong kỳ', 'Giải quyết đúng hạn', 'Quá hạn'],
      ['Tố giác tội phạm', 0, 0, 0, 0],
      ['Tin báo về tội phạm', 1, 1, 1, 0],
    ]);
    const targets = wb.getWorksheet('Chỉ tiêu kế hoạch');
    expect(targets?.getRow(8).getCell(1).value).toBe('T7');
    expect(targets?.getRow(8).getCell(8).value).toBe(100);
    expect(rows_(wb, 'Cơ sở kinh doanh')).toEqual([
      ['Loại hình', 'Đang hoạt động', 'Tạm ngừng', 'Đã đóng cửa', 'Tổng số'],
      ['Nhà nghỉ', 2, 0, 0, 2],
      ['Tổng số', 2, 0, 0, 2],
    ]);
    expect(rows_(wb, 'Kiểm tra')[1]).toEqual(['Nhà nghỉ', 2, 1, 1, 1]);
    expect(rows_(wb, 'Vi phạm theo hình thức xử lý')).toEqual([
      ['Hình thức xử lý', 'Số vi phạm', 'Tiền phạt (đồng)', 'Đã khắc phục'],
      ['Quyết định xử phạt: cảnh cáo', 0, 0, 0],
      ['Quyết định xử phạt: phạt tiền', 1, 1_500_000, 0],
      ['Quyết định xử phạt: hình thức bổ sung', 0, 0, 0],
      ['Chuyển người có thẩm quyền xử phạt', 0, 0, 0],
      ['Chuyển cơ quan công an (có dấu hiệu tội phạm)', 0, 0, 0],
      ['Không ra quyết định xử phạt (Điều 65 Luật XLVPHC)', 0, 0, 0],
      ['Đã lập biên bản, chưa có quyết định', 0, 0, 0],
      ['Nhắc nhở (chưa phải xử phạt)', 0, 0, 0],
      ['Chưa xử lý', 1, 0, 0],
      ['Tổng số', 2, 1_500_000, 0],
    ]);
    expect(rows_(wb, 'Tuyên truyền')[1]).toEqual(['Nói chuyện chuyên đề', 1, 40, 0, 120]);
    expect(rows_(wb, 'Tập huấn').map((r) => (r as unknown[])[1])).toEqual(['Số lượng', 0, 0, 0, 0, 0]);
    expect(rows_(wb, 'Thông tin báo cáo')).toContainEqual(['Kết quả đạt được', 'Kết quả quý III']);

    // New records after the report, inside the quarter: a late case, an inspection, an outreach event, a business.
    await app.ok('cases.create', { kind: 'report', receivedOn: '2026-08-01', channel: 'phone', content: 'Tin báo muộn' });
    await inspectedWithViolations(app, 'Nhà nghỉ Hòa Bình', '2026-09-01');
    await app.ok('outreach.create', outreach('2026-09-02', 25));
    await app.ok('businesses.create', businessFields({ name: 'Karaoke Mới', registrationNo: 'K1', type: 'karaoke' }));
    const again = await app.ok('reports.regenerate', { id: made.id });
    expect(again.changeLogSeq).toBe(made.changeLogSeq);
    const regenerated = await sheets(again.bytes);
    for (const sheet of wb.worksheets) expect(rows_(regenerated, sheet.name)).toEqual(rows_(wb, sheet.name));
    const fresh = await sheets((await app.ok('reports.make', { period: '2026-Q3' })).bytes);
    expect(rows_(fresh, 'Tố giác, tin báo, khiếu nại')[2]).toEqual(['Tin báo về tội phạm', 2, 2, 1, 1]);
    expect(rows_(fresh, 'Vi phạm theo hình thức xử lý')[10]).toEqual(['Tổng số', 4, 3_000_000, 0]);
    expect(rows_(fresh, 'Tuyên truyền')[1]).toEqual(['Nói chuyện chuyên đề', 2, 65, 0, 240]);
  });

  it('makes the report of a year whose plan is not adopted yet: the targets table says so, the other tables are counted', async () => {
    const app = await officeWithPlan();
    app.running.app.now = () => '2025-11-20T08:00:00.000Z';
    await app.ok('businesses.create', businessFields({ name: 'Karaoke Sông Kỳ Cùng', registrationNo: 'K9', type: 'karaoke' }));
    const made = await app.ok('reports.make', { period: '2025-Q4' });
    const targets = made.document.tables.find((t) => t.id === 'targets');
    expect(targets).toMatchObject({ rows: [], note: 'Năm 2025 chưa ban hành kế hoạch phòng, chống mại dâm: chưa có chỉ tiêu để đánh giá.' });
    const wb = await sheets(made.bytes);
    expect(rows_(wb, 'Chỉ tiêu kế hoạch')[1]).toEqual(['Năm 2025 chưa ban hành kế hoạch phòng, chống mại dâm: chưa có chỉ tiêu để đánh giá.']);
    expect(rows_(wb, 'Cơ sở kinh doanh')[1]).toEqual(['Karaoke', 1, 0, 0, 1]);
    // The year with its plan still has its targets and no note.
    const planned = await app.ok('reports.make', { period: '2026-Q1' });
    expect(planned.document.tables.find((t) => t.id === 'targets')?.note).toBeUndefined();
    expect(planned.document.tables.find((t) => t.id === 'targets')?.rows.length).toBeGreaterThan(5);
  });

  it('takes its layout and labels from the report_layout table the province sends: a changed label appears in the next report', async () => {
    const app = await officeWithPlan();
    const db = app.running.app.db;
    expect(configTables(db)).toContain('report_layout');
    // The province's configuration package carries the table as it is there; the office's copy is replaced.
    const sent = readConfigTable(db, 'report_layout');
    const at = (id: string) => sent.rows.findIndex((r) => r[sent.columns.indexOf('id')] === id);
    const textColumn = sent.columns.indexOf('text');
    const versionColumn = sent.columns.indexOf('version');
    const changed = sent.rows.map((r) => [...r]);
    for (const [id, text] of [['table.cases', 'Đơn thư, tin báo'], ['text.signHead', 'CHỦ TỊCH UBND'], ['term.case.report', 'Tin báo tội phạm']] as const) {
      const row = changed[at(id)];
      if (!row) throw new Error(`no layout row ${id}`);
      row[textColumn] = text;
      row[versionColumn] = 2;
    }
    const hidden = changed[at('table.training')];
    if (hidden) hidden[sent.columns.indexOf('shown')] = 0;
    db.transaction(() => replaceConfigTable(db, 'report_layout', { columns: sent.columns, rows: changed }))();

    const made = await app.ok('reports.make', { period: '2026-Q3', format: 'xlsx' });
    const wb = await sheets(made.bytes);
    expect(wb.getWorksheet('Tập huấn')).toBeUndefined();
    expect(rows_(wb, 'Đơn thư, tin báo')[2]).toEqual(['Tin báo tội phạm', 0, 0, 0, 0]);
    expect(made.document.texts['signHead']).toBe('CHỦ TỊCH UBND');
    expect(getPeriodReport(db, made.id)?.layoutVersion).toBe(2);
  });

  it('lets the province reword the layout: a table renamed, its columns reordered, another hidden; unknown columns refused', async () => {
    const app = await officeWithPlan();
    const columns = (await app.ok('reports.layout', {})).find((r) => r.id === 'table.cases')?.columns ?? [];
    const invented = await app.call('reports.setLayout', { id: 'table.cases', text: 'Vụ việc', columns: [['kind', 'Loại'], ['bribes', 'Hối lộ']] });
    expect(invented.ok ? null : invented.error.issues).toEqual([{ path: 'columns', messageKey: 'report.error.layoutColumns' }]);
    const missing = await app.call('reports.setLayout', { id: 'table.nothing', text: 'X' });
    expect(missing.ok ? null : missing.error).toMatchObject({ code: 'NOT_FOUND', params: { id: 'table.nothing' } });
    await app.ok('reports.setLayout', { id: 'table.cases', text: 'Vụ việc', columns: [['late', 'Quá hạn giải quyết'], ...columns.filter(([key]) => key === 'kind')] });
    const rows = await app.ok('reports.setLayout', { id: 'table.outreach', text: 'Tuyên truyền', shown: false });
    expect(Math.max(...rows.map((r) => r.version))).toBe(4);
    const wb = await sheets((await app.ok('reports.make', { period: '2026-Q3' })).bytes);
    expect(wb.getWorksheet('Tuyên truyền')).toBeUndefined();
    expect(rows_(wb, 'Vụ việc')[0]).toEqual(['Quá hạn giải quyết', 'Loại']);
  });

  it.skipIf(!findChromium())('prints the quarter as a PDF in the Decree 30/2020 layout: every target, the tables, the narrative, signatures, page numbers at the top from page 2', async () => {
    const app = await officeWithPlan();
    await app.ok('businesses.create', businessFields());
    await app.ok('cases.create', { kind: 'complaint', receivedOn: '2026-07-01', channel: 'letter', content: 'Khiếu nại', resolvedOn: '2026-07-20' });
    await inspectedWithViolations(app, 'Nhà nghỉ Bình An', '2026-08-10');
    const narrative = { results: 'Đã kiểm tra các cơ sở trọng điểm.', difficulties: 'Thiếu kinh phí tuyên truyền.', proposals: 'Đề nghị tỉnh bổ sung kinh phí.' };
    const made = await app.ok('reports.make', { period: '2026-Q3', format: 'pdf', narrative });
    expect(made).toMatchObject({ format: 'pdf', fileName: 'bao-cao-2026-Q3.pdf', bytes: '' });
    const { pdf, pages } = await reportToPdf(made.document, findChromium() ?? '');
    const read = await pdfText(pdf);
    if (process.env.KEEP_PDF) (await import('node:fs')).writeFileSync(process.env.KEEP_PDF, pdf);
    if (process.env.KEEP_PDF) (await import('node:fs')).writeFileSync('/tmp/doc.json', JSON.stringify(made.document));
    expect(read.pages).toBe(pages);
    const all = read.text.join('\n');
    for (const line of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BÁO CÁO', 'Kết quả công tác phòng, chống mại dâm quý III năm 2026', 'Từ ngày 01/07/2026 đến ngày 30/09/2026',
      'Số: ....../BC-UBND', 'Nơi nhận:', 'CHỦ TỊCH',
      'Chỉ tiêu kế hoạch', 'Vi phạm theo hình thức xử lý', 'Quyết định xử phạt: phạt tiền', '1.500.000', 'Tuyên truyền', 'Tập huấn', 'Khiếu nại',
      narrative.results, narrative.difficulties, narrative.proposals,
    ]) {
      expect(all.replace(/\s+/g, ' ')).toContain(line);
    }
    // No internal counter, no signer title the office did not set.
    expect(all).not.toMatch(/nhật ký thay đổi số|THỦ TRƯỞNG ĐƠN VỊ/);
    for (let n = 1; n <= 12; n += 1) expect(all).toMatch(new RegExp(`\\bT${n}\\b`));
    // pdftotext: the place and date under the motto (made on 1 Oct 2026: no leading zero for month 10), page numbers.
    const laid = pdftotextPages(pdf);
    expect(laid).toHaveLength(pages);
    expect(laid[0]).toContain('Lạng Sơn, ngày 05 tháng 10 năm 2026');
    expect(laid.length).toBeGreaterThan(1);
    expect(decreePageNumberProblems(laid)).toEqual([]);
    // The PDF of a regenerated report carries the same figures.
    const again = await app.ok('reports.regenerate', { id: made.id, format: 'pdf' });
    expect(again.document.tables).toEqual(made.document.tables);
  }, 60_000);
});
