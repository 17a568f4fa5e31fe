import { describe, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import {
  embeddedUnitLists,
  embeddedUnitMapping,
  DEFAULT_LIST_VERSION,
  UnitSheetError,
  childUnits,
  findUnit,
  parseOfficialUnitSheet,
  type UnitList,
} from './index';

function list(version: string): UnitList {
  const l = embeddedUnitLists().find((x) => x.listVersion === version);
  if (!l) throw new Error(`missing ${version}`);
  return l;
}

const DISTRICTS = ['178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189'];

describe('embedded unit lists', () => {
  it('has both versions, including the default', () => {
    expect(embeddedUnitLists().map((l) => l.listVersion)).toEqual(['VN-2004', 'VN-2025']);
    expect(list(DEFAULT_LIST_VERSION).listVersion).toBe('VN-2025');
  });

  it('VN-2004: Lạng Sơn with 11 district-level units and about 200 communes', () => {
    const l = list('VN-2004');
    expect(findUnit(l, '20')).toMatchObject({ name: 'Tỉnh Lạng Sơn', level: 'province', kind: 'tỉnh', parentCode: null });
    const districts = childUnits(l, '20');
    expect(districts.map((d) => d.code)).toEqual(DISTRICTS);
    expect(districts.every((d) => d.level === 'district')).toBe(true);
    expect(findUnit(l, '178')).toMatchObject({ name: 'Thành phố Lạng Sơn', kind: 'thành phố' });
    expect(findUnit(l, '189')).toMatchObject({ name: 'Huyện Đình Lập', kind: 'huyện' });
    const communes = l.units.filter((u) => u.level === 'commune' && DISTRICTS.includes(u.parentCode ?? ''));
    expect(communes).toHaveLength(200);
    expect(communes.every((c) => /^\d{5}$/.test(c.code) && DISTRICTS.includes(c.parentCode ?? ''))).toBe(true);
    expect(childUnits(l, '178').map((c) => c.kind)).toContain('phường');
  });

  it('VN-2025: 65 commune-level units (61 xã, 4 phường) directly under the province', () => {
    const l = list('VN-2025');
    expect(l.units.filter((u) => u.level === 'district')).toHaveLength(0);
    const communes = childUnits(l, '20');
    expect(communes).toHaveLength(65);
    expect(communes.filter((c) => c.kind === 'xã')).toHaveLength(61);
    expect(communes.filter((c) => c.kind === 'phường')).toHaveLength(4);
    expect(communes.every((c) => c.level === 'commune' && /^\d{5}$/.test(c.code))).toBe(true);
  });

  it('every province in both shapes: 63 former provinces with 705 districts, 34 provinces since 1 Jul 2025', () => {
    const count = (v: string, level: string) => list(v).units.filter((u) => u.level === level).length;
    expect([count('VN-2004', 'province'), count('VN-2004', 'district'), count('VN-2004', 'commune')]).toEqual([63, 705, 10599]);
    expect([count('VN-2025', 'province'), count('VN-2025', 'district'), count('VN-2025', 'commune')]).toEqual([34, 0, 3321]);
    expect(findUnit(list('VN-2025'), '01')).toMatchObject({ name: 'Thành phố Hà Nội', kind: 'thành phố' });
    expect(list('VN-2025').units.every((u) => u.kind !== '')).toBe(true);
    expect(list('VN-2004').units.every((u) => u.kind !== '')).toBe(true);
  });

  it('the old-to-new mapping: Xã Hợp Thành (huyện Cao Lộc) is today Phường Kỳ Lừa; Đại Đồng was split', () => {
    expect(embeddedUnitMapping().source).toMatch(/ward_mappings.*10977 rows/);
    expect(embeddedUnitMapping().licence).toMatch(/MIT License/);
    const into = (code: string) => embeddedUnitMapping().rows.filter((r) => r.oldCode === code).map((r) => findUnit(list('VN-2025'), r.newCode)?.name);
    expect(into('06226')).toEqual(['Phường Kỳ Lừa']);
    expect(embeddedUnitMapping().rows.find((r) => r.oldCode === '06226')).toMatchObject({ oldName: 'Xã Hợp Thành', oldDistrict: 'Huyện Cao Lộc', oldProvinceCode: '20' });
    expect(into('06040').sort()).toEqual(['Xã Quốc Khánh', 'Xã Thất Khê']);
    // Every new code is a unit of the new list; every old code one of the old list.
    const n = new Set(list('VN-2025').units.map((u) => u.code));
    const o = new Set(list('VN-2004').units.map((u) => u.code));
    expect(embeddedUnitMapping().rows.every((r) => n.has(r.newCode) && (r.oldCode === '' || o.has(r.oldCode)))).toBe(true);
    const lsOld = new Set(embeddedUnitMapping().rows.filter((r) => r.oldProvinceCode === '20').map((r) => r.oldCode || r.oldName));
    expect(lsOld.size).toBeGreaterThanOrEqual(195);
  });

  it.each(['VN-2004', 'VN-2025'])('%s: unique codes, known parents, NFC names, own list version', (v) => {
    const l = list(v);
    const codes = l.units.map((u) => u.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const u of l.units) {
      expect(u.listVersion).toBe(v);
      expect(u.name).toBe(u.name.normalize('NFC'));
      expect(u.name).toBe(u.name.replace(/\s+/g, ' ').trim());
      if (u.level === 'province') expect(u.parentCode).toBeNull();
      else expect(findUnit(l, u.parentCode ?? '')).toBeDefined();
    }
    expect(l.source).toMatch(/MIT/);
  });
});

async function workbook(rows: (string | number)[][], title?: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  if (title) ws.addRow([title]);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function sheetError(bytes: Uint8Array): Promise<string> {
  try {
    await parseOfficialUnitSheet(bytes, 'X', 'X');
  } catch (e) {
    expect(e).toBeInstanceOf(UnitSheetError);
    return (e as UnitSheetError).messageKey;
  }
  throw new Error('expected UnitSheetError');
}

describe('parseOfficialUnitSheet', () => {
  it('reads the three-tier export with odd headers, dedupes and pads codes', async () => {
    // Headers decomposed (NFD), odd case and spacing; codes partly numbers, as Excel leaves them.
    const header = ['  TỈNH /  thành phố '.normalize('NFD'), 'ma tp', 'QUẬN  Huyện', 'Mã QH', 'phuong XA', 'MÃ PX', 'cấp'];
    const bytes = await workbook(
      [
        header,
        ['Tỉnh Lạng Sơn', '20', 'Thành phố Lạng Sơn', '178', 'Phường Hoàng Văn Thụ', '05971', 'Phường'],
        ['Tỉnh Lạng Sơn', 20, 'Thành phố Lạng Sơn', 178, 'Phường  Tam Thanh', 5974, 'Phường'],
        ['Tỉnh Lạng Sơn', '20', 'Huyện Tràng Định', '180', 'Thất Khê', '05995', 'Thị trấn'],
        ['Tỉnh Lạng Sơn', '20', 'Huyện Tràng Định', '180', 'Xã Đại Đồng', '06040', 'Xã'],
      ],
      'DANH MỤC ĐƠN VỊ HÀNH CHÍNH',
    );
    const l = await parseOfficialUnitSheet(bytes, 'VN-TEST', 'Test');
    expect(l).toMatchObject({ listVersion: 'VN-TEST', label: 'Test' });
    expect(l.units.map((u) => [u.code, u.level, u.kind, u.parentCode])).toEqual([
      ['20', 'province', 'tỉnh', null],
      ['178', 'district', 'thành phố', '20'],
      ['180', 'district', 'huyện', '20'],
      ['05971', 'commune', 'phường', '178'],
      ['05974', 'commune', 'phường', '178'],
      ['05995', 'commune', 'thị trấn', '180'],
      ['06040', 'commune', 'xã', '180'],
    ]);
    expect(findUnit(l, '05974')?.name).toBe('Phường Tam Thanh');
    expect(l.units.every((u) => u.listVersion === 'VN-TEST')).toBe(true);
  });

  it('reads the two-tier export (no district columns)', async () => {
    const bytes = await workbook([
      ['Tinh / Thanh pho', 'MÃ TP', 'Phường Xã', 'Mã PX', 'Cấp'],
      ['Tỉnh Lạng Sơn', '20', 'Phường Đông Kinh', '05977', 'Phường'],
      ['Tỉnh Lạng Sơn', '20', 'Xã Thất Khê', '06040', 'Xã'],
    ]);
    const l = await parseOfficialUnitSheet(bytes, 'VN-2025', 'Danh mục từ 01/07/2025');
    expect(l.units.map((u) => [u.code, u.level, u.kind, u.parentCode])).toEqual([
      ['20', 'province', 'tỉnh', null],
      ['05977', 'commune', 'phường', '20'],
      ['06040', 'commune', 'xã', '20'],
    ]);
  });

  it('rejects a text file', async () => {
    expect(await sheetError(new TextEncoder().encode('Mã TP;Tỉnh\n20;Lạng Sơn\n'))).toBe('units.sheet.notXlsx');
  });

  it('rejects a truncated xlsx', async () => {
    const bytes = await workbook([['Tỉnh / Thành Phố', 'Mã TP', 'Phường Xã', 'Mã PX'], ['Tỉnh Lạng Sơn', '20', 'Xã A', '06001']]);
    expect(await sheetError(bytes.slice(0, Math.floor(bytes.length / 2)))).toBe('units.sheet.notXlsx');
  });

  it('rejects an OLE file (old .xls or password-protected .xlsx)', async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await sheetError(ole)).toBe('units.sheet.encryptedOrXls');
  });

  it('rejects a sheet without the needed columns, or without rows', async () => {
    expect(await sheetError(await workbook([['Tên', 'Mã'], ['Xã A', '06001']]))).toBe('units.sheet.missingColumns');
    expect(await sheetError(await workbook([['Tỉnh / Thành Phố', 'Mã TP', 'Quận Huyện', 'Phường Xã', 'Mã PX']]))).toBe(
      'units.sheet.missingColumns',
    );
    expect(await sheetError(await workbook([['Tỉnh / Thành Phố', 'Mã TP', 'Phường Xã', 'Mã PX']]))).toBe('units.sheet.empty');
    expect(await sheetError(await workbook([]))).toBe('units.sheet.empty');
  });
});
