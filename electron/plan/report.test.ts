import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { TestApp, businessFields } from '../testing/factories';
import { parsePeriod } from './period';

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

describe('report periods', () => {
  it('reads months, quarters, half years and years, and refuses periods that do not exist', () => {
    expect(parsePeriod('2026-Q3')).toEqual({ code: '2026-Q3', year: 2026, from: '2026-07-01', to: '2026-09-30' });
    expect(parsePeriod('2024-02')).toMatchObject({ from: '2024-02-01', to: '2024-02-29' });
    expect(parsePeriod('2026-h2')).toMatchObject({ code: '2026-H2', from: '2026-07-01', to: '2026-12-31' });
    expect(parsePeriod('2026')).toMatchObject({ from: '2026-01-01', to: '2026-12-31' });
    for (const bad of ['2026-Q5', '2026-13', '2026-H3', 'Q3', '2026-Q0']) expect(() => parsePeriod(bad)).toThrow(/PERIOD_INVALID/);
  });
});

describe('periodic report', () => {
  it('makes the quarter\'s .xlsx with numbers as numbers and regenerates it identically after new records', async () => {
    const app = await TestApp.withOffice();
    apps.push(app);
    app.running.app.now = () => '2026-10-05T08:00:00.000Z';
    await app.ok('session.signIn', { name: 'Quản trị', password: 'mat-khau-123' });
    await app.ok('businesses.create', businessFields());
    await app.ok('plan.adopt', { year: 2026, documentRef: '45/KH-UBND', adoptedOn: '2026-02-27', startFrom: 'defaults' });
    await app.ok('cases.create', { kind: 'report', receivedOn: '2026-07-01', channel: 'phone', content: 'Tin báo', resolvedOn: '2026-07-10' });

    const refused = await app.call('reports.make', { period: '2026-Q5' });
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'PERIOD_INVALID', params: { period: '2026-Q5' } });
    const pdf = await app.call('reports.make', { period: '2026-Q3', format: 'pdf' });
    expect(pdf.ok ? null : pdf.error.code).toBe('PDF_NOT_AVAILABLE');

    const made = await app.ok('reports.make', { period: '2026-Q3', narrative: 'Kết quả quý III' });
    expect(made).toMatchObject({ period: '2026-Q3', asOf: '2026-09-30', fileName: 'bao-cao-2026-Q3.xlsx' });
    const wb = await sheets(made.bytes);
    const cases = wb.getWorksheet('Tố giác, tin báo, khiếu nại');
    expect(cases?.getRow(1).values).toEqual([undefined, 'Loại', 'Tiếp nhận trong kỳ', 'Đến hạn trong kỳ', 'Giải quyết đúng hạn', 'Quá hạn']);
    expect(cases?.getRow(3).values).toEqual([undefined, 'Tin báo', 1, 1, 1, 0]);
    const targets = wb.getWorksheet('Chỉ tiêu kế hoạch');
    expect(targets?.getRow(8).getCell(1).value).toBe('T7');
    expect(targets?.getRow(8).getCell(8).value).toBe(100);
    expect(wb.getWorksheet('Cơ sở kinh doanh')?.getRow(2).values).toEqual([undefined, 'Nhà nghỉ', 1, 0, 0, 1]);

    // New records after the report: a late case in the quarter and another business.
    await app.ok('cases.create', { kind: 'report', receivedOn: '2026-08-01', channel: 'phone', content: 'Tin báo muộn' });
    await app.ok('businesses.create', businessFields({ name: 'Karaoke Mới', registrationNo: 'K1' }));
    const again = await app.ok('reports.regenerate', { id: made.id });
    expect(again.changeLogSeq).toBe(made.changeLogSeq);
    const regenerated = await sheets(again.bytes);
    for (const name of ['Chỉ tiêu kế hoạch', 'Cơ sở kinh doanh', 'Tố giác, tin báo, khiếu nại']) {
      expect(regenerated.getWorksheet(name)?.getSheetValues()).toEqual(wb.getWorksheet(name)?.getSheetValues());
    }
    const fresh = await sheets((await app.ok('reports.make', { period: '2026-Q3' })).bytes);
    expect(fresh.getWorksheet('Tố giác, tin báo, khiếu nại')?.getRow(3).values).toEqual([undefined, 'Tin báo', 2, 2, 1, 1]);
  });
});
