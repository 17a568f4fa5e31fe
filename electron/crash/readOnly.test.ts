import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../db/open';
import { translate } from '../../renderer/i18n/translate';
import { businessFields, tempDataDir, TEST_OFFICE, TestApp } from '../testing/factories';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

/** A set-up office with one business, closed as when the app was last quit. */
async function officeFolder(): Promise<string> {
  const { dir, cleanup } = tempDataDir('dd-readonly-');
  cleanups.push(cleanup);
  const app = TestApp.at(dir);
  await app.ok('setup.complete', TEST_OFFICE);
  await app.ok('businesses.create', businessFields());
  app.close();
  return dir;
}

const REFUSED = { ok: false, error: { code: 'DATA_DIR_READONLY', messageKey: 'errors.db.readonly' } };

describe('a read-only data folder', () => {
  it('starts for reading: app.status says read-only, lists work, saves are refused in Vietnamese', async () => {
    const dir = await officeFolder();
    const before = fs.readFileSync(path.join(dir, DB_FILE_NAME));
    // The write probe is forced to fail: this process runs as root, whom folder permissions do not stop.
    const app = TestApp.at(dir, { db: { canWrite: () => false } });
    cleanups.unshift(() => app.close());
    await app.ok('session.signIn', { name: TEST_OFFICE.adminName, password: TEST_OFFICE.password });

    expect((await app.ok('app.status', {})).readOnly).toBe(true);
    expect((await app.ok('businesses.list', {})).rows.map((r) => r.name)).toEqual(['Nhà nghỉ Hoàng Anh']);
    expect(await app.call('businesses.create', businessFields({ name: 'Karaoke Mới', registrationNo: 'K0000001' }))).toEqual(REFUSED);
    expect(translate('vi', 'errors.db.readonly')).toBe('Thư mục dữ liệu chỉ cho phép đọc. Hãy kiểm tra quyền ghi của thư mục');
    expect(fs.readFileSync(path.join(dir, DB_FILE_NAME)).equals(before)).toBe(true);
  });

  it('says read-only at start when there is no database to read either', () => {
    const { dir, cleanup } = tempDataDir('dd-readonly-');
    cleanups.push(cleanup);
    expect(() => TestApp.at(dir, { db: { canWrite: () => false } })).toThrow(expect.objectContaining({ messageKey: 'errors.db.readonly' }) as Error);
  });

  // The real thing: the app run as an unprivileged user over a folder owned by root, mode 0755, which
  // that user cannot write (no -shm can be created, so SQLite cannot even read the WAL database in place).
  it.skipIf(process.getuid?.() !== 0)('works in a folder the user truly cannot write', async () => {
    const dir = await officeFolder();
    fs.chmodSync(dir, 0o755);
    const tsx = pathToFileURL(createRequire(__filename).resolve('tsx')).href;
    const child = spawnSync(process.execPath, ['--import', tsx, path.join(__dirname, 'readOnlyChild.ts'), dir], {
      uid: 65534,
      gid: 65534,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, HOME: '/tmp' },
    });
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual({ readOnly: true, names: ['Nhà nghỉ Hoàng Anh'], create: REFUSED });
    expect(fs.readdirSync(dir).sort()).toEqual([DB_FILE_NAME]);
  }, 60_000);
});
