import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { workbookBytes } from '../businesses/testing';
import { TestApp } from '../testing/factories';

let app: TestApp;
afterEach(() => app.close());

async function readBusinessSheet(bytes: Uint8Array): Promise<string> {
  const { jobId } = await app.ok('businesses.importRead', { fileName: 'co-so.xlsx', bytes: Buffer.from(bytes).toString('base64') });
  for (;;) {
    const job = await app.ok('jobs.get', { jobId });
    if (job.state === 'done') return jobId;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the shared import flow with the business record kind', () => {
  it('previews per-row errors, commits the valid rows in one transaction, and keeps files of one kind to that kind', async () => {
    app = await TestApp.withOffice();
    const jobId = await readBusinessSheet(
      await workbookBytes([
        ['Tên cơ sở', 'Loại hình', 'Xã, phường'],
        ['Karaoke Hoa Mai', 'Karaoke', 'Phường Đông Kinh'],
        ['Quán Vui', 'Sòng bạc', '05977'],
      ]),
    );
    // A business file is not a staff file: the staff preview does not see it.
    const foreign = await app.call('staff.importPreview', { jobId });
    expect(foreign.ok ? null : foreign.error.code).toBe('IMPORT_EXPIRED');
    const preview = await app.ok('businesses.importPreview', { jobId });
    expect([preview.validCount, preview.invalidCount, preview.warningRows]).toEqual([1, 1, []]);
    expect(preview.invalidRows[0]).toMatchObject({ rowNumber: 3, errors: [{ field: 'type', messageKey: 'import.unknownType' }] });
    expect(await app.ok('businesses.importCommit', { jobId, validOnly: true })).toEqual({ imported: 1, skipped: 1 });
    expect((await app.ok('businesses.list', {})).rows.map((b) => b.name)).toEqual(['Karaoke Hoa Mai']);
  });
});

describe('the file of rejected rows', () => {
  it('has the file\'s columns and headers, each refused row as typed and its Vietnamese reason; corrected, it imports', async () => {
    app = await TestApp.withOffice();
    const jobId = await readBusinessSheet(
      await workbookBytes([
        ['Tên cơ sở kinh doanh', 'Loại hình', 'Mã xã', 'SĐT'],
        ['Karaoke Hoa Mai', 'Karaoke', '05977', '0912 345 678'],
        ['Quán Vui', 'Sòng bạc', '05977', '0987 000 111'],
        ['', 'Nhà nghỉ', '99999', ''],
      ]),
    );
    const file = await app.ok('businesses.importRejected', { jobId });
    expect(file.fileName).toBe('co-so-dong-loi.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.bytes, 'base64') as unknown as ArrayBuffer);
    const rows = (wb.worksheets[0]?.getSheetValues() ?? []).slice(1).map((r) => (Array.isArray(r) ? r.slice(1) : []));
    expect(rows[0]).toEqual(['Tên cơ sở kinh doanh', 'Loại hình', 'Mã xã', 'SĐT', 'Lỗi']);
    expect(rows[1]).toEqual(['Quán Vui', 'Sòng bạc', '05977', '0987 000 111', 'Loại hình không hợp lệ']);
    expect(rows[2]?.[4]).toBe('Mã xã: Không có xã, phường này trong đơn vị; Tên cơ sở kinh doanh: Bắt buộc nhập');
    expect(rows).toHaveLength(3);
    expect(await app.ok('businesses.importCommit', { jobId, validOnly: true })).toEqual({ imported: 1, skipped: 2 });

    // The clerk corrects the two rows in the file and imports it again: the "Lỗi" column is left out.
    const sheet = wb.worksheets[0];
    if (sheet) {
      sheet.getRow(2).getCell(2).value = 'Nhà nghỉ';
      sheet.getRow(3).getCell(1).value = 'Nhà nghỉ Bình An';
      sheet.getRow(3).getCell(3).value = '05977';
    }
    const again = await readBusinessSheet(new Uint8Array(await wb.xlsx.writeBuffer()));
    const preview = await app.ok('businesses.importPreview', { jobId: again });
    expect([preview.validCount, preview.invalidCount]).toEqual([2, 0]);
    expect(preview.mapping).toMatchObject({ name: 0, type: 1, communeCode: 2, phone: 3 });
    expect(await app.ok('businesses.importCommit', { jobId: again, validOnly: false })).toEqual({ imported: 2, skipped: 0 });
    expect((await app.ok('businesses.list', {})).rows.map((b) => b.name).sort()).toEqual(['Karaoke Hoa Mai', 'Nhà nghỉ Bình An', 'Quán Vui']);
  });
});
