import { afterEach, describe, expect, it } from 'vitest';
import { TestApp, TEST_OFFICE } from '../../testing/factories';
import { completeSetup } from '../../office/setup';

let app: TestApp | undefined;
afterEach(() => app?.close());

describe('office setup and sign-in', () => {
  it('records the office, its unit with the list version, and signs the administrator in', async () => {
    app = TestApp.open();
    expect(await app.ok('app.status', {})).toMatchObject({ setUp: false, office: null, user: null, cryptoSelfTest: { ok: true, failed: [] } });
    const admin = await app.ok('setup.complete', TEST_OFFICE);
    expect(admin).toMatchObject({ name: 'Quản trị', role: 'admin' });
    const status = await app.ok('app.status', {});
    expect(status.office).toMatchObject({ level: 'province', unitCode: '20', unitName: 'Tỉnh Lạng Sơn', unitListVersion: 'VN-2025' });
    expect(status.office?.installationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(status.user?.id).toBe(admin.id);
  });

  it('refuses a unit whose level does not match', async () => {
    app = TestApp.open();
    const result = await app.call('setup.complete', { ...TEST_OFFICE, level: 'district' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'unitCode' }] } });
    expect((await app.ok('app.status', {})).setUp).toBe(false);
  });

  it('offers the pre-reform districts of Lạng Sơn with their communes', async () => {
    app = TestApp.open();
    const districts = await app.ok('units.list', { listVersion: 'VN-2004', level: 'district', provinceCode: '20' });
    expect(districts.map((d) => d.code).sort()).toEqual(['178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189']);
    const communes = await app.ok('units.list', { listVersion: 'VN-2004', parentCode: '178' });
    expect(communes.length).toBeGreaterThan(3);
  });

  it('lets an administrator set up without a password choose it at first sign-in', async () => {
    app = TestApp.open();
    const { oneTimeCode: issued } = await completeSetup(app.running.app, { ...TEST_OFFICE, password: null });
    const oneTimeCode = issued?.code ?? '';
    expect(await app.call('session.signIn', { name: 'quan tri', password: '' })).toMatchObject({
      ok: false,
      error: { code: 'ONE_TIME_CODE_NEEDED', messageKey: 'signIn.oneTimeCodeNeeded' },
    });
    expect(await app.call('session.signIn', { name: 'quan tri', password: '', oneTimeCode, newPassword: 'short' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'newPassword', messageKey: 'validation.passwordShort' }] },
    });
    await app.ok('session.signIn', { name: 'quan tri', password: '', oneTimeCode, newPassword: 'chosen-password' });
    await app.ok('session.signOut', {});
    expect(await app.call('session.signIn', { name: 'quan tri', password: 'another-password' })).toMatchObject({ ok: false });
    await app.ok('session.signIn', { name: 'quan tri', password: 'chosen-password' });
  });
});
