import { afterEach, describe, expect, it } from 'vitest';
import { startApp } from '../../app';
import { businessFields, TestApp, TEST_OFFICE } from '../../testing/factories';
import type { Session } from '../context';

let app: TestApp | undefined;
afterEach(() => app?.close());

const ADMIN = { name: 'Quản trị', password: TEST_OFFICE.password };
const CLERK = { name: 'Nguyễn Văn An', password: 'mat-khau-an' };

/** An office whose clock the test moves, with a clerk who has a password. */
async function officeWithClerk(): Promise<{ app: TestApp; clock: { advance(seconds: number): void }; clerkId: string }> {
  const opened = await TestApp.withOffice();
  let now = Date.parse('2026-03-02T08:00:00.000Z');
  opened.running.app.now = () => new Date(now).toISOString();
  const clerk = await opened.ok('users.add', { name: CLERK.name, role: 'clerk', password: CLERK.password });
  return { app: opened, clock: { advance: (seconds) => (now += seconds * 1000) }, clerkId: clerk.id };
}

async function signInError(test: TestApp, name: string, password: string) {
  const result = await test.call('session.signIn', { name, password });
  return result.ok ? 'signed in' : { code: result.error.code, messageKey: result.error.messageKey, params: result.error.params };
}

describe('wrong passwords', () => {
  it('slow further tries after five in a row, growing, and a correct password after the wait resets the count', async () => {
    const office = await officeWithClerk();
    app = office.app;
    await app.ok('session.signOut', {});
    for (let i = 0; i < 4; i++) expect(await signInError(app, 'nguyen van an', 'sai-mat-khau')).toMatchObject({ code: 'SIGN_IN_FAILED' });
    expect(await signInError(app, 'nguyen van an', 'sai-mat-khau')).toEqual({
      code: 'SIGN_IN_THROTTLED',
      messageKey: 'signIn.throttled',
      params: { seconds: 30 },
    });
    // Even the right password waits.
    office.clock.advance(20);
    expect(await signInError(app, CLERK.name, CLERK.password)).toMatchObject({ code: 'SIGN_IN_THROTTLED', params: { seconds: 10 } });
    office.clock.advance(11);
    expect(await signInError(app, CLERK.name, 'sai-mat-khau')).toMatchObject({ code: 'SIGN_IN_THROTTLED', params: { seconds: 60 } });
    office.clock.advance(61);
    expect(await signInError(app, CLERK.name, 'sai-mat-khau')).toMatchObject({ code: 'SIGN_IN_THROTTLED', params: { seconds: 120 } });

    office.clock.advance(121);
    expect(await signInError(app, CLERK.name, CLERK.password)).toBe('signed in');
    await app.ok('session.signOut', {});
    expect(await signInError(app, CLERK.name, 'sai-mat-khau')).toMatchObject({ code: 'SIGN_IN_FAILED' });
  });

  it('keep the wait when the app is restarted', async () => {
    const office = await officeWithClerk();
    app = office.app;
    await app.ok('session.signOut', {});
    for (let i = 0; i < 5; i++) await signInError(app, CLERK.name, 'sai-mat-khau');

    // A restart: the first app lets go of the data folder's lock before the second takes it.
    app.running.close();
    const restarted = startApp({ dataDir: app.dataDir, isTrustedSender: (s) => s.kind === 'cli' });
    try {
      restarted.app.now = () => new Date(Date.parse(app?.running.app.now() ?? '') + 12_000).toISOString();
      const result = await restarted.router('session.signIn', CLERK, { app: restarted.app, session: { user: null }, sender: { kind: 'cli' } });
      expect(result).toMatchObject({ ok: false, error: { code: 'SIGN_IN_THROTTLED', params: { seconds: 18 } } });
    } finally {
      restarted.close();
    }
  });

  it('give an unknown name exactly the answers a known name gets', async () => {
    const office = await officeWithClerk();
    app = office.app;
    await app.ok('session.signOut', {});
    const answers = async (name: string) => {
      const seen = [];
      for (let i = 0; i < 6; i++) seen.push(await signInError(office.app, name, 'sai-mat-khau'));
      office.clock.advance(31);
      seen.push(await signInError(office.app, name, 'sai-mat-khau'));
      return seen;
    };
    const known = await answers(CLERK.name);
    expect(known.at(-1)).toMatchObject({ code: 'SIGN_IN_THROTTLED', params: { seconds: 60 } });
    expect(await answers('Không Có Ai')).toEqual(known);
  });

  it('count on the lock screen too', async () => {
    app = (await officeWithClerk()).app;
    await app.ok('session.lock', {});
    for (let i = 0; i < 4; i++) expect(await app.call('session.unlock', { password: 'sai' })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    expect(await app.call('session.unlock', { password: 'sai' })).toMatchObject({ ok: false, error: { code: 'SIGN_IN_THROTTLED' } });
    expect(await app.call('session.unlock', { password: ADMIN.password })).toMatchObject({ ok: false, error: { code: 'SIGN_IN_THROTTLED' } });
    await app.ok('session.signOut', {});
    expect(await signInError(app, ADMIN.name, ADMIN.password)).toMatchObject({ code: 'SIGN_IN_THROTTLED' });
  });
});

describe('the screen lock', () => {
  it('refuses business calls while locked, even public ones, and opens with the same user password', async () => {
    app = await TestApp.withOffice();
    await app.ok('businesses.create', businessFields());
    expect(await app.ok('session.lock', {})).toEqual({ locked: true, idleMinutes: 10 });
    expect(await app.call('businesses.list', {})).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED', messageKey: 'errors.sessionLocked' } });
    expect(await app.call('units.lists', {})).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
    expect(await app.call('session.signIn', { name: 'x', password: 'y' })).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
    expect((await app.ok('app.status', {})).lock.locked).toBe(true);

    expect(await app.call('session.unlock', { password: 'sai-mat-khau' })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    expect(await app.ok('session.unlock', { password: ADMIN.password })).toMatchObject({ locked: false });
    expect((await app.ok('businesses.list', {})).total).toBe(1);
  });

  it('lets someone else sign in after signing the locked user out', async () => {
    const office = await officeWithClerk();
    app = office.app;
    await app.ok('session.lock', {});
    await app.ok('session.signOut', {});
    await app.ok('session.signIn', CLERK);
    expect((await app.ok('app.status', {})).lock.locked).toBe(false);
    expect(await app.ok('businesses.list', {})).toMatchObject({ total: 0 });
  });

  it('locks after the idle minutes an administrator sets, from 1 to 120', async () => {
    app = await TestApp.withOffice();
    expect((await app.ok('app.status', {})).lock.idleMinutes).toBe(10);
    for (const minutes of [0, 121, 2.5]) {
      expect(await app.call('session.setIdleLock', { minutes })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'minutes' }] } });
    }
    await app.ok('session.setIdleLock', { minutes: 15 });
    expect((await app.ok('app.status', {})).lock).toEqual({ locked: false, idleMinutes: 15 });
  });
});

describe('user management', () => {
  it('tells duplicate names apart ignoring diacritics and case', async () => {
    app = (await officeWithClerk()).app;
    expect(await app.call('users.add', { name: '  NGUYEN van an ', role: 'inspector', password: null })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'name', messageKey: 'users.duplicateName', params: { name: CLERK.name } }] },
    });
    const users = await app.ok('users.list', {});
    expect(users.map((u) => [u.name, u.role, u.active, u.passwordSet])).toEqual([
      ['Quản trị', 'admin', true, true],
      [CLERK.name, 'clerk', true, true],
    ]);
  });

  it('lets a user added without a password choose it at first sign-in', async () => {
    app = await TestApp.withOffice();
    const added = await app.ok('users.add', { name: 'Lò Thị Mai', role: 'inspector' });
    expect(added).toMatchObject({ role: 'inspector', passwordSet: false, oneTimeCode: { code: expect.stringMatching(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/) } });
    await app.ok('session.signOut', {});
    expect(await signInError(app, 'lo thi mai', '')).toMatchObject({ code: 'ONE_TIME_CODE_NEEDED', messageKey: 'signIn.oneTimeCodeNeeded' });
    // Typed in lower case, without dashes: the same code.
    const typed = (added.oneTimeCode?.code ?? '').toLowerCase().replace(/-/g, ' ');
    await app.ok('session.signIn', { name: 'lo thi mai', password: '', oneTimeCode: typed, newPassword: 'mai-mat-khau' });
    await app.ok('session.signOut', {});
    expect(await signInError(app, 'lo thi mai', 'mai-mat-khau')).toBe('signed in');
  });

  it('resets a password: the old one stops working and the user chooses a new one at next sign-in', async () => {
    const office = await officeWithClerk();
    app = office.app;
    // The clerk had run into the wrong-password wait: the reset lets them in at once.
    await app.ok('session.signOut', {});
    for (let i = 0; i < 5; i++) await signInError(app, CLERK.name, 'quen-mat-khau');
    await app.ok('session.signIn', { name: ADMIN.name, password: ADMIN.password });
    const reset = await app.ok('users.resetPassword', { id: office.clerkId });
    expect(reset).toMatchObject({ passwordSet: false });
    const oneTimeCode = reset.oneTimeCode?.code ?? '';
    await app.ok('session.signOut', {});

    expect(await signInError(app, CLERK.name, CLERK.password)).toMatchObject({ code: 'ONE_TIME_CODE_NEEDED' });
    expect(await app.call('session.signIn', { name: CLERK.name, password: '', oneTimeCode, newPassword: 'ngan' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'newPassword', messageKey: 'validation.passwordShort' }] },
    });
    await app.ok('session.signIn', { name: CLERK.name, password: '', oneTimeCode, newPassword: 'mat-khau-moi' });
    await app.ok('session.signOut', {});
    expect(await signInError(app, CLERK.name, CLERK.password)).toMatchObject({ code: 'SIGN_IN_FAILED' });
    expect(await signInError(app, CLERK.name, 'mat-khau-moi')).toBe('signed in');
  });

  it('never deactivates yourself or the last active administrator; a deactivated user cannot sign in', async () => {
    const office = await officeWithClerk();
    app = office.app;
    const me = (await app.ok('app.status', {})).user;
    expect(await app.call('users.setActive', { id: me?.id ?? '', active: false })).toMatchObject({ ok: false, error: { code: 'NOT_YOURSELF' } });

    const second = await app.ok('users.add', { name: 'Hoàng Văn Bình', role: 'admin', password: 'binh-mat-khau' });
    const binh: Session = { user: null };
    const asBinh = (name: Parameters<TestApp['call']>[0], input: unknown) =>
      app?.running.router(name, input, { app: office.app.running.app, session: binh, sender: { kind: 'cli' } });
    await asBinh('session.signIn', { name: 'hoang van binh', password: 'binh-mat-khau' });
    // Bình deactivates the first administrator, whose session is still open on another seat.
    expect(await asBinh('users.setActive', { id: me?.id, active: false })).toMatchObject({ ok: true, value: { active: false } });
    expect(await app.call('users.setActive', { id: second.id, active: false })).toMatchObject({ ok: false, error: { code: 'LAST_ADMIN', messageKey: 'users.lastAdmin' } });

    await asBinh('users.setActive', { id: office.clerkId, active: false });
    await app.ok('session.signOut', {});
    expect(await signInError(app, CLERK.name, CLERK.password)).toMatchObject({ code: 'SIGN_IN_FAILED' });
    await asBinh('users.setActive', { id: office.clerkId, active: true });
    expect(await signInError(app, CLERK.name, CLERK.password)).toBe('signed in');
  });

  it('is for administrators; everyone changes their own password with the current one', async () => {
    app = (await officeWithClerk()).app;
    await app.ok('session.signOut', {});
    await app.ok('session.signIn', CLERK);
    expect(await app.call('users.list', {})).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    expect(await app.call('session.setIdleLock', { minutes: 30 })).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    expect(await app.call('users.changePassword', { currentPassword: 'sai', newPassword: 'mat-khau-moi' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'currentPassword', messageKey: 'users.wrongPassword' }] },
    });
    await app.ok('users.changePassword', { currentPassword: CLERK.password, newPassword: 'mat-khau-moi' });
    await app.ok('session.signOut', {});
    expect(await signInError(app, CLERK.name, 'mat-khau-moi')).toBe('signed in');
  });
});
