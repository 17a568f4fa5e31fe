// Issue 17 item 3: an installation made on VN-2004 converts to VN-2025 in one transaction.
import { afterEach, describe, expect, it } from 'vitest';
import { fields } from '../businesses/testing';
import { TestApp } from '../testing/factories';

let app: TestApp | undefined;
afterEach(() => app?.close());

/** A district office of the old list: Tràng Định (180), with businesses in Chí Minh, Chi Lăng and Đại Đồng. */
async function trangDinh(): Promise<TestApp> {
  const a = TestApp.open();
  await a.ok('setup.complete', { officeName: 'Phòng VH-XH huyện Tràng Định', level: 'district', listVersion: 'VN-2004', provinceCode: '20', unitCode: '180', adminName: 'Quản trị', password: 'mat-khau-123' });
  await a.ok('session.signIn', { name: 'Quản trị', password: 'mat-khau-123' });
  await a.ok('businesses.create', fields({ name: 'Karaoke Hoa Mai', communeCode: '06013', registrationNo: '' }));
  await a.ok('businesses.create', fields({ name: 'Nhà nghỉ Bình An', communeCode: '06034', registrationNo: '' }));
  await a.ok('businesses.create', fields({ name: 'Quán Mây', communeCode: '06040', registrationNo: '' }));
  return a;
}

const rows = (a: TestApp) =>
  a.running.app.db
    .prepare('SELECT name, commune_code AS code, unit_list_version AS v, previous_commune_code AS prev, previous_list_version AS pv FROM business ORDER BY name')
    .all();

describe('Chuyển sang danh mục sau 01/07/2025', () => {
  it('lists the split communes first and changes nothing until they are settled', async () => {
    app = await trangDinh();
    const before = rows(app);
    const plan = await app.ok('units.planConversion', { newUnitCode: '06040', choices: {} });
    expect(plan.unsettled).toEqual([{ oldCode: '06040', oldName: 'Xã Đại Đồng', choices: [{ code: '06004', name: 'Xã Quốc Khánh' }, { code: '06040', name: 'Xã Thất Khê' }], records: 1 }]);
    const refused = await app.ok('units.convertToNewList', { newUnitCode: '06040', choices: {} });
    expect(refused.recoded).toBe(0);
    expect(rows(app)).toEqual(before);
    expect(app.running.app.office()).toMatchObject({ level: 'district', unitCode: '180', unitListVersion: 'VN-2004' });
  });

  it('re-codes every record through the mapping, keeps the old code and list, and changes the office’s unit', async () => {
    app = await trangDinh();
    const done = await app.ok('units.convertToNewList', { newUnitCode: '06040', choices: { '06040': '06040' } });
    expect(done).toEqual({ recoded: 3, unsettled: [] });
    expect(rows(app)).toEqual([
      { name: 'Karaoke Hoa Mai', code: '06040', v: 'VN-2025', prev: '06013', pv: 'VN-2004' },
      { name: 'Nhà nghỉ Bình An', code: '06040', v: 'VN-2025', prev: '06034', pv: 'VN-2004' },
      { name: 'Quán Mây', code: '06040', v: 'VN-2025', prev: '06040', pv: 'VN-2004' },
    ]);
    expect(app.running.app.office()).toMatchObject({ level: 'commune', unitCode: '06040', unitListVersion: 'VN-2025' });
    expect(app.running.app.db.prepare('SELECT previous_unit_code AS p, previous_list_version AS v FROM office').get()).toEqual({ p: '180', v: 'VN-2004' });
    // The register now reads today's communes; a second conversion is refused in plain words.
    const list = await app.ok('businesses.list', { limit: 10 });
    expect(new Set(list.rows.map((r) => r.communeName))).toEqual(new Set(['Xã Thất Khê']));
    expect(await app.call('units.convertToNewList', { newUnitCode: '06040', choices: {} })).toMatchObject({ ok: false, error: { messageKey: 'convert.notNeeded' } });
  });
});
