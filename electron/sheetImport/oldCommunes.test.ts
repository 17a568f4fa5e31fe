// Issue 17 item 2: legacy spreadsheets with old commune and district names land in today's communes.
import { afterEach, describe, expect, it } from 'vitest';
import { workbookBytes } from '../businesses/testing';
import { TestApp } from '../testing/factories';

let app: TestApp | undefined;
afterEach(() => app?.close());

async function read(call: TestApp['ok'], kind: 'businesses' | 'staff', bytes: Uint8Array): Promise<string> {
  const { jobId } = await call(`${kind}.importRead`, { fileName: 'cu.xlsx', bytes: Buffer.from(bytes).toString('base64') });
  for (;;) {
    const job = await call('jobs.get', { jobId });
    if (job.state === 'done') return jobId;
    if (job.state === 'failed') throw new Error(JSON.stringify(job.error));
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A commune office of today's list: Xã Thất Khê (06040), made of Chí Minh, Chi Lăng and part of Đại Đồng (Tràng Định). */
async function thatKhe(): Promise<TestApp> {
  const a = TestApp.open();
  await a.ok('setup.complete', { officeName: 'UBND xã Thất Khê', level: 'commune', listVersion: 'VN-2025', provinceCode: '20', unitCode: '06040', adminName: 'Quản trị', password: 'mat-khau-123' });
  await a.ok('session.signIn', { name: 'Quản trị', password: 'mat-khau-123' });
  return a;
}

const HEADERS = ['Tên cơ sở', 'Loại hình', 'Xã, phường'];
const LEGACY = [
  HEADERS,
  ['Karaoke Hoa Mai', 'Karaoke', 'Xã Chí Minh, huyện Tràng Định'], // row 2: old name with its district
  ['Nhà nghỉ Bình An', 'Nhà nghỉ', 'chi lang - trang dinh'], // row 3: typed without diacritics
  ['Karaoke Sơn Hà', 'Karaoke', '6013'], // row 4: the old code, as Excel keeps it in a number cell
  ['Quán Cà phê Mây', 'Khác', 'Xã Đại Đồng (huyện Tràng Định)'], // row 5: split between Quốc Khánh and Thất Khê
  ['Nhà nghỉ Đồi Thông', 'Nhà nghỉ', 'Xã Đại Đồng, Tràng Định'], // row 6: the same split commune
  ['Karaoke Kỳ Lừa', 'Karaoke', 'Xã Hợp Thành, huyện Cao Lộc'], // row 7: today Phường Kỳ Lừa, another office
  ['Nhà nghỉ Thất Khê', 'Nhà nghỉ', 'Xã Thất Khê'], // row 8: today's name
];

describe('old communes in a business spreadsheet', () => {
  it('are mapped to today’s commune and said so; a split one is asked, never guessed; one elsewhere is refused', async () => {
    app = await thatKhe();
    const jobId = await read(app.ok.bind(app), 'businesses', await workbookBytes(LEGACY));
    const preview = await app.ok('businesses.importPreview', { jobId });
    expect(preview).toMatchObject({ total: 7, validCount: 4, invalidCount: 3 });
    const warnings = Object.fromEntries(preview.warningRows.map((r) => [r.rowNumber, r.errors.map((e) => [e.messageKey, e.params])]));
    expect(warnings[2]).toEqual([['import.oldCommuneMapped', { old: 'Xã Chí Minh (huyện Tràng Định)', new: 'Xã Thất Khê' }]]);
    expect(warnings[3]).toEqual([['import.oldCommuneMapped', { old: 'Xã Chi Lăng (huyện Tràng Định)', new: 'Xã Thất Khê' }]]);
    expect(warnings[4]).toEqual([['import.oldCommuneMapped', { old: 'Xã Chí Minh (huyện Tràng Định)', new: 'Xã Thất Khê' }]]);
    expect(warnings[8]).toBeUndefined();
    const errors = Object.fromEntries(preview.invalidRows.map((r) => [r.rowNumber, r.errors]));
    expect(errors[5]).toEqual([
      {
        field: 'communeCode',
        messageKey: 'import.splitCommune',
        params: { old: 'Xã Đại Đồng (huyện Tràng Định)', oldCommuneId: '06040', choices: 'Xã Quốc Khánh, Xã Thất Khê', choiceCodes: '06004,06040' },
      },
    ]);
    expect(errors[6]?.[0]?.messageKey).toBe('import.splitCommune');
    expect(errors[7]).toEqual([{ field: 'communeCode', messageKey: 'import.oldCommuneOutside', params: { old: 'Xã Hợp Thành (huyện Cao Lộc)', new: 'Phường Kỳ Lừa' } }]);

    // Once for every row of Đại Đồng: both rows land in Thất Khê.
    const once = await app.ok('businesses.importPreview', { jobId, communeChoices: { byOldCommune: { '06040': '06040' }, byRow: {} } });
    expect(once).toMatchObject({ validCount: 6, invalidCount: 1 });
    // A choice outside the split's communes is not taken.
    const wrong = await app.ok('businesses.importPreview', { jobId, communeChoices: { byOldCommune: { '06040': '06187' }, byRow: {} } });
    expect(wrong.validCount).toBe(4);
    // Per row: row 5 in Thất Khê, row 6 left to ask (Quốc Khánh is another office's).
    const perRow = await app.ok('businesses.importPreview', { jobId, communeChoices: { byOldCommune: {}, byRow: { '5': '06040' } } });
    expect(perRow).toMatchObject({ validCount: 5, invalidCount: 2 });
    expect(perRow.invalidRows.map((r) => r.rowNumber)).toEqual([6, 7]);

    expect(await app.ok('businesses.importCommit', { jobId, validOnly: true, communeChoices: { byOldCommune: { '06040': '06040' }, byRow: {} } })).toEqual({ imported: 6, skipped: 1 });
    const list = await app.ok('businesses.list', { limit: 50 });
    expect(new Set(list.rows.map((r) => r.communeName))).toEqual(new Set(['Xã Thất Khê']));
  });

  it('are read at a province office for every commune of the province', async () => {
    app = TestApp.open();
    await app.ok('setup.complete', { officeName: 'Sở Y tế tỉnh Lạng Sơn', level: 'province', listVersion: 'VN-2025', unitCode: '20', adminName: 'Quản trị', password: 'mat-khau-123' });
    await app.ok('session.signIn', { name: 'Quản trị', password: 'mat-khau-123' });
    const jobId = await read(app.ok.bind(app), 'businesses', await workbookBytes([HEADERS, ['Karaoke Kỳ Lừa', 'Karaoke', 'Xã Hợp Thành, huyện Cao Lộc'], ['Quán Mây', 'Khác', 'Xã Đại Đồng (huyện Tràng Định)']]));
    const preview = await app.ok('businesses.importPreview', { jobId, communeChoices: { byOldCommune: {}, byRow: { '3': '06004' } } });
    expect(preview).toMatchObject({ validCount: 2, invalidCount: 0 });
    expect(preview.warningRows.map((r) => r.errors[0]?.params)).toEqual([
      { old: 'Xã Hợp Thành (huyện Cao Lộc)', new: 'Phường Kỳ Lừa' },
      { old: 'Xã Đại Đồng (huyện Tràng Định)', new: 'Xã Quốc Khánh' },
    ]);
  });
});

describe('old communes in a staff spreadsheet', () => {
  it('map the person’s unit to today’s commune', async () => {
    app = await thatKhe();
    const jobId = await read(app.ok.bind(app), 'staff', await workbookBytes([
      ['Họ và tên', 'Cấp', 'Đơn vị', 'Nhóm đối tượng'],
      ['Hoàng Văn Sơn', 'Xã', 'Xa Chi Minh (huyen Trang Dinh)', 'Khác'],
    ]));
    const preview = await app.ok('staff.importPreview', { jobId });
    expect(preview.warningRows[0]?.errors[0]).toMatchObject({ messageKey: 'import.oldCommuneMapped', params: { new: 'Xã Thất Khê' } });
  });
});
