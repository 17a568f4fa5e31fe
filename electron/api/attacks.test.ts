import { listAudit } from '../../db/audit';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost, type Host } from '../../e2e/host';
import { openLink, type Link } from '../packages/linkTesting';
import { tempDataDir, TestApp, TEST_OFFICE, WINDOW_SENDER } from '../testing/factories';
import type { Session } from './context';

// Attacks of issue 13 (items 2 and 5), each performed against the real router and handlers.

let app: TestApp | undefined;
let link: Link | undefined;
let host: Host | undefined;
const cleanups: (() => void)[] = [];
afterEach(async () => {
  app?.close();
  link?.close();
  await host?.close();
  for (const c of cleanups.splice(0)) c();
  app = link = host = undefined;
});

function folder(): string {
  const { dir, cleanup } = tempDataDir('dd-attack-');
  cleanups.push(cleanup);
  return dir;
}

describe('claimable accounts', () => {
  it("a clerk who saw the administrator's reset in the activity log cannot set the administrator's password", async () => {
    app = await TestApp.withOffice();
    await app.ok('users.add', { name: 'Văn thư An', role: 'clerk', password: 'an-mat-khau-1' });
    // A second administrator resets the first one's password (forgotten); the code goes to the first one by hand.
    const admins = await app.ok('users.list', {});
    const first = admins.find((u) => u.role === 'admin');
    const reset = await app.ok('users.resetPassword', { id: first?.id ?? '' });
    expect(reset.oneTimeCode?.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await app.ok('session.signOut', {});

    const clerk: Session = { user: null };
    const asClerk = (name: 'session.signIn' | 'audit.list', input: unknown) => app?.callFrom(WINDOW_SENDER, name, input as never, clerk);
    expect(await asClerk('session.signIn', { name: 'van thu an', password: 'an-mat-khau-1' })).toMatchObject({ ok: true });
    // The clerk no longer sees the administrator's entries; the reset is in the administrator's log, without the code.
    expect(await asClerk('audit.list', { action: 'users.resetPassword' })).toMatchObject({ ok: true, value: { total: 0 } });
    const log = listAudit(app.running.app.db, { action: 'users.resetPassword' });
    expect(JSON.stringify(log)).toContain('users.resetPassword');
    expect(JSON.stringify(log)).not.toContain(reset.oneTimeCode?.code ?? 'none');

    const claim = { name: TEST_OFFICE.adminName, password: '', newPassword: 'mat-khau-cua-van-thu' };
    const seat: Session = { user: null };
    expect(await app.callFrom(WINDOW_SENDER, 'session.signIn', claim, seat)).toMatchObject({ ok: false, error: { code: 'ONE_TIME_CODE_NEEDED' } });
    for (let i = 0; i < 4; i++) {
      expect(await app.callFrom(WINDOW_SENDER, 'session.signIn', { ...claim, oneTimeCode: `AAAA-BBBB-CCC${i + 2}` }, seat)).toMatchObject({
        ok: false,
        error: { code: 'ONE_TIME_CODE_WRONG' },
      });
    }
    // Guessing is slowed like passwords: even the right code waits now.
    expect(await app.callFrom(WINDOW_SENDER, 'session.signIn', { ...claim, oneTimeCode: 'AAAA-BBBB-CCCC' }, seat)).toMatchObject({ ok: false, error: { code: 'SIGN_IN_THROTTLED' } });
    expect(seat.user).toBeNull();
    expect(app.running.app.db.prepare('SELECT password_hash FROM app_user WHERE id = ?').get(first?.id)).toEqual({ password_hash: '' });
  });

  it('an expired code sets nothing', async () => {
    app = await TestApp.withOffice();
    let now = Date.parse('2026-03-02T08:00:00.000Z');
    app.running.app.now = () => new Date(now).toISOString();
    const added = await app.ok('users.add', { name: 'Lò Thị Mai', role: 'inspector' });
    await app.ok('session.signOut', {});
    now += 73 * 3600_000;
    expect(await app.call('session.signIn', { name: 'lo thi mai', password: '', oneTimeCode: added.oneTimeCode?.code ?? '', newPassword: 'mai-mat-khau' })).toMatchObject({
      ok: false,
      error: { code: 'ONE_TIME_CODE_EXPIRED' },
    });
  });
});

describe('paths from the window', () => {
  it("registrationExport naming a clerk's document is refused from the window, and nothing is ever overwritten", async () => {
    app = await TestApp.withOffice();
    const dir = folder();
    const document = path.join(dir, 'bao-cao-cua-toi.docx');
    fs.writeFileSync(document, 'tài liệu của cán bộ');
    expect(await app.callFrom(WINDOW_SENDER, 'packages.registrationExport', { out: document })).toMatchObject({ ok: false, error: { code: 'CLI_ONLY' } });
    expect(await app.callFrom(WINDOW_SENDER, 'packages.keysExport', { out: path.join(dir, 'k'), passphrase: 'mot-cau-rat-dai-de-nho' })).toMatchObject({ ok: false, error: { code: 'CLI_ONLY' } });
    expect(await app.callFrom(WINDOW_SENDER, 'packages.keysRotate', { out: path.join(dir, 'r') })).toMatchObject({ ok: false, error: { code: 'CLI_ONLY' } });
    // Even from the command line: no overwrite, no relative path, no network share.
    expect(await app.call('packages.registrationExport', { out: document })).toMatchObject({ ok: false, error: { code: 'FILE_EXISTS' } });
    expect(fs.readFileSync(document, 'utf8')).toBe('tài liệu của cán bộ');
    expect(await app.call('packages.registrationExport', { out: 'dang-ky.json' })).toMatchObject({ ok: false, error: { code: 'BAD_PATH', messageKey: 'paths.notAbsolute' } });
    expect(await app.call('packages.registrationExport', { out: '//may-chu/chia-se/dang-ky.json' })).toMatchObject({ ok: false, error: { code: 'BAD_PATH', messageKey: 'paths.notLocal' } });
    expect(fs.existsSync(path.join(process.cwd(), 'dang-ky.json'))).toBe(false);
  });

  it('a folder typed by the window is refused; the handle of the dialog works, for what it was chosen for only', async () => {
    app = await TestApp.withOffice();
    const dir = folder();
    expect(await app.callFrom(WINDOW_SENDER, 'packageScreens.configExport', { folder: dir })).toMatchObject({ ok: false, error: { code: 'BAD_PATH', messageKey: 'paths.notChosen' } });
    const handle = app.running.app.paths.grant(dir, 'folder');
    const written = await app.callFrom(WINDOW_SENDER, 'packageScreens.configExport', { folder: handle });
    expect(written).toMatchObject({ ok: true });
    expect(written.ok && path.dirname(written.value.file)).toBe(dir);
    expect(await app.callFrom(WINDOW_SENDER, 'packages.configImport', { file: handle, fingerprint: null })).toMatchObject({
      ok: false,
      error: { code: 'BAD_PATH', messageKey: 'paths.handleWrongKind' },
    });
    expect(await app.callFrom(WINDOW_SENDER, 'packages.configImport', { file: 'dd-path:AAAAAAAAAAAAAAAAAAAAAAAA', fingerprint: null })).toMatchObject({
      ok: false,
      error: { messageKey: 'paths.handleUnknown' },
    });
  });

  it('receiptImport of /dev/zero stops at the bound instead of reading forever', async () => {
    link = await openLink(1);
    const [office] = link.offices;
    if (!office || !fs.existsSync('/dev/zero')) return;
    const before = process.memoryUsage().rss;
    expect(await office.call('packages.receiptImport', { file: '/dev/zero' })).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });
});

describe('the idle lock', () => {
  it('is kept by the router: a call after the idle time locks the seat even with no window timer', async () => {
    app = await TestApp.withOffice();
    let now = 1_000;
    app.running.app.elapsedMs = () => now;
    await app.ok('session.setIdleLock', { minutes: 5 });
    const fromWindow = (name: 'businesses.list' | 'session.activity' | 'app.status') => app?.callFrom(WINDOW_SENDER, name, {});
    await fromWindow('businesses.list');
    now += 4 * 60_000;
    // The window reports keyboard activity: the clock starts again.
    await fromWindow('session.activity');
    now += 4 * 60_000;
    expect(await fromWindow('businesses.list')).toMatchObject({ ok: true });
    now += 5 * 60_000;
    // The status poll is not activity, and tells the window it is locked.
    expect(await fromWindow('app.status')).toMatchObject({ ok: true, value: { lock: { locked: true } } });
    expect(await fromWindow('businesses.list')).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
    expect(await app.callFrom(WINDOW_SENDER, 'session.unlock', { password: TEST_OFFICE.password })).toMatchObject({ ok: true });
    expect(await fromWindow('businesses.list')).toMatchObject({ ok: true });
  });
});

function post(url: string, name: string, token: string, hostHeader: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const target = new URL(`api/${name}`, url);
    const req = http.request(
      { host: '127.0.0.1', port: target.port, path: target.pathname, method: 'POST', headers: { host: hostHeader, 'x-dd-token': token, 'content-type': 'application/json' } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve(body));
      },
    );
    req.on('error', reject);
    req.end('{}');
  });
}

describe('the loopback host', () => {
  it('answers only requests for 127.0.0.1 and its own port, token or not', async () => {
    host = await startHost({ dataDir: folder() });
    const port = new URL(host.url).port;
    expect(JSON.parse(await post(host.url, 'app.status', host.token, `127.0.0.1:${port}`))).toMatchObject({ ok: true });
    for (const other of [`evil.example:${port}`, `localhost:${port}`, '127.0.0.1:1']) {
      expect(JSON.parse(await post(host.url, 'app.status', host.token, other))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    }
  });
});
