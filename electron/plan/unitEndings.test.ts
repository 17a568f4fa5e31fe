import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, migrationVersion } from '../../db/migrate';
import { embeddedUnitLists, UNIT_ENDINGS } from '../../db/units/index';
import { TestApp } from '../testing/factories';

let apps: TestApp[] = [];
afterEach(() => {
  apps.forEach((a) => a.close());
  apps = [];
});

const REMOVED = ['Xã Vĩnh Tiến', 'Xã Đại Đồng', 'Xã Đồng Giáp', 'Xã Tràng Các', 'Xã Tĩnh Bắc', 'Xã Sơn Hà'];

describe('units ended by Resolution 1246/NQ-UBTVQH15 (1 Dec 2024)', () => {
  it('are data with their source and the day it was checked, on the six Lạng Sơn communes of the old list', () => {
    expect(UNIT_ENDINGS.source).toContain('1246/NQ-UBTVQH15');
    expect(UNIT_ENDINGS.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const old = embeddedUnitLists().find((l) => l.listVersion === 'VN-2004');
    const ended = old?.units.filter((u) => u.endedOn) ?? [];
    expect(ended.map((u) => u.name).sort()).toEqual([...REMOVED].sort());
    expect(ended.every((u) => u.endedOn === '2024-12-01' && u.endBasis === 'Nghị quyết 1246/NQ-UBTVQH15')).toBe(true);
  });

  it('leave the communes measured in 2025 at a district office (T1 over 2025 without them; 2024 with them)', async () => {
    const app = TestApp.open();
    apps.push(app);
    // Tràng Định (180) lost Vĩnh Tiến and Đại Đồng.
    await app.ok('setup.complete', { officeName: 'Phòng Văn hóa và Thông tin huyện Tràng Định', level: 'district', listVersion: 'VN-2004', unitCode: '180', adminName: 'Quản trị', password: 'mat-khau-123' });
    await app.ok('session.signIn', { name: 'Quản trị', password: 'mat-khau-123' });
    const all = (await app.ok('units.communes', {})).length;
    const t1 = async (year: number) => {
      app.running.app.now = () => `${year}-03-01T03:00:00.000Z`;
      await app.ok('plan.adopt', { year, documentRef: '', adoptedOn: `${year}-02-27`, startFrom: 'defaults' });
      return (await app.ok('plan.dashboard', { year })).figures.find((f) => f.code === 'T1');
    };
    expect((await t1(2024))?.denominator).toBe(all);
    const in2025 = await t1(2025);
    expect([in2025?.frozenDenominator, in2025?.liveDenominator]).toEqual([all - 2, all - 2]);
  });
});

describe('migration unit_end_dates', () => {
  it('keeps every unit and ends the six communes already loaded', () => {
    const db = new Database(':memory:');
    migrate(db, { target: migrationVersion('unit_end_dates') - 1 });
    const insert = db.prepare("INSERT INTO admin_unit (list_version, code, name, level, kind, parent_code, sort_key) VALUES (?, ?, ?, 'commune', 'xã', ?, ?)");
    insert.run('VN-2004', '06007', 'Xã Vĩnh Tiến', '180', 'xa vinh tien');
    insert.run('VN-2004', '06010', 'Xã Cao Minh', '180', 'xa cao minh');
    // The same code in the new list is another place: not ended.
    insert.run('VN-2025', '06007', 'Xã Khác', '20', 'xa khac');
    const before = db.prepare('SELECT * FROM admin_unit ORDER BY list_version, code').all() as Record<string, unknown>[];
    migrate(db);
    const after = db.prepare('SELECT * FROM admin_unit ORDER BY list_version, code').all() as Record<string, unknown>[];
    expect(after.map(({ ended_on: _e, end_basis: _b, ...rest }) => rest)).toEqual(before);
    expect(after.map((u) => [u.list_version, u.code, u.ended_on])).toEqual([
      ['VN-2004', '06007', '2024-12-01'],
      ['VN-2004', '06010', null],
      ['VN-2025', '06007', null],
    ]);
    db.close();
  });
});
