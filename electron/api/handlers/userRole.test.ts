// A user's role can be changed by an administrator (issue 16, defect 8): one small procedure, users.setRole.
import { afterEach, describe, expect, it } from 'vitest';
import { TestApp } from '../../testing/factories';

let app: TestApp;
afterEach(() => app.close());

describe('users.setRole', () => {
  it('changes a clerk into an inspector and back, refuses the caller\'s own role and a clerk asking', async () => {
    app = await TestApp.withOffice();
    await app.ok('session.signIn', { name: 'Quản trị', password: 'mat-khau-123' });
    const clerk = await app.ok('users.add', { name: 'Nguyễn Văn An', role: 'clerk', password: 'mat-khau-an' });
    expect((await app.ok('users.setRole', { id: clerk.id, role: 'inspector' })).role).toBe('inspector');
    expect((await app.ok('users.list', {})).find((u) => u.id === clerk.id)?.role).toBe('inspector');
    expect((await app.ok('users.setRole', { id: clerk.id, role: 'admin' })).role).toBe('admin');

    const me = (await app.ok('users.list', {})).find((u) => u.name === 'Quản trị');
    expect(await app.call('users.setRole', { id: me?.id ?? '', role: 'clerk' })).toMatchObject({ ok: false, error: { code: 'NOT_YOURSELF', messageKey: 'users.notYourselfRole' } });
    const bad = await app.call('users.setRole', { id: clerk.id, role: 'owner' as 'admin' });
    expect(bad.ok ? null : bad.error.code).toBe('VALIDATION');

    // Now An is an administrator: An demotes the first administrator, and is then the last one.
    await app.ok('users.setRole', { id: clerk.id, role: 'clerk' });
    await app.ok('session.signOut', {});
    await app.ok('session.signIn', { name: 'Nguyễn Văn An', password: 'mat-khau-an' });
    expect(await app.call('users.setRole', { id: me?.id ?? '', role: 'clerk' })).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
  });

  it('lets an administrator demote another, never themselves, so one administrator always stays', async () => {
    app = await TestApp.withOffice();
    await app.ok('session.signIn', { name: 'Quản trị', password: 'mat-khau-123' });
    const second = await app.ok('users.add', { name: 'Trần Thị Bình', role: 'admin', password: 'mat-khau-binh' });
    await app.ok('session.signOut', {});
    await app.ok('session.signIn', { name: 'Trần Thị Bình', password: 'mat-khau-binh' });
    const first = (await app.ok('users.list', {})).find((u) => u.name === 'Quản trị');
    await app.ok('users.setRole', { id: first?.id ?? '', role: 'clerk' });
    await app.ok('session.signOut', {});
    // Bình is the last administrator; nobody else is admin to demote her, and she cannot demote herself.
    await app.ok('session.signIn', { name: 'Trần Thị Bình', password: 'mat-khau-binh' });
    expect(await app.call('users.setRole', { id: second.id, role: 'clerk' })).toMatchObject({ ok: false, error: { code: 'NOT_YOURSELF' } });
  });
});
