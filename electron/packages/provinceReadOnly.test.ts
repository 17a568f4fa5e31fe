// At the province an office's records are read-only, and their histories name people (issue 16, defect 9).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../testing/factories';
import { staffFields } from '../training/testing';
import { addBusiness, exportFrom, openLink, type Link } from './linkTesting';

describe('an office’s records at the province', () => {
  let link: Link;
  beforeAll(async () => {
    link = await openLink(1);
  }, 60_000);
  afterAll(() => link.close());

  it('are refused for editing with a Vietnamese message naming the office, and their history names who changed them', async () => {
    const [office] = link.offices as [TestApp];
    await office.ok('users.add', { name: 'Nông Văn Khải', role: 'clerk', password: 'mat-khau-khai' });
    await office.ok('session.signIn', { name: 'Nông Văn Khải', password: 'mat-khau-khai' });
    const business = await addBusiness(office, 'Karaoke Sao Mai', { type: 'karaoke' });
    await office.ok('businesses.update', { id: business.id, fields: { ...business, phone: '0205 3870 999' } });
    const person = await office.ok('staff.create', staffFields());
    await link.province.ok('packages.import', { file: await exportFrom(office, link.dir), dryRun: false });

    const province = link.province;
    const officeName = office.running.app.office()?.officeName ?? '';
    expect(await province.ok('records.origin', { table: 'business', id: business.id })).toEqual({ officeName });
    const edit = await province.call('businesses.update', { id: business.id, fields: { ...business, phone: '0000' } });
    expect(edit.ok ? null : edit.error).toMatchObject({ code: 'IMPORTED_RECORD', messageKey: 'records.importedReadOnly', params: { office: officeName } });
    const close = await province.call('businesses.close', { id: business.id });
    expect(close.ok ? null : close.error.code).toBe('IMPORTED_RECORD');
    const staff = await province.call('staff.update', { id: person.id, fields: staffFields({ fullName: 'Tên khác' }) });
    expect(staff.ok ? null : staff.error.code).toBe('IMPORTED_RECORD');
    expect((await province.ok('businesses.get', { id: business.id })).phone).toBe('0205 3870 999');

    const history = await province.ok('businesses.history', { id: business.id });
    expect(history.map((h) => h.changedBy)).toEqual(history.map(() => 'Nông Văn Khải'));

    // The province's own records stay editable, and say nothing about an origin.
    const own = await addBusiness(province, 'Nhà nghỉ của tỉnh');
    expect(await province.ok('records.origin', { table: 'business', id: own.id })).toBeNull();
    expect((await province.ok('businesses.update', { id: own.id, fields: { ...own, phone: '0205 1111 222' } })).phone).toBe('0205 1111 222');
  }, 60_000);
});
