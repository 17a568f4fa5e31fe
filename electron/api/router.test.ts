import { afterEach, describe, expect, it } from 'vitest';
import { businessFields, TestApp, TEST_OFFICE } from '../testing/factories';

let app: TestApp | undefined;
afterEach(() => app?.close());

describe('router', () => {
  it('refuses calls from anything but a trusted sender', async () => {
    app = TestApp.open();
    const result = await app.running.router('app.status', {}, {
      app: app.running.app,
      session: app.session,
      sender: { kind: 'ipc', frameUrl: 'https://evil.example/' },
    });
    expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN_SENDER', messageKey: 'errors.forbiddenSender' } });
  });

  it('rejects unknown procedures and invalid input with message keys per field', async () => {
    app = TestApp.open();
    const unknown = await app.running.router('businesses.drop', {}, { app: app.running.app, session: app.session, sender: { kind: 'cli' } });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } });
    const invalid = await app.call('setup.complete', { ...TEST_OFFICE, officeName: '   ', password: 'short' });
    expect(invalid).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: expect.arrayContaining([
          { path: 'officeName', messageKey: 'validation.required' },
          { path: 'password', messageKey: 'validation.passwordShort' },
        ]) as unknown,
      },
    });
  });

  it('requires setup, then a signed-in user, for the register', async () => {
    app = TestApp.open();
    expect(await app.call('businesses.list', {})).toMatchObject({ ok: false, error: { code: 'NOT_SET_UP' } });
    await app.ok('setup.complete', TEST_OFFICE);
    await app.ok('session.signOut', {});
    expect(await app.call('businesses.list', {})).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    expect(await app.call('session.signIn', { name: 'quan tri', password: 'wrong-password' })).toMatchObject({
      ok: false,
      error: { messageKey: 'signIn.failed' },
    });
    // The name matches however it is typed.
    await app.ok('session.signIn', { name: 'QUẢN TRỊ', password: TEST_OFFICE.password });
    expect(await app.ok('businesses.list', {})).toEqual({ total: 0, rows: [] });
  });

  it('refuses a save (and a cancel) at once while a package is applied in its worker, and still answers reads', async () => {
    app = await TestApp.withOffice();
    let finish: () => void = () => undefined;
    const { jobId, done } = app.running.app.jobs.start('import', () => new Promise<void>((resolve) => (finish = resolve)), { holdsWriteLock: true });
    // Cancelling is a write too (it is logged): refused the same way, and the job runs on.
    expect(await app.call('jobs.cancel', { jobId })).toMatchObject({ ok: false, error: { code: 'DB_BUSY', messageKey: 'errors.db.importRunning' } });
    expect(app.running.app.jobs.get(jobId)?.state).toBe('running');
    expect(await app.call('businesses.create', businessFields({ name: 'Karaoke Hoa Mai' }))).toMatchObject({ ok: false, error: { code: 'DB_BUSY', messageKey: 'errors.db.importRunning' } });
    expect((await app.ok('businesses.list', {})).total).toBe(0);
    finish();
    await done;
    expect((await app.ok('businesses.create', businessFields({ name: 'Karaoke Hoa Mai' }))).name).toBe('Karaoke Hoa Mai');
  });

  it('does not let setup run twice', async () => {
    app = await TestApp.withOffice();
    expect(await app.call('setup.complete', TEST_OFFICE)).toMatchObject({ ok: false, error: { code: 'ALREADY_SET_UP' } });
  });
});
