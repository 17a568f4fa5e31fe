import { afterEach, describe, expect, it } from 'vitest';
import { vi } from '../../renderer/i18n/vi';
import { loadWorkbook } from '../businesses/testing';
import { TestApp } from '../testing/factories';
import { STAFF_COLUMNS } from './staffImport';
import { readStaffSheet } from './testing';

let app: TestApp;
afterEach(() => app.close());

describe('staff import template', () => {
  it('has the Vietnamese headers the import maps by itself, drop-down lists, and an example row refused if left in', async () => {
    app = await TestApp.withOffice();
    const file = await app.ok('staff.template', {});
    expect(file.fileName).toBe('mau-nhap-danh-sach-can-bo.xlsx');
    const bytes = Buffer.from(file.bytes, 'base64');

    const workbook = await loadWorkbook(bytes);
    const data = workbook.getWorksheet('Danh sách cán bộ');
    expect((data?.getRow(1).values as unknown[]).slice(1)).toEqual(STAFF_COLUMNS.map((c) => vi[c.headerKey]));
    expect(data?.getCell('F2').value).toBe('Xã');
    expect(data?.getCell('H300').dataValidation).toMatchObject({ type: 'list', formulae: [`'${vi['business.template.sheetValues']}'!$C$2:$C$7`] });
    const values = workbook.getWorksheet(vi['business.template.sheetValues']);
    const column = (n: number) => (values?.getColumn(n).values as unknown[]).slice(2).filter((v) => v != null);
    expect(column(3)).toEqual(['Cán bộ', 'Công chức', 'Viên chức', 'Cộng tác viên', 'Công an, biên phòng', 'Khác']);
    expect(column(5)).toContain('Phường Đông Kinh');

    const preview = await app.ok('staff.importPreview', { jobId: await readStaffSheet(app, bytes) });
    expect(preview.missingColumns).toEqual([]);
    expect(Object.values(preview.mapping).every((column) => typeof column === 'number')).toBe(true);
    // Every cell of the example is valid; only its being the example keeps it out of the register.
    expect(preview.invalidRows.map((r) => r.errors)).toEqual([[{ field: null, messageKey: 'import.exampleRow' }]]);
    expect(preview.validCount).toBe(0);
  });
});
