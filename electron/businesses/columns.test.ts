import { describe, it, expect } from 'vitest';
import { BusinessFields } from '../api/schemas/business';
import { vi } from '../../renderer/i18n/vi';
import { BUSINESS_COLUMNS, missingRequired, suggestMapping } from './columns';

describe('BUSINESS_COLUMNS', () => {
  it('has every BusinessFields field once, with the commune name right after the code', () => {
    const fields = BUSINESS_COLUMNS.map((c) => c.field);
    expect(fields.filter((f) => f !== 'communeName').sort()).toEqual(Object.keys(BusinessFields.shape).sort());
    expect(new Set(fields).size).toBe(fields.length);
    expect(fields.indexOf('communeName')).toBe(fields.indexOf('communeCode') + 1);
    expect(BUSINESS_COLUMNS.filter((c) => c.required).map((c) => c.field)).toEqual(['name', 'type', 'communeCode']);
    for (const c of BUSINESS_COLUMNS) expect(vi[c.headerKey]).toBeTruthy();
  });
});

describe('suggestMapping', () => {
  it('maps our own Vietnamese headers one to one', () => {
    const mapping = suggestMapping(BUSINESS_COLUMNS.map((c) => vi[c.headerKey]));
    BUSINESS_COLUMNS.forEach((c, i) => expect(mapping[c.field]).toBe(i));
  });

  it('ignores case, diacritics, Unicode form, punctuation and spacing, and takes field names', () => {
    const mapping = suggestMapping([
      'STT',
      '  TÊN CƠ SỞ (*) ',
      'Loại hình'.normalize('NFD'),
      'dia   chi',
      'communeCode',
      'Tinh trang:',
      'Business name', // English header, but the name column is already taken
      'so dang ky kinh doanh',
      'Workers (women)',
      '',
    ]);
    expect(mapping).toMatchObject({
      name: 1,
      type: 2,
      address: 3,
      communeCode: 4,
      status: 5,
      registrationNo: 7,
      workersWomen: 8,
      communeName: null,
      phone: null,
      notes: null,
    });
    expect(Object.keys(mapping).sort()).toEqual(BUSINESS_COLUMNS.map((c) => c.field).sort());
  });

  it('uses a column once, for the first header that matches', () => {
    expect(suggestMapping(['Tên cơ sở', 'Ten co so'])).toMatchObject({ name: 0 });
    expect(Object.values(suggestMapping(['Tên cơ sở', 'Ten co so'])).filter((v) => v !== null)).toEqual([0]);
  });
});

describe('headers matched by meaning', () => {
  it('reads an office\'s own words for the columns, without diacritics or case', () => {
    const mapping = suggestMapping(['STT', 'Tên cơ sở kinh doanh', 'Ngành nghề kinh doanh', 'Mã xã', 'SĐT', 'Người đại diện theo pháp luật', 'so dkkd', 'LĐ nữ', 'TRẠNG THÁI']);
    expect(mapping).toMatchObject({ name: 1, type: 2, communeCode: 3, phone: 4, ownerName: 5, registrationNo: 6, workersWomen: 7, status: 8 });
    expect(missingRequired(mapping)).toEqual([]);
    expect(suggestMapping(['Số điện thoại'])).toMatchObject({ phone: 0 });
    expect(suggestMapping(['Điện thoại'])).toMatchObject({ phone: 0 });
  });

  it('never lets a synonym take a column another field\'s exact header names', () => {
    // "Xã" is a synonym of the commune name; "Xã, phường" is the code's own header, so each keeps its column.
    expect(suggestMapping(['Xã', 'Xã, phường'])).toMatchObject({ communeCode: 1, communeName: 0 });
    // "Tên" is a synonym of the name, but the exact "Tên cơ sở" wins and "Tên" stays unused.
    const mapping = suggestMapping(['Tên', 'Tên cơ sở']);
    expect(mapping.name).toBe(1);
    expect(Object.values(mapping).filter((v) => v !== null)).toEqual([1]);
  });
});

describe('missingRequired', () => {
  it('lists required fields without a column', () => {
    expect(missingRequired({})).toEqual(['name', 'type', 'communeCode']);
    expect(missingRequired({ name: 0, type: null, communeCode: 2 })).toEqual(['type']);
    expect(missingRequired(suggestMapping(BUSINESS_COLUMNS.map((c) => vi[c.headerKey])))).toEqual([]);
  });

  it('accepts a commune-name column in place of the code', () => {
    expect(missingRequired(suggestMapping(['Tên cơ sở', 'Loại hình', 'Tên xã, phường']))).toEqual([]);
  });
});
