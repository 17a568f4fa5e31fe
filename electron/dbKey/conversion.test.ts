import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addBusinesses, snapshotRows, testOffice } from '../backup/testing';
import { connect, CONVERSION_STEPS, encryptDataFolder } from '../../db/encryption';
import { isPlainSqliteFile, rekeyPragma } from '../../db/key';
import { DB_FILE_NAME, openDatabase } from '../../db/open';
import { rawConnection, tempDataDir, TEST_DB_KEY } from '../../db/testing';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/**
 * A data folder as an install from before encryption left it: a plain database (with rows in its
 * WAL not yet checkpointed) and a plain automatic backup.
 */
function plainOffice(): { dir: string; rows: ReturnType<typeof snapshotRows> } {
  const office = testOffice(30);
  cleanups.push(office.cleanup);
  fs.mkdirSync(path.join(office.dir, 'backups'), { recursive: true });
  office.db.close();
  const file = path.join(office.dir, DB_FILE_NAME);
  // SQLite3MultipleCiphers decrypts a database with an empty rekey; WAL mode refuses rekeying.
  const db = rawConnection(file);
  db.pragma('journal_mode = DELETE');
  db.pragma("rekey = ''");
  db.close();
  expect(isPlainSqliteFile(file)).toBe(true);
  fs.copyFileSync(file, path.join(office.dir, 'backups', 'district-desk-20260301-080000.sqlite'));
  const plain = connect(file);
  plain.pragma('journal_mode = WAL');
  addBusinesses(plain, 3, 'Karaoke Hoa Hồng');
  const rows = snapshotRows(plain);
  // The state a crash leaves (the last rows only in the -wal): copied before close checkpoints it.
  plain.pragma('wal_autocheckpoint = 0');
  const main = fs.readFileSync(file);
  const wal = fs.readFileSync(`${file}-wal`);
  plain.close();
  fs.writeFileSync(file, main);
  fs.writeFileSync(`${file}-wal`, wal);
  return { dir: office.dir, rows };
}

function runChild(dir: string, killAfter: string): number | null {
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'conversionChild.ts'), dir, killAfter, TEST_DB_KEY.toString('hex')], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (child.status !== null && child.status !== 0) throw new Error(child.stderr);
  return child.status;
}

const STRACE = spawnSync('strace', ['-V']).status === 0 ? null : 'strace is not installed';

/** The conversion child with one system call failing (strace fault injection), as a full or failing disk would. */
function runChildFailing(dir: string, syscalls: string, when: number): number | null {
  const child = spawnSync(
    'strace',
    ['-f', '-o', '/dev/null', '-e', `trace=${syscalls}`, '-e', `inject=${syscalls}:error=EIO:when=${when}`, process.execPath, '--import', 'tsx', path.join(__dirname, 'conversionChild.ts'), dir, 'never', TEST_DB_KEY.toString('hex')],
    { encoding: 'utf8', timeout: 60_000 },
  );
  return child.status;
}

describe('encryption at rest', () => {
  it('writes nothing readable: the database and its WAL hold no name in plain bytes', () => {
    const office = testOffice(5);
    cleanups.push(office.cleanup);
    addBusinesses(office.db, 1, 'Nhà hàng Bí Mật');
    const file = path.join(office.dir, DB_FILE_NAME);
    for (const f of [file, `${file}-wal`]) {
      if (fs.existsSync(f)) expect(fs.readFileSync(f).includes(Buffer.from('Bí Mật'))).toBe(false);
    }
    expect(isPlainSqliteFile(file)).toBe(false);
  });

  it('refuses to open without the key, and with another key', () => {
    const office = testOffice(1);
    cleanups.push(office.cleanup);
    office.db.close();
    expect(() => openDatabase(office.dir, { key: Buffer.alloc(32, 7) })).toThrow(expect.objectContaining({ code: 'DB_KEY_WRONG' }));
    const saved = process.env.DISTRICT_DESK_DB_KEY;
    delete process.env.DISTRICT_DESK_DB_KEY;
    try {
      expect(() => openDatabase(office.dir)).toThrow(expect.objectContaining({ code: 'DB_KEY_MISSING' }));
    } finally {
      process.env.DISTRICT_DESK_DB_KEY = saved;
    }
  });

  it('converts a plain data folder once, in place: the database, its WAL rows and the old backups', () => {
    const { dir, rows } = plainOffice();
    const converted = encryptDataFolder(dir, TEST_DB_KEY);
    expect(converted.map((f) => path.basename(f)).sort()).toEqual(['district-desk-20260301-080000.sqlite', DB_FILE_NAME]);
    expect(encryptDataFolder(dir, TEST_DB_KEY)).toEqual([]);
    for (const f of converted) expect(isPlainSqliteFile(f)).toBe(false);
    const db = openDatabase(dir);
    try {
      expect(snapshotRows(db)).toEqual(rows);
    } finally {
      db.close();
    }
    expect(fs.readdirSync(dir).filter((n) => n.includes('encrypting'))).toEqual([]);
  });

  it.each(CONVERSION_STEPS)('killed after "%s": the plain database whole, or the encrypted one; reopening finishes the job', (step) => {
    const { dir, rows } = plainOffice();
    const file = path.join(dir, DB_FILE_NAME);
    expect(runChild(dir, step)).toBeNull(); // killed by its signal
    // Right after the kill, before anything else runs: one of the two whole states.
    if (isPlainSqliteFile(file)) {
      const plain = connect(file, { readonly: true });
      expect(snapshotRows(plain)).toEqual(rows);
      plain.close();
    } else {
      const encrypted = connect(file, { key: TEST_DB_KEY, readonly: true });
      expect(snapshotRows(encrypted)).toEqual(rows);
      expect(encrypted.pragma('integrity_check', { simple: true })).toBe('ok');
      encrypted.close();
    }
    const db = openDatabase(dir);
    try {
      expect(snapshotRows(db)).toEqual(rows);
    } finally {
      db.close();
    }
    expect(isPlainSqliteFile(file)).toBe(false);
    const plainLeft = fs.readdirSync(dir).filter((n) => n.includes('.encrypting'));
    expect(plainLeft).toEqual([]);
  });

  // Each file operation of the conversion failing in turn: the renames, the flushes, the copy's writes.
  it.skipIf(STRACE !== null).each([
    ['rename,renameat,renameat2', 1],
    ['fsync,fdatasync', 1],
    ['fsync,fdatasync', 2],
    ['copy_file_range,sendfile,write,pwrite64', 1],
    ['copy_file_range,sendfile,write,pwrite64', 3],
  ] as const)('a failing %s (call %i) leaves a whole database (plain, or encrypted with every row); the next open converts it', (syscalls, when) => {
    const { dir, rows } = plainOffice();
    const file = path.join(dir, DB_FILE_NAME);
    runChildFailing(dir, syscalls, when);
    const before = connect(file, isPlainSqliteFile(file) ? { readonly: true } : { key: TEST_DB_KEY, readonly: true });
    try {
      expect(snapshotRows(before)).toEqual(rows);
    } finally {
      before.close();
    }
    const db = openDatabase(dir);
    try {
      expect(snapshotRows(db)).toEqual(rows);
    } finally {
      db.close();
    }
    expect(isPlainSqliteFile(file)).toBe(false);
  }, 60_000);

  it.skipIf(process.platform === 'win32')('creates the data folder and its files owner-only, and tightens an existing folder', () => {
    const { dir: parent, cleanup } = tempDataDir();
    cleanups.push(cleanup);
    const dir = path.join(parent, 'District Desk');
    const db = openDatabase(dir);
    const file = path.join(dir, DB_FILE_NAME);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(fs.statSync(f).mode & 0o777).toBe(0o600);
    db.close();
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(file, 0o644);
    openDatabase(dir).close();
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('re-keys with SQLCipher statements only from validated bytes', () => {
    expect(() => rekeyPragma(Buffer.alloc(5))).toThrow();
  });
});
