import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { LOCK_FILE_NAME } from '../backup/folderLock';
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

const NOBODY = 65534;
const TSX_ENTRY = createRequire(__filename).resolve('tsx');

/** Whether every folder above `file` lets others through and the file lets them read. */
function readableByOthers(file: string): boolean {
  if ((fs.statSync(file).mode & 0o004) === 0) return false;
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if ((fs.statSync(dir).mode & 0o001) === 0) return false;
    if (path.dirname(dir) === dir) return true;
  }
}

/** Why the app cannot be run here as another user, or null: that needs root, and a checkout (say, in a 0700 mktemp folder) that user can read. */
const otherUserBlocked =
  process.getuid?.() !== 0
    ? 'not running as root, so the test cannot switch to an unprivileged user'
    : !readableByOthers(__filename) || !readableByOthers(TSX_ENTRY)
      ? `the checkout is not readable by uid ${NOBODY} (a folder above it is private)`
      : null;
if (otherUserBlocked) console.warn(`[readOnly.test] "works in a folder the user truly cannot write" skipped: ${otherUserBlocked}`);

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
  it.skipIf(otherUserBlocked !== null)('works in a folder the user truly cannot write', async () => {
    const dir = await officeFolder();
    fs.chmodSync(dir, 0o755);
    // Files are created owner-only (0600); a read-only share that this user may read is what is tested here.
    fs.chmodSync(path.join(dir, DB_FILE_NAME), 0o644);
    const tsx = pathToFileURL(TSX_ENTRY).href;
    const child = spawnSync(process.execPath, ['--import', tsx, path.join(__dirname, 'readOnlyChild.ts'), dir], {
      uid: NOBODY,
      gid: NOBODY,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, HOME: '/tmp' },
    });
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual({ readOnly: true, names: ['Nhà nghỉ Hoàng Anh'], create: REFUSED });
    // The lock file stays from the set-up run (removing a lock file races with its next opener).
    expect(fs.readdirSync(dir).sort()).toEqual([DB_FILE_NAME, LOCK_FILE_NAME].sort());
  }, 60_000);
});
