import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDataDir } from '../../db/testing';
import { runCli } from '../cli';
import { startApp } from '../app';
import { TEST_OFFICE } from '../testing/factories';

let dir: string;
let cleanup: () => void;
let out: string[];
let err: string[];
beforeEach(() => {
  ({ dir, cleanup } = tempDataDir('dd-cli-users-'));
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
});
afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
});

const cli = (...args: string[]) => runCli([...args, '--data-dir', dir]);

describe('users commands', () => {
  it('list users and reset a locked-out clerk, who then chooses a new password', async () => {
    expect(await cli('init', '--level', 'province', '--unit', '20', '--office', 'Sở Y tế Lạng Sơn', '--admin', 'Quản trị')).toBe(0);
    // init prints the first administrator's one-time code for IT staff.
    const printed = /Mã dùng một lần cho Quản trị: ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}) \(dùng được đến /.exec(out.join('\n'));
    expect(printed).not.toBeNull();
    // The administrator chooses a password at first sign-in and adds a clerk, as in the app window.
    const running = startApp({ dataDir: dir, isTrustedSender: () => true });
    const session = { user: null };
    const call = (name: 'session.signIn' | 'users.add', input: unknown) => running.router(name, input, { app: running.app, session, sender: { kind: 'cli' } });
    await call('session.signIn', { name: 'quan tri', password: '', oneTimeCode: printed?.[1], newPassword: TEST_OFFICE.password });
    await call('users.add', { name: 'Nguyễn Văn An', role: 'clerk', password: 'mat-khau-an' });
    running.close();

    out = [];
    expect(await cli('users', 'list')).toBe(0);
    expect(out.join('\n')).toContain('Nguyễn Văn An\tCán bộ nhập liệu\tĐang sử dụng\tMật khẩu: Đã đặt');

    out = [];
    expect(await cli('users', 'reset-password', 'nguyen van an')).toBe(0);
    expect(out.join('\n')).toMatch(
      /^Đã đặt lại mật khẩu của Nguyễn Văn An\. Ở lần đăng nhập tới, Nguyễn Văn An nhập mã dùng một lần và đặt mật khẩu mới\.\nMã dùng một lần cho Nguyễn Văn An: [A-Z2-9-]{14} \(dùng được đến /,
    );
    out = [];
    expect(await cli('users', 'list', '--json')).toBe(0);
    expect(JSON.parse(out.join('\n'))).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Nguyễn Văn An', passwordSet: false })]));

    out = [];
    expect(await cli('users', 'reset-password', 'Không Có Ai', '--json')).toBe(1);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ ok: false, error: { code: 'USER_NOT_FOUND' } });
    expect(err.join('\n')).toContain('Không tìm thấy người dùng này');
    expect(await cli('users', 'reset-password')).toBe(2);
  });

  it("unlock clears the wrong-password wait someone caused by typing the administrator's name", async () => {
    expect(await cli('init', '--level', 'province', '--unit', '20', '--office', 'Sở Y tế Lạng Sơn', '--admin', 'Quản trị')).toBe(0);
    const code = /([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})/.exec(out.join('\n'))?.[1];
    const running = startApp({ dataDir: dir, isTrustedSender: () => true });
    const call = (input: unknown) => running.router('session.signIn', input, { app: running.app, session: { user: null }, sender: { kind: 'cli' } });
    expect(await call({ name: 'quan tri', password: '', oneTimeCode: code, newPassword: TEST_OFFICE.password })).toMatchObject({ ok: true });
    for (let i = 0; i < 6; i++) await call({ name: 'Quản trị', password: 'doan-bua' });
    expect(await call({ name: 'quan tri', password: TEST_OFFICE.password })).toMatchObject({ ok: false, error: { code: 'SIGN_IN_THROTTLED' } });
    running.close();

    out = [];
    expect(await cli('users', 'unlock', 'quan tri')).toBe(0);
    expect(out.join('\n')).toBe('Đã xóa thời gian chờ do nhập sai mật khẩu của Quản trị.');
    const again = startApp({ dataDir: dir, isTrustedSender: () => true });
    try {
      const result = await again.router('session.signIn', { name: 'quan tri', password: TEST_OFFICE.password }, { app: again.app, session: { user: null }, sender: { kind: 'cli' } });
      expect(result).toMatchObject({ ok: true });
      // Not reachable from the window: a clerk's devtools cannot clear anyone's wait.
      const fromWindow = await again.router('users.unlock', { name: 'quan tri' }, { app: again.app, session: { user: null }, sender: { kind: 'ipc', frameUrl: 'app://district-desk/' } });
      expect(fromWindow).toMatchObject({ ok: false, error: { code: 'CLI_ONLY' } });
    } finally {
      again.close();
    }
  });
});
