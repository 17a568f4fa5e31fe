import { localYear } from '../sheetImport/cells';
import { describe, it, expect } from 'vitest';
import type { BusinessFields } from '../../db/businessTypes';
import { vi } from '../../renderer/i18n/vi';
import { BUSINESS_COLUMNS, suggestMapping } from './columns';
import { validateImport, type ImportIssue, type ImportPreview } from './importRows';
import type { CellValue, SheetTable } from './sheetReader';
import { context, fields } from './testing';

const HEADERS = ['Tên cơ sở', 'Loại hình', 'Xã, phường', 'Ngày đăng ký kinh doanh', 'Tổng số lao động', 'Lao động nữ', 'Tình trạng', 'Số đăng ký kinh doanh', 'Địa chỉ'];

/** A table with HEADERS; each row gives the cells it sets, the rest default to a valid business. */
function table(rows: Partial<Record<(typeof HEADERS)[number], CellValue>>[]): SheetTable {
  return {
    sheetName: 'Danh sách',
    headers: HEADERS,
    rows: rows.map((row, i) => ({
      rowNumber: i + 2,
      cells: HEADERS.map((h, j) => (h in row ? (row[h] ?? null) : j === 0 ? `Cơ sở ${i}` : j === 1 ? 'Karaoke' : j === 2 ? '05977' : null)),
    })),
  };
}

function preview(rows: Parameters<typeof table>[0], ctx = context()): ImportPreview {
  const t = table(rows);
  return validateImport(t, suggestMapping(t.headers), ctx);
}

function only(rows: Parameters<typeof table>[0]): { fields: BusinessFields | null; errors: ImportIssue[] } {
  const [row] = preview(rows).rows;
  if (!row) throw new Error('no row');
  return { fields: row.fields, errors: row.errors };
}

const value = <K extends keyof BusinessFields>(field: K, row: Parameters<typeof table>[0][number]) => only([row]).fields?.[field];
const errorsOf = (row: Parameters<typeof table>[0][number]) => only([row]).errors.map((e) => [e.field, e.messageKey]);

describe('validateImport: cell conversion', () => {
  it('reads dates from text, Excel serials and Dates, and rejects impossible ones', () => {
    const date = (cell: CellValue) => value('registrationDate', { 'Ngày đăng ký kinh doanh': cell });
    expect(date('17/5/2022')).toBe('2022-05-17');
    expect(date('07/05/2022')).toBe('2022-05-07');
    expect(date('17-05-2022')).toBe('2022-05-17');
    expect(date('17.05.2022')).toBe('2022-05-17');
    expect(date(' 2022-05-17 ')).toBe('2022-05-17');
    expect(date('29/02/2024')).toBe('2024-02-29');
    expect(date(44698)).toBe('2022-05-17');
    expect(date(44698.75)).toBe('2022-05-17');
    expect(date(18264)).toBe('1950-01-01');
    expect(date(new Date(Date.UTC(2022, 4, 17)))).toBe('2022-05-17');
    expect(date(null)).toBeNull();
    expect(date('  ')).toBeNull();
    for (const bad of ['31/02/2024', '29/02/2023', '2024-13-01', '17/05/22', '17/05-2022', 'hôm qua', '44698', 0, 2958466, -3, true]) {
      expect(errorsOf({ 'Ngày đăng ký kinh doanh': bad }), String(bad)).toEqual([['registrationDate', 'validation.date']]);
    }
  });

  it('checks date-formatted cells as serials are checked, and registrations fall between 1950 and next year (issue 19, defect 7)', () => {
    // ExcelJS hands a date-formatted 0, 60 and -5 over as these Dates.
    for (const bad of [new Date(Date.UTC(1899, 11, 30)), new Date(Date.UTC(1900, 1, 28)), new Date(Date.UTC(1899, 11, 25))]) {
      expect(errorsOf({ 'Ngày đăng ký kinh doanh': bad }), bad.toISOString()).toEqual([['registrationDate', 'validation.date']]);
    }
    const nextYear = localYear() + 1;
    for (const implausible of [new Date(Date.UTC(2099, 0, 1)), '01/01/2099', 1, 61, '31/12/1949', new Date(Date.UTC(nextYear + 1, 0, 1))]) {
      expect(errorsOf({ 'Ngày đăng ký kinh doanh': implausible }), String(implausible)).toEqual([['registrationDate', 'import.dateImplausible']]);
    }
    expect(value('registrationDate', { 'Ngày đăng ký kinh doanh': new Date(Date.UTC(nextYear, 11, 31)) })).toBe(`${nextYear}-12-31`);
    expect(value('registrationDate', { 'Ngày đăng ký kinh doanh': '01/01/1950' })).toBe('1950-01-01');
  });

  it('reads whole numbers, with Vietnamese thousand separators', () => {
    const total = (cell: CellValue) => value('workersTotal', { 'Tổng số lao động': cell });
    expect(total(12)).toBe(12);
    expect(total(' 12 ')).toBe(12);
    expect(total('1.234')).toBe(1234);
    expect(total('1 234')).toBe(1234);
    expect(total('')).toBeNull();
    expect(total(null)).toBeNull();
    expect(errorsOf({ 'Tổng số lao động': '12,5' })).toEqual([['workersTotal', 'validation.wholeNumber']]);
    expect(errorsOf({ 'Tổng số lao động': 2.5 })).toEqual([['workersTotal', 'validation.wholeNumber']]);
    expect(errorsOf({ 'Tổng số lao động': 'mười' })).toEqual([['workersTotal', 'validation.number']]);
    expect(errorsOf({ 'Tổng số lao động': -1 })).toEqual([['workersTotal', 'validation.notNegative']]);
    expect(errorsOf({ 'Tổng số lao động': 3, 'Lao động nữ': 4 })).toEqual([['workersWomen', 'validation.womenMoreThanTotal']]);
  });

  it('reads types and statuses by label or value, ignoring case, diacritics and Unicode form', () => {
    const type = (cell: CellValue) => value('type', { 'Loại hình': cell });
    expect(type('Nhà nghỉ')).toBe('guest_house');
    expect(type('NHA NGHI')).toBe('guest_house');
    expect(type('Nhà nghỉ'.normalize('NFD'))).toBe('guest_house');
    expect(type('nhà trọ, phòng cho thuê')).toBe('rental_rooms');
    expect(type('massage_sauna')).toBe('massage_sauna');
    expect(type('Guest house')).toBe('guest_house');
    expect(errorsOf({ 'Loại hình': 'Sòng bạc' })).toEqual([['type', 'import.unknownType']]);
    expect(errorsOf({ 'Loại hình': null })).toEqual([['type', 'validation.required']]);

    const status = (cell: CellValue) => value('status', { 'Tình trạng': cell });
    expect(status(null)).toBe('operating');
    expect(status('tam ngung')).toBe('suspended');
    expect(status('Đã đóng cửa')).toBe('closed');
    expect(errorsOf({ 'Tình trạng': 'Giải thể' })).toEqual([['status', 'import.unknownStatus']]);
  });

  it('reads communes by code, by a code that lost its leading zero, or by name with or without prefix', () => {
    const commune = (cell: CellValue) => value('communeCode', { 'Xã, phường': cell });
    expect(commune('06001')).toBe('06001');
    expect(commune(6001)).toBe('06001');
    expect(commune('Xã Đoàn Kết')).toBe('06001');
    expect(commune('doan ket')).toBe('06001');
    expect(commune('PHƯỜNG ĐÔNG KINH'.normalize('NFD'))).toBe('05977');
    expect(commune('Đông Kinh')).toBe('05977');
    expect(commune('TT Na Sầm')).toBe('06100');
    expect(commune('Thị trấn Na Sầm')).toBe('06100');
    expect(errorsOf({ 'Xã, phường': 'Xã Không Có' })).toEqual([['communeCode', 'import.unknownCommune']]);
    expect(errorsOf({ 'Xã, phường': '99999' })).toEqual([['communeCode', 'import.unknownCommune']]);
    expect(errorsOf({ 'Xã, phường': null })).toEqual([['communeCode', 'validation.required']]);
  });

  it('takes the commune from a name column when the code cell is empty', () => {
    const t: SheetTable = {
      sheetName: 'x',
      headers: ['Tên cơ sở', 'Loại hình', 'Xã, phường', 'Tên xã, phường'],
      rows: [
        { rowNumber: 2, cells: ['A', 'Karaoke', null, 'Quốc Khánh'] },
        { rowNumber: 3, cells: ['B', 'Karaoke', '06001', 'Quốc Khánh'] },
      ],
    };
    const result = validateImport(t, suggestMapping(t.headers), context());
    expect(result.rows.map((r) => r.fields?.communeCode)).toEqual(['06004', '06001']);
  });

  it('writes numbers as text without float noise and normalises text to trimmed NFC', () => {
    const row = only([{ 'Tên cơ sở': '  Karaoke Ánh Dương  '.normalize('NFD'), 'Số đăng ký kinh doanh': 1400123, 'Địa chỉ': 0.1 + 0.2 }]);
    expect(row.fields).toMatchObject({ name: 'Karaoke Ánh Dương', registrationNo: '1400123', address: '0.3' });
    expect(row.fields?.name).toBe(row.fields?.name.normalize('NFC'));
  });

  it('flags a formula without a cached value and a 10,000-character cell', () => {
    expect(errorsOf({ 'Tên cơ sở': { formulaWithoutValue: true } })).toEqual([['name', 'import.formulaWithoutValue']]);
    expect(errorsOf({ 'Tên cơ sở': 'x'.repeat(10_000) })).toEqual([['name', 'validation.tooLong']]);
    expect(errorsOf({ 'Địa chỉ': 'Số 5 '.repeat(2_000) })).toEqual([['address', 'validation.tooLong']]);
    expect(errorsOf({ 'Tên cơ sở': '   ' })).toEqual([['name', 'validation.required']]);
  });

  it('defaults unmapped optional fields and uses only the mapped columns', () => {
    const t: SheetTable = { sheetName: 'x', headers: ['a', 'b', 'c'], rows: [{ rowNumber: 2, cells: ['Karaoke X', 'karaoke', 'Đoàn Kết'] }] };
    const result = validateImport(t, { name: 0, type: 1, communeCode: 2, phone: null, notes: 9 }, context());
    expect(result.rows[0]?.fields).toEqual<BusinessFields>({
      name: 'Karaoke X',
      type: 'karaoke',
      address: '',
      communeCode: '06001',
      ownerName: '',
      phone: '',
      registrationNo: '',
      registrationDate: null,
      securityCertNo: '',
      securityCertDate: null,
      licenceNo: '',
      licenceDate: null,
      licenceIssuer: '',
      workersTotal: null,
      workersWomen: null,
      status: 'operating',
      notes: '',
    });
  });
});

describe('validateImport: duplicates and counts', () => {
  it('flags a row repeating an earlier row by registration number or by name and address', () => {
    const result = preview([
      { 'Tên cơ sở': 'Karaoke Ánh Dương', 'Địa chỉ': 'Số 5 Trần Đăng Ninh', 'Số đăng ký kinh doanh': '14A-001' },
      { 'Tên cơ sở': 'Karaoke Khác', 'Số đăng ký kinh doanh': '14a 001' },
      { 'Tên cơ sở': 'KARAOKE ANH DUONG', 'Địa chỉ': 'số 5, Trần Đăng Ninh' },
      { 'Tên cơ sở': 'Karaoke Ánh Dương', 'Địa chỉ': 'Số 9 Lê Lợi' },
      { 'Tên cơ sở': 'Nhà nghỉ', 'Số đăng ký kinh doanh': '' },
      { 'Tên cơ sở': 'Nhà nghỉ 2', 'Số đăng ký kinh doanh': '' },
    ]);
    expect(result.rows.map((r) => r.errors)).toEqual([
      [],
      [{ field: 'registrationNo', messageKey: 'import.duplicateInFile', params: { row: 2 } }],
      [{ field: 'name', messageKey: 'import.duplicateInFile', params: { row: 2 } }],
      [],
      [],
      [],
    ]);
    expect(result).toMatchObject({ total: 6, validCount: 4, invalidCount: 2 });
    expect(result.rows[1]?.fields).toBeNull();
  });

  it('flags a row matching an existing business', () => {
    const asked: { name: string; address: string; registrationNo: string }[] = [];
    const ctx = context((f) => {
      asked.push(f);
      return f.registrationNo === '14A001' ? { id: 'b1', name: 'Karaoke Cũ' } : undefined;
    });
    const result = preview(
      [
        { 'Tên cơ sở': ' Karaoke Mới ', 'Số đăng ký kinh doanh': '14A001', 'Địa chỉ': 'Số 1' },
        { 'Tên cơ sở': 'Nhà nghỉ', 'Số đăng ký kinh doanh': '14A002' },
        { 'Tên cơ sở': null, 'Số đăng ký kinh doanh': '14A003' },
      ],
      ctx,
    );
    expect(result.rows[0]?.errors).toEqual([{ field: null, messageKey: 'import.duplicateExisting', params: { name: 'Karaoke Cũ' } }]);
    expect(result.rows[1]?.errors).toEqual([]);
    expect(asked[0]).toEqual({ name: 'Karaoke Mới', address: 'Số 1', registrationNo: '14A001' });
    expect(asked).toHaveLength(2); // a row without a name matches nothing
  });

  it('validates a 5,000-row sheet with distinct registrations as all valid (timing: npm run bench)', () => {
    const f = fields();
    const t: SheetTable = {
      sheetName: 'x',
      headers: BUSINESS_COLUMNS.map((c) => vi[c.headerKey]),
      rows: Array.from({ length: 5_000 }, (_, i) => ({
        rowNumber: i + 2,
        cells: [`${f.name} ${i}`, 'Nhà nghỉ', `Số ${i} Lê Lợi`, '05977', 'Phường Đông Kinh', f.ownerName, f.phone, `14A${i}`, new Date(Date.UTC(2022, 4, 17)), null, '01/06/2022', null, null, null, 6, 4, 'Đang hoạt động', null],
      })),
    };
    const result = validateImport(t, suggestMapping(t.headers), context());
    expect(result.validCount).toBe(5_000);
    expect(result.invalidCount).toBe(0);
  });
});

describe('validateImport: the template example', () => {
  it('refuses the example row of the import template if the clerk left it in', async () => {
    const { writeImportTemplate } = await import('./exportSheet');
    const { readSheet } = await import('./sheetReader');
    const { suggestMapping } = await import('./columns');
    const table = await readSheet(await writeImportTemplate([{ code: '05977', name: 'Phường Đông Kinh' }]));
    const result = validateImport(table, suggestMapping(table.headers), {
      communes: [{ code: '05977', name: 'Phường Đông Kinh' }],
      findExisting: () => undefined,
    });
    expect(result.validCount).toBe(0);
    expect(result.rows[0]?.errors).toContainEqual({ field: null, messageKey: 'import.exampleRow' });
  });
});
