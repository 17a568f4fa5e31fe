import { afterEach, describe, expect, it } from 'vitest';
import { formatRecoveryKey, newDbKey } from '../../../db/key';
import { tempDataDir } from '../../../db/testing';
import { TEST_OFFICE, TestApp } from '../../testing/factories';

const apps: TestApp[] = [];
const cleanups: (() => void)[] = [];
afterEach(() => {
  apps.splice(0).forEach((a) => a.close());
  cleanups.splice(0).forEach((c) => c());
});

describe('office.recoveryKey', () => {
  it('gives an administrator the recovery key of the key the database is open with, and logs it; nobody else', async () => {
    const { dir, cleanup } = tempDataDir();
    cleanups.push(cleanup);
    const key = newDbKey();
    const app = TestApp.at(dir, { db: { key } });
    apps.push(app);
    expect(await app.call('office.recoveryKey', {})).toMatchObject({ ok: false });
    await app.ok('setup.complete', TEST_OFFICE);
    expect(await app.ok('office.recoveryKey', {})).toEqual({ recoveryKey: formatRecoveryKey(key) });
    await app.ok('session.signOut', {});
    expect(await app.call('office.recoveryKey', {})).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    const actions = app.running.app.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'office.recoveryKey'").get() as { n: number };
    expect(actions.n).toBe(1);
  });
});
