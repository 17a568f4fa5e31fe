import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveUnitList } from './adminUnits';
import { businessHistory, findExistingMatches, getBusiness, insertBusiness, listBusinesses, updateBusiness } from './business';
import type { BusinessFields, BusinessQuery } from './businessTypes';
import { openDatabase, type Db } from './open';
import { businessFields, tempDataDir } from './testing';
import { embeddedUnitLists } from './units/index';

const owner = { unitCode: '20', unitListVersion: 'VN-2025' };
const stamp = { userId: 'u1', now: '2026-01-02T03:04:05.000Z' };
const query = (q: Partial<BusinessQuery> = {}): BusinessQuery => ({
  search: '',
  communeCode: null,
  type: null,
  status: null,
  sort: 'name',
  descending: false,
  offset: 0,
  limit: 100,
  ...q,
});
/** Bare businesses: only what each test sets. */
const fields = (overrides: Partial<BusinessFields>): BusinessFields =>
  businessFields({ name: 'X', type: 'karaoke', address: '', ownerName: '', phone: '', registrationNo: '', registrationDate: null, securityCertNo: '', securityCertDate: null, workersTotal: null, workersWomen: null, ...overrides });

let db: Db;
let cleanup: () => void;
beforeEach(() => {
  const temp = tempDataDir();
  cleanup = temp.cleanup;
  db = openDatabase(temp.dir);
  for (const list of embeddedUnitLists()) saveUnitList(db, list, stamp.now);
});
afterEach(() => {
  db.close();
  cleanup();
});

describe('business register queries', () => {
  it('finds "Nhà nghỉ" typed without diacritics, in any case, whatever the Unicode form', () => {
    insertBusiness(db, 'a', owner, fields({ name: 'Nhà nghỉ Hoàng Đức'.normalize('NFD'), type: 'guest_house' }), stamp);
    insertBusiness(db, 'b', owner, fields({ name: 'Karaoke Ánh Dương' }), stamp);
    expect(listBusinesses(db, query({ search: 'nha nghi' })).rows.map((r) => r.id)).toEqual(['a']);
    expect(listBusinesses(db, query({ search: 'NHÀ NGHỈ hoang duc' })).rows.map((r) => r.id)).toEqual(['a']);
    expect(listBusinesses(db, query({ search: 'duong anh' })).rows.map((r) => r.id)).toEqual(['b']);
    // Short words (under three letters) still filter.
    expect(listBusinesses(db, query({ search: 'đ' })).total).toBe(2);
    expect(listBusinesses(db, query({ search: '%' })).total).toBe(0);
  });

  it('ranks exact names, then names starting with the words, then word starts, then words inside words', () => {
    const names: [string, string, string][] = [
      ['thanh', 'An Thanh Dương', ''],
      ['street', 'Bar Hoa Mai', 'Số 4, đường Ánh Dương'],
      ['inside', 'Anh Ba Ánh Dương', ''],
      ['plaza', 'Ánh Dương Plaza', ''],
      ['exact', 'Ánh Dương', 'Số 9, đường Lê Lợi'],
      ['other', 'Nhà nghỉ Bắc Sơn', ''],
    ];
    for (const [id, name, address] of names) insertBusiness(db, id, owner, fields({ name, address }), stamp);
    const ids = (search: string, q: Partial<BusinessQuery> = {}) => listBusinesses(db, query({ search, ...q })).rows.map((r) => r.id);
    expect(ids('anh duong')).toEqual(['exact', 'plaza', 'inside', 'street', 'thanh']);
    expect(ids('ÁNH DƯƠNG')).toEqual(ids('anh duong'));
    // In name order these would be thanh, inside, exact, plaza, street.
    // Words in another order: each still starts a word of those names, which then follow name order.
    expect(ids('duong anh')).toEqual(['inside', 'exact', 'plaza', 'street', 'thanh']);
    // Short words rank the same way: "An Thanh Dương" starts with the word "an".
    expect(ids('an')[0]).toBe('thanh');
    // Another chosen order is kept as chosen.
    expect(ids('anh duong', { descending: true })).toEqual(['street', 'plaza', 'exact', 'inside', 'thanh']);
    // The count is every match, whatever page is asked for.
    expect(listBusinesses(db, query({ search: 'anh duong', limit: 2 })).total).toBe(5);
    expect(listBusinesses(db, query({ search: 'anh duong', limit: 2, offset: 4 }))).toMatchObject({ total: 5, rows: [{ id: 'thanh' }] });
    expect(listBusinesses(db, query({ search: 'anh duong', limit: 2, offset: 9 })).total).toBe(5);
    expect(listBusinesses(db, query({ search: 'anh duong', type: 'karaoke', limit: 1 })).total).toBe(5);
    expect(listBusinesses(db, query({ search: 'an', limit: 1 })).total).toBe(5);
  });

  it('sorts names the Vietnamese way and filters by commune, type and status', () => {
    for (const [id, name] of [['1', 'Ưng Hòa'], ['2', 'Anh Đào'], ['3', 'Âu Cơ'], ['4', 'Ăn Uống'], ['5', 'Đông Kinh'], ['6', 'Dân Chủ']]) {
      insertBusiness(db, id ?? '', owner, fields({ name }), stamp);
    }
    expect(listBusinesses(db, query()).rows.map((r) => r.name)).toEqual(['Anh Đào', 'Ăn Uống', 'Âu Cơ', 'Dân Chủ', 'Đông Kinh', 'Ưng Hòa']);
    expect(listBusinesses(db, query({ descending: true, limit: 2 })).rows.map((r) => r.name)).toEqual(['Ưng Hòa', 'Đông Kinh']);
    updateBusiness(db, '5', fields({ name: 'Đông Kinh', status: 'closed', communeCode: '05983' }), stamp);
    expect(listBusinesses(db, query({ status: 'closed' })).rows.map((r) => r.id)).toEqual(['5']);
    expect(listBusinesses(db, query({ communeCode: '05983' })).rows[0]?.communeName).toBe('Phường Lương Văn Tri');
    expect(listBusinesses(db, query({ type: 'hotel' })).total).toBe(0);
    expect(listBusinesses(db, query({ offset: 4, limit: 10 })).rows.map((r) => r.name)).toEqual(['Đông Kinh', 'Ưng Hòa']);
  });

  it('recognises the same business by registration number or by name and address', () => {
    insertBusiness(db, 'a', owner, fields({ name: 'Karaoke "Ánh Dương"', address: 'Số 5, Trần Đăng Ninh', registrationNo: '14A-800 1234' }), stamp);
    expect(findExistingMatches(db, { name: 'Khác', address: '', registrationNo: '14a8001234' }).byRegistration?.id).toBe('a');
    expect(findExistingMatches(db, { name: 'karaoke anh duong', address: 'so 5 tran dang ninh', registrationNo: '' }).byIdentity?.id).toBe('a');
    expect(findExistingMatches(db, { name: 'Karaoke Khác', address: 'Số 5', registrationNo: '' })).toEqual({ byRegistration: undefined, byIdentity: undefined });
  });

  it('keeps a change history of which fields changed, by whom', () => {
    insertBusiness(db, 'a', owner, fields({ name: 'Karaoke Hoa Mai', phone: '0123' }), stamp);
    updateBusiness(db, 'a', fields({ name: 'Karaoke Hoa Mai', phone: '0999', status: 'suspended' }), { userId: 'u2', now: stamp.now });
    const history = businessHistory(db, 'a');
    expect(history.map((h) => h.op)).toEqual(['I', 'U']);
    expect(history[1]?.changedBy).toBe('u2');
    expect(history[1]?.fields).toEqual([
      { field: 'phone', before: '0123', after: '0999' },
      { field: 'status', before: 'operating', after: 'suspended' },
    ]);
    expect(getBusiness(db, 'a')?.updatedBy).toBe('u2');
  });
});
