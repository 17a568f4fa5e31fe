import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliTestFolder } from '../testing/cliTestFolder';
import { runCli } from '../cli';
import { TestApp } from '../testing/factories';
import { applySettingsFile, findSettingsFile, readSettingsFile, SETTINGS_FILE_NAME } from './settingsFile';

const folder = cliTestFolder('dd-settings-');
const { out, err } = folder;

const settings = { level: 'commune', unitCode: '06211', listVersion: 'VN-2025', officeName: 'UBND xã Cao Lộc - Phòng Văn hóa - Xã hội', adminName: 'quantri' };

function writeSettings(content: string, name = SETTINGS_FILE_NAME): string {
  const file = path.join(folder.dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('unattended setup from a settings file', () => {
  it('sets the office up in the data folder the file names, and the administrator chooses the password at first sign-in', async () => {
    // Notepad saves with a byte-order mark; the data folder is relative to the file.
    const file = writeSettings(`\uFEFF${JSON.stringify({ ...settings, dataDir: 'du-lieu' })}`);
    expect(await runCli(['init', '--settings', file, '--json'])).toBe(0);
    const report = JSON.parse(out.join('\n'));
    expect(report).toMatchObject({ ok: true, office: { officeName: 'UBND xã Cao Lộc - Phòng Văn hóa - Xã hội', level: 'commune', unitCode: '06211' } });
    expect(report.dataDir).toBe(path.join(folder.dir, 'du-lieu'));

    // The app opened on that folder finds the office, and the first sign-in sets the password.
    const app = TestApp.openAt(path.join(folder.dir, 'du-lieu'));
    try {
      expect((await app.ok('app.status', {})).office?.officeName).toBe('UBND xã Cao Lộc - Phòng Văn hóa - Xã hội');
      const first = await app.call('session.signIn', { name: 'quantri', password: '', newPassword: 'mat-khau-cua-ke-gian' });
      expect(!first.ok && first.error.code).toBe('ONE_TIME_CODE_NEEDED');
      // The code init printed for IT staff is the only way in.
      await app.ok('session.signIn', { name: 'quantri', password: '', oneTimeCode: report.oneTimeCode.code, newPassword: 'mat-khau-moi-1' });
      app.session.user = null;
      expect((await app.call('session.signIn', { name: 'quantri', password: 'sai-mat-khau' })).ok).toBe(false);
      expect((await app.call('session.signIn', { name: 'QUANTRI', password: 'mat-khau-moi-1' })).ok).toBe(true);
    } finally {
      app.close();
    }
  });

  it('never overwrites an office that is already set up', async () => {
    const app = await TestApp.withOffice();
    try {
      expect(await applySettingsFile(app.running.app, readSettingsFile(writeSettings(JSON.stringify(settings))))).toBe('already-set-up');
      expect(app.running.app.office()?.officeName).toBe('Sở Y tế tỉnh Lạng Sơn');
    } finally {
      app.close();
    }
  });

  it('explains a file that is not JSON, a missing entry and an unknown unit, and sets nothing up', async () => {
    const data = path.join(folder.dir, 'data');
    expect(await runCli(['init', '--settings', writeSettings('{ "level": "district", '), '--data-dir', data])).toBe(1);
    expect(err.join('\n')).toContain('không đúng định dạng JSON');

    err.length = 0;
    const withoutName: Partial<typeof settings> = { ...settings };
    delete withoutName.officeName;
    expect(await runCli(['init', '--settings', writeSettings(JSON.stringify(withoutName)), '--data-dir', data])).toBe(1);
    expect(err.join('\n')).toContain('có mục sai hoặc thiếu');
    expect(err.join('\n')).toContain('officeName');

    err.length = 0;
    expect(await runCli(['init', '--settings', writeSettings(JSON.stringify({ ...settings, unitCode: '99999' })), '--data-dir', data])).toBe(1);
    expect(await runCli(['init', '--settings', path.join(folder.dir, 'missing.json'), '--data-dir', data])).toBe(1);
    expect(err.join('\n')).toContain('Không đọc được tệp thiết lập');

    out.length = 0;
    expect(await runCli(['db', 'check', '--data-dir', data, '--json'])).toBe(0);
    const app = TestApp.openAt(data);
    try {
      expect((await app.ok('app.status', {})).setUp).toBe(false);
    } finally {
      app.close();
    }
  });

  it('is found from --settings or beside the installed app', () => {
    expect(findSettingsFile(['--settings', 'x.json'], folder.dir)).toBe(path.resolve('x.json'));
    expect(findSettingsFile(['--settings=y.json'], folder.dir)).toBe(path.resolve('y.json'));
    expect(findSettingsFile([], folder.dir)).toBeUndefined();
    const beside = writeSettings(JSON.stringify(settings));
    expect(findSettingsFile([], folder.dir)).toBe(beside);
  });
});

describe('the IT guide example', () => {
  it('is a settings file the app accepts, for an office that still exists (no district police since 1 Mar 2025)', async () => {
    const guide = fs.readFileSync(path.join(__dirname, '../../docs/IT-GUIDE.md'), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';
    expect(guide).not.toMatch(/"officeName": "Công an (huyện|quận)/);
    const parsed = JSON.parse(example) as { dataDir?: string } & Record<string, unknown>;
    delete parsed.dataDir;
    const data = path.join(folder.dir, 'guide-data');
    expect(await runCli(['init', '--settings', writeSettings(JSON.stringify(parsed), 'guide.json'), '--data-dir', data, '--json'])).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ ok: true, office: { level: 'commune', unitCode: '06211' } });
  });
});
