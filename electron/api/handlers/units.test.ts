import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { TestApp, TEST_OFFICE } from '../../testing/factories';

let app: TestApp | undefined;
afterEach(() => app?.close());

/** The statistics office's export for one (two-tier) province, as a clerk downloads it. */
async function gsoSheet(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['Tỉnh / Thành Phố', 'Mã TP', 'Phường Xã', 'Mã PX', 'Cấp']);
  ws.addRow(['Tỉnh Hà Giang', '02', 'Phường Hà Giang 1', '00688', 'Phường']);
  ws.addRow(['Tỉnh Hà Giang', '02', 'Xã Ngọc Đường', '00694', 'Xã']);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

describe('units', () => {
  it('lists the embedded Lạng Sơn lists, then another province loaded from the official spreadsheet', async () => {
    app = TestApp.open();
    expect((await app.ok('units.lists', {})).map((l) => l.listVersion)).toEqual(['VN-2004', 'VN-2025']);
    const imported = await app.ok('units.importList', { fileName: 'gso.xlsx', bytes: await gsoSheet(), listVersion: 'HG-2025', label: 'Hà Giang 2025' });
    expect(imported).toEqual({ listVersion: 'HG-2025', label: 'Hà Giang 2025', units: 3 });
    expect((await app.ok('units.lists', {})).map((l) => l.label)).toContain('Hà Giang 2025');
    const communes = await app.ok('units.list', { listVersion: 'HG-2025', level: 'commune' });
    expect(communes.map((c) => c.name)).toEqual(['Phường Hà Giang 1', 'Xã Ngọc Đường']);
    await app.ok('setup.complete', { ...TEST_OFFICE, listVersion: 'HG-2025', unitCode: '00694', level: 'commune', officeName: 'UBND xã Ngọc Đường' });
    expect((await app.ok('units.communes', {})).map((c) => c.code)).toEqual(['00694']);
  });

  it('rejects a file that is not the official list, and non-administrators after setup', async () => {
    app = TestApp.open();
    const bogus = Buffer.from('Mã,Tên\n1,A').toString('base64');
    expect(await app.call('units.importList', { fileName: 'x.xlsx', bytes: bogus, listVersion: 'X', label: 'X' })).toMatchObject({
      ok: false,
      error: { code: 'UNIT_SHEET_INVALID', messageKey: 'units.sheet.notXlsx' },
    });
    await app.ok('setup.complete', TEST_OFFICE);
    await app.ok('session.signOut', {});
    expect(await app.call('units.importList', { fileName: 'gso.xlsx', bytes: await gsoSheet(), listVersion: 'HG', label: 'HG' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED' },
    });
  });
});
