import { describe, it, expect } from 'vitest';
import type ExcelJS from 'exceljs';
import { businessFields } from '../../db/business';
import { BUSINESS_TYPES, type Business } from '../../db/businessTypes';
import { vi } from '../../renderer/i18n/vi';
import { BUSINESS_COLUMNS, missingRequired, suggestMapping } from './columns';
import { writeBusinessesSheet, writeImportTemplate } from './exportSheet';
import { validateImport } from './importRows';
import { readSheet } from './sheetReader';
import { business, COMMUNES, context, generatedBusiness, loadWorkbook } from './testing';

async function roundTrip(rows: Business[]) {
  const table = await readSheet(await writeBusinessesSheet(rows));
  const mapping = suggestMapping(table.headers);
  expect(missingRequired(mapping)).toEqual([]);
  return { table, preview: validateImport(table, mapping, context()) };
}

describe('writeBusinessesSheet', () => {
  it('gives back exactly the same fields when read, mapped and validated', async () => {
    const rows = [
      business(),
      business({
        name: 'Karaoke Ánh Dương',
        type: 'hostess_venue',
        address: '',
        communeCode: '06100',
        ownerName: '',
        phone: '',
        registrationNo: '000123',
        registrationDate: null,
        securityCertNo: '',
        securityCertDate: '1999-12-31',
        workersTotal: 0,
        workersWomen: null,
        status: 'closed',
        notes: '=1+1 không phải công thức',
      }),
      // Names reach the database in NFC; NFD text in a record still comes back as the same NFC text.
      business({ name: 'Nhà hàng Sông Kỳ Cùng'.normalize('NFD'), type: 'other', registrationNo: '14B1', status: 'suspended' }),
      ...Array.from({ length: 40 }, (_, i) => generatedBusiness(i)),
    ];
    const { table, preview } = await roundTrip(rows);
    expect(table.sheetName).toBe(vi['business.template.sheetData']);
    expect(table.headers).toEqual(BUSINESS_COLUMNS.map((c) => vi[c.headerKey]));
    expect(preview.invalidCount).toBe(0);
    expect(preview.rows.map((r) => r.fields)).toEqual(
      rows.map((b) => {
        const f = businessFields(b);
        return { ...f, name: f.name.normalize('NFC') };
      }),
    );
  });

  it('writes labels, real dates and numbers, with a bold frozen header', async () => {
    const workbook = await loadWorkbook(await writeBusinessesSheet([business()]));
    const sheet = workbook.getWorksheet(vi['business.template.sheetData']);
    if (!sheet) throw new Error('no data sheet');
    const cell = (field: string) => sheet.getRow(2).getCell(BUSINESS_COLUMNS.findIndex((c) => c.field === field) + 1);
    expect(cell('type').value).toBe('Nhà nghỉ');
    expect(cell('status').value).toBe('Đang hoạt động');
    expect(cell('communeName').value).toBe('Phường Đông Kinh');
    expect(cell('registrationDate').value).toEqual(new Date(Date.UTC(2022, 4, 17)));
    expect(cell('registrationDate').numFmt).toBe('dd/mm/yyyy');
    expect(cell('workersTotal').value).toBe(6);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(1).width).toBeGreaterThan(20);
  });

  // Timing of large sheets is measured by `npm run bench`; here a few thousand rows check the round trip.
  it('writes, reads and validates a 5,000-row sheet', async () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => generatedBusiness(i));
    const bytes = await writeBusinessesSheet(rows);
    const table = await readSheet(bytes);
    const preview = validateImport(table, suggestMapping(table.headers), context());
    expect(preview.validCount).toBe(5_000);
    expect(preview.rows[4_999]?.fields).toEqual(businessFields(rows[4_999] ?? business()));
  }, 60_000);
});

describe('writeImportTemplate', () => {
  it('has the headers, an example row that is valid but refused if left in, and the allowed values', async () => {
    const bytes = await writeImportTemplate(COMMUNES);
    const table = await readSheet(bytes);
    expect(table.headers).toEqual(BUSINESS_COLUMNS.map((c) => vi[c.headerKey]));
    const preview = validateImport(table, suggestMapping(table.headers), context());
    // Every cell of the example is valid; only its being the example keeps it out.
    expect(preview).toMatchObject({ total: 1, validCount: 0 });
    expect(preview.rows[0]?.errors).toEqual([{ field: null, messageKey: 'import.exampleRow' }]);

    const workbook = await loadWorkbook(bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([vi['business.template.sheetData'], vi['business.template.sheetValues']]);
    const values = workbook.getWorksheet(vi['business.template.sheetValues']);
    if (!values) throw new Error('no values sheet');
    const column = (n: number) => (values.getColumn(n).values as ExcelJS.CellValue[]).slice(2).filter((v) => v != null);
    expect(column(1)).toContain('Nhà trọ, phòng cho thuê');
    expect(column(1)).toHaveLength(BUSINESS_TYPES.length);
    expect(column(2)).toEqual(['Đang hoạt động', 'Tạm ngừng', 'Đã đóng cửa']);
    expect(column(3)).toEqual(COMMUNES.map((c) => c.code));
    expect(column(4)).toEqual(COMMUNES.map((c) => c.name));

    const data = workbook.getWorksheet(vi['business.template.sheetData']);
    const typeCell = data?.getCell(`B${3}`);
    expect(typeCell?.dataValidation).toMatchObject({ type: 'list', formulae: [`'${vi['business.template.sheetValues']}'!$A$2:$A$${BUSINESS_TYPES.length + 1}`] });
    expect(data?.getCell('Q50001').dataValidation).toMatchObject({ type: 'list', formulae: [`'${vi['business.template.sheetValues']}'!$B$2:$B$4`] });
  });

  it('works without communes', async () => {
    const table = await readSheet(await writeImportTemplate([]));
    expect(table.rows).toHaveLength(1);
    expect(validateImport(table, suggestMapping(table.headers), context()).rows[0]?.errors).toEqual([
      { field: 'communeCode', messageKey: 'validation.required' },
      { field: null, messageKey: 'import.exampleRow' },
    ]);
  });
});
