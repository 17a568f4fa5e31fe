import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../db/audit';
import { businessFields, TestApp, TEST_OFFICE } from '../testing/factories';
import { auditSafe } from './callAudit';

let app: TestApp | undefined;
afterEach(() => app?.close());

async function entries(testApp: TestApp, filters: { action?: string; record?: string; user?: string } = {}) {
  return (await testApp.ok('audit.list', { ...filters, limit: 500 })).rows;
}

describe('activity log through the API', () => {
  it('keeps an intact chain over many writes through the handlers, each with its user', async () => {
    app = await TestApp.withOffice();
    for (let i = 0; i < 40; i += 1) {
      const created = await app.ok('businesses.create', businessFields({ name: `Nhà nghỉ ${i}`, registrationNo: `14A${i}` }));
      await app.ok('businesses.update', { id: created.id, fields: businessFields({ name: `Nhà nghỉ ${i}`, registrationNo: `14A${i}`, phone: '0912 000 111' }) });
    }
    const verification = await app.ok('audit.verify', {});
    expect(verification).toMatchObject({ ok: true });
    expect(verification.entries).toBeGreaterThanOrEqual(81);
    const updates = await entries(app, { action: 'businesses.update' });
    expect(updates).toHaveLength(40);
    expect(updates[0]).toMatchObject({ action: 'record.update', via: 'businesses.update', userName: TEST_OFFICE.adminName, fields: ['phone'] });
  });

  it('records which fields a create and an update set, once per change (no second entry for the call)', async () => {
    app = await TestApp.withOffice();
    const created = await app.ok('businesses.create', businessFields({ notes: '' }));
    await app.ok('businesses.update', { id: created.id, fields: businessFields({ notes: '', ownerName: 'Trần Văn Bình', workersTotal: 9 }) });
    await app.ok('businesses.close', { id: created.id });
    const rows = await entries(app, { record: 'nha nghi hoang anh' });
    expect(rows.map((r) => [r.via, r.action, r.fields])).toEqual([
      ['businesses.close', 'record.update', ['status']],
      ['businesses.update', 'record.update', ['owner_name', 'workers_total']],
      ['businesses.create', 'record.create', expect.arrayContaining(['name', 'owner_name', 'registration_no'])],
    ]);
    expect(await entries(app, { action: 'businesses.create' })).toHaveLength(1);
  });

  it('logs sign-in, a failed sign-in with the typed name but never the password, and sign-out', async () => {
    app = await TestApp.withOffice();
    await app.ok('session.signOut', {});
    const failed = await app.call('session.signIn', { name: 'quan tri', password: 'doan-sai-mat-khau' });
    expect(failed).toMatchObject({ ok: false, error: { code: 'SIGN_IN_FAILED' } });
    await app.ok('session.signIn', { name: TEST_OFFICE.adminName, password: TEST_OFFICE.password });
    const rows = await entries(app);
    expect(rows.slice(0, 3).map((r) => [r.action, r.userName])).toEqual([
      ['session.signIn', TEST_OFFICE.adminName],
      ['session.signIn.failed', null],
      ['session.signOut', TEST_OFFICE.adminName],
    ]);
    expect(rows[1]?.detail).toMatchObject({ input: { name: 'quan tri' }, error: 'SIGN_IN_FAILED' });
    const stored = JSON.stringify(app.running.app.db.prepare('SELECT * FROM audit_log').all());
    expect(stored).not.toContain('doan-sai-mat-khau');
    expect(stored).not.toContain(TEST_OFFICE.password);
  });

  it('does not log reads', async () => {
    app = await TestApp.withOffice();
    const before = (await app.ok('audit.list', {})).total;
    await app.ok('businesses.list', {});
    await app.ok('units.communes', {});
    await app.ok('app.status', {});
    await app.ok('audit.verify', {});
    expect((await app.ok('audit.list', {})).total).toBe(before);
  });

  it('logs an export with the file name and size, and exports the log itself as .xlsx in Vietnamese', async () => {
    app = await TestApp.withOffice();
    await app.ok('businesses.create', businessFields());
    await app.ok('businesses.export', {});
    const [exported] = await entries(app, { action: 'businesses.export' });
    expect(exported?.detail).toMatchObject({ result: { fileName: expect.stringMatching(/\.xlsx$/) as unknown, bytes: { size: expect.any(Number) as unknown } } });

    const file = await app.ok('audit.export', { user: '', record: '', action: null, since: null, before: null });
    expect(file).toMatchObject({ truncated: false, rows: 3 }); // setup, create, export
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.bytes, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Nhật ký hoạt động');
    const values = sheet?.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : [])) ?? [];
    expect(values[1]).toEqual(['Số', 'Thời gian', 'Người dùng', 'Thao tác', 'Hồ sơ', 'Trường thay đổi', 'Chi tiết']);
    expect(values.flat()).toContain('Thêm cơ sở kinh doanh');
    expect(values.flat()).toContain('Cơ sở kinh doanh: Nhà nghỉ Hoàng Anh');
    expect(await entries(app, { action: 'audit.export' })).toHaveLength(1);
    expect(verifyAuditChain(app.running.app.db).ok).toBe(true);
  });

  it('filters by user, date range and action, newest first, paged', async () => {
    app = await TestApp.withOffice();
    await app.ok('businesses.create', businessFields());
    const all = await app.ok('audit.list', {});
    expect(all.rows.map((r) => r.seq)).toEqual([...all.rows.map((r) => r.seq)].sort((a, b) => b - a));
    expect((await app.ok('audit.list', { user: 'quan tri' })).total).toBe(all.total);
    expect((await app.ok('audit.list', { user: 'nobody' })).total).toBe(0);
    expect((await app.ok('audit.list', { since: '2000-01-01T00:00:00.000Z', before: '2001-01-01T00:00:00.000Z' })).total).toBe(0);
    expect((await app.ok('audit.list', { since: '2000-01-01T00:00:00.000Z' })).total).toBe(all.total);
    expect((await app.ok('audit.list', { action: 'setup.complete' })).total).toBe(1);
    expect((await app.ok('audit.list', { limit: 1, offset: 1 })).rows[0]?.seq).toBe(all.rows[1]?.seq);
  });
});

describe('auditSafe', () => {
  it('drops secrets and keeps only the size of file content', () => {
    expect(
      auditSafe({ name: 'a', password: 'x', passphrase: 'y', newPassword: 'z', fileName: 'f.xlsx', bytes: 'AAAA', nested: { token: 't', note: 'n'.repeat(500) } }),
    ).toEqual({ name: 'a', fileName: 'f.xlsx', bytes: { size: 3 }, nested: { note: `${'n'.repeat(200)}…` } });
  });
});
