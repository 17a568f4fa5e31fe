import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { embeddedUnitLists } from '../../db/units/index';
import { TestApp } from '../testing/factories';

let apps: TestApp[] = [];
afterEach(() => {
  apps.forEach((a) => a.close());
  apps = [];
});

const list = (v: string) => {
  const l = embeddedUnitLists().find((x) => x.listVersion === v);
  if (!l) throw new Error(v);
  return l;
};
const PROVINCES = list('VN-2025').units.filter((u) => u.level === 'province');

describe('every province out of the box (issue 17)', () => {
  it('sets up a commune office in every one of the 34 provinces, the province chosen first', async () => {
    expect(PROVINCES).toHaveLength(34);
    // One folder with the lists loaded, copied for each province: the loop tests setup, not loading 34 times.
    const template = TestApp.open();
    apps.push(template);
    await template.ok('units.lists', {});
    template.running.close();
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-provinces-'));
    try {
      for (const province of PROVINCES) {
        const dir = path.join(root, province.code);
        fs.cpSync(template.dataDir, dir, { recursive: true, filter: (f) => !/\.lock/.test(path.basename(f)) });
        const app = TestApp.at(dir);
        try {
          const communes = await app.ok('units.list', { listVersion: 'VN-2025', level: 'commune', provinceCode: province.code });
          expect(communes.length, province.name).toBeGreaterThan(30);
          expect(communes.every((c) => c.parentCode === province.code)).toBe(true);
          const commune = communes[communes.length - 1];
          if (!commune) throw new Error(province.name);
          await app.ok('setup.complete', {
            officeName: `UBND ${commune.name}`,
            level: 'commune',
            listVersion: 'VN-2025',
            provinceCode: province.code,
            unitCode: commune.code,
            adminName: 'Quản trị',
            password: 'mat-khau-123',
          });
          expect(app.running.app.office()).toMatchObject({ level: 'commune', unitCode: commune.code, unitListVersion: 'VN-2025' });
          expect(app.running.app.communes().map((c) => c.code)).toEqual([commune.code]);
        } finally {
          app.close();
        }
      }
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  }, 240_000);

  it('sets up a district office of a former province on the old list (Hà Giang, merged into Tuyên Quang)', async () => {
    const app = TestApp.open();
    apps.push(app);
    const provinces = await app.ok('units.list', { listVersion: 'VN-2004', level: 'province' });
    expect(provinces).toHaveLength(63);
    const haGiang = provinces.find((p) => p.name === 'Tỉnh Hà Giang');
    expect(haGiang?.code).toBe('02');
    const districts = await app.ok('units.list', { listVersion: 'VN-2004', level: 'district', provinceCode: '02' });
    const viXuyen = districts.find((d) => d.name === 'Huyện Vị Xuyên');
    if (!viXuyen) throw new Error('Vị Xuyên');
    await app.ok('setup.complete', { officeName: 'Phòng VH-XH huyện Vị Xuyên', level: 'district', listVersion: 'VN-2004', provinceCode: '02', unitCode: viXuyen.code, adminName: 'Quản trị', password: 'mat-khau-123' });
    await app.ok('session.signIn', { name: 'Quản trị', password: 'mat-khau-123' });
    const communes = await app.ok('units.communes', {});
    expect(communes.length).toBeGreaterThan(15);
    expect(communes.every((c) => c.parentCode === viXuyen.code && c.listVersion === 'VN-2004')).toBe(true);
  });

  it('says in plain words that a district code is in the pre-reform list, and which list is in use', async () => {
    const app = TestApp.open();
    apps.push(app);
    const refused = await app.call('setup.complete', { officeName: 'Phòng VH-XH TP Lạng Sơn', level: 'district', listVersion: 'VN-2025', unitCode: '178', adminName: 'Quản trị', password: 'mat-khau-123' });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        issues: [
          {
            path: 'unitCode',
            messageKey: 'units.notInList',
            params: { code: '178', name: 'Thành phố Lạng Sơn', label: 'Danh mục từ 01/07/2025 (QĐ 19/2025/QĐ-TTg)', otherVersion: 'VN-2004' },
          },
        ],
      },
    });
    const elsewhere = await app.call('setup.complete', { officeName: 'UBND phường Kỳ Lừa', level: 'commune', listVersion: 'VN-2025', provinceCode: '04', unitCode: '06187', adminName: 'Quản trị', password: 'mat-khau-123' });
    expect(elsewhere).toMatchObject({ ok: false, error: { issues: [{ messageKey: 'units.notInProvince', params: { name: 'Phường Kỳ Lừa', province: 'Tỉnh Cao Bằng' } }] } });
  });
});
