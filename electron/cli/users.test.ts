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
    // The administrator chooses a password at first sign-in and adds a clerk, as in the app window.
    const running = startApp({ dataDir: dir, isTrustedSender: () => true });
    const session = { user: null };
    const call = (name: 'session.signIn' | 'users.add', input: unknown) => running.router(name, input, { app: running.app, session, sender: { kind: 'cli' } });
    await call('session.signIn', { name: 'quan tri', password: '', newPassword: TEST_OFFICE.password });
    await call('users.add', { name: 'Nguyễn Văn An', role: 'clerk', password: 'mat-khau-an' });
    running.close();

    out = [];
    expect(await cli('users', 'list')).toBe(0);
    expect(out.join('\n')).toContain('Nguyễn Văn An\tCán bộ nhập liệu\tĐang sử dụng\tMật khẩu: Đã đặt');

    out = [];
    expect(await cli('users', 'reset-password', 'nguyen van an')).toBe(0);
    expect(out.join('\n')).toBe('Đã đặt lại mật khẩu của Nguyễn Văn An. Ở lần đăng nhập tới, Nguyễn Văn An sẽ đặt mật khẩu mới.');
    out = [];
    expect(await cli('users', 'list', '--json')).toBe(0);
    expect(JSON.parse(out.join('\n'))).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Nguyễn Văn An', passwordSet: false })]));

    out = [];
    expect(await cli('users', 'reset-password', 'Không Có Ai', '--json')).toBe(1);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ ok: false, error: { code: 'USER_NOT_FOUND' } });
    expect(err.join('\n')).toContain('Không tìm thấy người dùng này');
    expect(await cli('users', 'reset-password')).toBe(2);
  });
});
