import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DB_FILE_NAME } from '../../db/open';
import { insertBusiness } from '../../db/business';
import { businessFields, tempDataDir, rawConnection } from '../../db/testing';
import { runAutomaticBackup } from '../backup/rotation';
import { flipByte, OWNER, testOffice } from '../backup/testing';
import { openDatabase } from '../../db/open';
import { runCli } from '../cli';

let dir: string;
let cleanup: () => void;
let out: string[];
let err: string[];
const extra: (() => void)[] = [];
beforeEach(() => {
  ({ dir, cleanup } = tempDataDir('dd-cli-backup-'));
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
});
afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
  for (const c of extra.splice(0)) c();
});

const cli = (...args: string[]) => runCli([...args, '--data-dir', dir]);
const json = () => JSON.parse(out.join('\n')) as { ok?: boolean; error?: { code: string }; backups?: unknown[]; rowCounts?: Record<string, number> };
const PASSPHRASE = 'mật khẩu đủ dài';

function passphraseFile(text = PASSPHRASE): string {
  const file = path.join(dir, `pass-${text.length}.txt`);
  fs.writeFileSync(file, `${text}\n`);
  return file;
}

function businessNames(): string[] {
  const db = openDatabase(dir);
  try {
    return (db.prepare('SELECT name FROM business ORDER BY name').all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
}

function addBusiness(name: string, registrationNo: string): void {
  const db = openDatabase(dir);
  try {
    insertBusiness(db, crypto.randomUUID(), OWNER, businessFields({ name, registrationNo }), { userId: null, now: '2026-03-01T08:00:00.000Z' });
  } finally {
    db.close();
  }
}

/** An office in `dir` (set up by the CLI) with one business. */
async function office(): Promise<void> {
  process.env.DISTRICT_DESK_ADMIN_PASSWORD = 'mat-khau-123';
  expect(await cli('init', '--level', 'province', '--unit', '20', '--office', 'Sở Y tế Lạng Sơn', '--admin', 'quantri')).toBe(0);
  delete process.env.DISTRICT_DESK_ADMIN_PASSWORD;
  addBusiness('Nhà nghỉ Trước', '14A0000001');
  out = [];
}

describe('backup, restore and backups list commands', () => {
  it('backs up encrypted, restores it, and the old data is back', async () => {
    await office();
    const file = path.join(dir, 'usb.ddbak');
    expect(await cli('backup', '--out', file, '--passphrase-file', passphraseFile(), '--json')).toBe(0);
    expect(json()).toMatchObject({ ok: true, encrypted: true, rowCounts: { business: 1 } });
    addBusiness('Karaoke Sau', '14A0000002');
    expect(await cli('restore', file, '--passphrase-file', passphraseFile())).toBe(0);
    expect(businessNames()).toEqual(['Nhà nghỉ Trước']);
    expect(fs.readdirSync(dir).some((n) => n.startsWith('before-restore-'))).toBe(true);
  });

  it('says that a backup without a passphrase is encrypted with the database key, and holds no name in plain bytes', async () => {
    await office();
    const file = path.join(dir, 'plain.sqlite');
    expect(await cli('backup', '--out', file)).toBe(0);
    expect(err.join('\n')).toMatch(/mã hóa bằng khóa của cơ sở dữ liệu/);
    expect(fs.readFileSync(file).includes(Buffer.from('Nhà nghỉ'))).toBe(false);
    out = [];
    expect(await cli('backup', '--out', file, '--json')).toBe(1);
    expect(json().error?.code).toBe('BAD_PATH'); // never overwrites
  });

  it('refuses a wrong passphrase with WRONG_PASSPHRASE and changes nothing', async () => {
    await office();
    const file = path.join(dir, 'usb.ddbak');
    await cli('backup', '--out', file, '--passphrase-file', passphraseFile());
    addBusiness('Karaoke Sau', '14A0000002');
    const before = fs.readFileSync(path.join(dir, DB_FILE_NAME));
    out = [];
    expect(await cli('restore', file, '--passphrase-file', passphraseFile('mật khẩu sai bét'), '--json')).toBe(1);
    expect(json().error?.code).toBe('WRONG_PASSPHRASE');
    expect(err.join('\n')).toMatch(/Mật khẩu của bản sao lưu không đúng/);
    expect(fs.readFileSync(path.join(dir, DB_FILE_NAME)).equals(before)).toBe(true);
    expect(businessNames()).toEqual(['Karaoke Sau', 'Nhà nghỉ Trước']);
  });

  it.each([
    ['truncated', (file: string) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2)), 'TRUNCATED'],
    ['altered', (file: string) => flipByte(file, -100), 'TAMPERED'],
  ] as const)('refuses a %s backup file and changes nothing', async (_label, damage, code) => {
    await office();
    const file = path.join(dir, 'usb.ddbak');
    await cli('backup', '--out', file, '--passphrase-file', passphraseFile());
    damage(file);
    addBusiness('Karaoke Sau', '14A0000002');
    out = [];
    expect(await cli('restore', file, '--passphrase-file', passphraseFile(), '--json')).toBe(1);
    expect(json().error?.code).toBe(code);
    expect(businessNames()).toEqual(['Karaoke Sau', 'Nhà nghỉ Trước']);
  });

  it('refuses a backup made by a newer app version', async () => {
    await office();
    const file = path.join(dir, 'newer.sqlite');
    await cli('backup', '--out', file);
    const newer = rawConnection(file);
    newer.pragma(`user_version = ${(newer.pragma('user_version', { simple: true }) as number) + 5}`);
    newer.close();
    out = [];
    expect(await cli('restore', file, '--json')).toBe(1);
    expect(json().error?.code).toBe('TOO_NEW');
    expect(businessNames()).toEqual(['Nhà nghỉ Trước']);
  });

  it("needs --confirm-other-office for another office's backup", async () => {
    await office();
    const other = testOffice(3, 'Công an huyện khác');
    extra.push(other.cleanup);
    const file = path.join(other.dir, 'other.sqlite');
    const { backupDatabase } = await import('../backup/snapshot');
    await backupDatabase(other.db, file);
    out = [];
    expect(await cli('restore', file, '--json')).toBe(1);
    expect(json().error?.code).toBe('OTHER_OFFICE');
    expect(businessNames()).toEqual(['Nhà nghỉ Trước']);
    expect(await cli('restore', file, '--confirm-other-office')).toBe(0);
    expect(businessNames()).toHaveLength(3);
  });

  it('lists automatic backups, even when the database is damaged', async () => {
    await office();
    const db = openDatabase(dir);
    await runAutomaticBackup(db, dir, new Date('2026-03-01T10:00:00Z'));
    db.close();
    fs.writeFileSync(path.join(dir, DB_FILE_NAME), 'hỏng hoàn toàn');
    expect(await cli('backups', 'list', '--json')).toBe(0);
    expect(json().backups).toMatchObject([{ createdAt: '2026-03-01T10:00:00.000Z' }]);
    out = [];
    expect(await cli('db', 'check', '--json')).toBe(1);
    expect(json().error?.code).toBe('DB_UNAVAILABLE');
  });

  it('exits 2 without --out', async () => {
    expect(await cli('backup')).toBe(2);
  });
});
