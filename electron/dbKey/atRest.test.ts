// Issue 13 item 3, done when: a copy of the data folder and of every backup holds no readable name,
// contact or key, and the app, the CLI (with its key source) and a restore on another PC (with the
// recovery key) still open it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DB_KEY_ENV, formatRecoveryKey } from '../../db/key';
import { DB_FILE_NAME, openDatabase } from '../../db/open';
import { businessFields, tempDataDir } from '../../db/testing';
import { restoreDatabase } from '../backup/restore';
import { runAutomaticBackup } from '../backup/rotation';
import { runCli } from '../cli';
import { TEST_OFFICE, TestApp } from '../testing/factories';
import { loadDatabaseKey, type OsKeyProtection } from './keyFile';
import { createElectronDouble } from '../shell/double/electron';

const BUSINESS = 'Nhà nghỉ Sao Khuya';
const REPORTER = 'Trần Thị Báo Tin';
const CONTACT = '0912 345 678';


/** One "PC": the Electron double's safeStorage, ready, with its own secret (what one PC wraps, another cannot unwrap, as DPAPI). */
async function pcProtection(available = true): Promise<OsKeyProtection> {
  const double = createElectronDouble({ userData: path.join(os.tmpdir(), 'dd-key-double', String(process.pid)), encryptionAvailable: available });
  await double.emitReady();
  return double.safeStorage;
}

const cleanups: (() => void)[] = [];
let out: string[];
let savedEnv: string | undefined;
beforeEach(() => {
  out = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  // Nothing here may lean on the test key source: every key is named where it is used.
  savedEnv = process.env[DB_KEY_ENV];
  delete process.env[DB_KEY_ENV];
});
afterEach(() => {
  vi.restoreAllMocks();
  process.env[DB_KEY_ENV] = savedEnv;
  cleanups.splice(0).forEach((c) => c());
});

function folder(prefix: string): string {
  const { dir, cleanup } = tempDataDir(prefix);
  cleanups.push(cleanup);
  return dir;
}

function allFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** An office on "PC A": a business, a denunciation with its reporter, keys, an automatic backup and a restore's safety copy. */
async function officeOnPcA() {
  const dir = folder('dd-pc-a-');
  const pcA = await pcProtection();
  const { key } = loadDatabaseKey(dir, pcA);
  const app = TestApp.at(dir, { db: { key } });
  await app.ok('setup.complete', TEST_OFFICE);
  await app.ok('businesses.create', businessFields({ name: BUSINESS }));
  await app.ok('cases.create', {
    kind: 'denunciation',
    receivedOn: '2026-03-01',
    channel: 'phone',
    anonymous: false,
    reporterName: REPORTER,
    reporterContact: CONTACT,
    content: 'Tin báo có hoạt động mua bán dâm',
  });
  const context = app.running.app;
  const privateKeys = (context.db.prepare('SELECT private_key FROM installation_key').all() as { private_key: Buffer }[]).map((r) => r.private_key);
  expect(privateKeys.length).toBeGreaterThan(0);
  const { backup } = await runAutomaticBackup(context.db, dir, new Date('2026-03-02T01:00:00Z'), context.sqlite);
  // A restore leaves the database it replaced as before-restore-*.sqlite.
  const restored = await restoreDatabase({ ...context.sqlite, dataDir: dir, backupFile: backup.file, closeCurrent: () => context.closeDatabase(), allowOtherOffice: false });
  expect(restored.safetyCopy).not.toBeNull();
  context.reopenDatabase();
  await app.ok('session.signIn', { name: TEST_OFFICE.adminName, password: TEST_OFFICE.password });
  await app.ok('businesses.create', businessFields({ name: `${BUSINESS} 2`, registrationNo: '14A8009999' }));
  // Copied while the app runs: the -wal and -shm files come along.
  const runningCopy = path.join(folder('dd-copy-'), 'data');
  fs.cpSync(dir, runningCopy, { recursive: true });
  app.running.close();
  return { dir, runningCopy, pcA, key, privateKeys, backupFile: backup.file };
}

describe('nothing readable from a copied data folder', () => {
  it('holds no business name, reporter, contact or private key in any byte of any file, backups and safety copies included', async () => {
    const { dir, runningCopy, privateKeys } = await officeOnPcA();
    expect(fs.existsSync(path.join(runningCopy, `${DB_FILE_NAME}-wal`))).toBe(true);
    const files = [...allFiles(dir), ...allFiles(runningCopy)];
    expect(files.map((f) => path.relative(dir, f)).sort()).toEqual(
      expect.arrayContaining([DB_FILE_NAME, 'district-desk.key', expect.stringMatching(/^backups[/\\]district-desk-.*\.sqlite$/), expect.stringMatching(/^before-restore-.*\.sqlite$/)]),
    );
    const needles: Buffer[] = [BUSINESS, REPORTER, CONTACT, 'Sao Khuya', 'Báo Tin'].map((s) => Buffer.from(s, 'utf8'));
    for (const k of privateKeys) needles.push(k, Buffer.from(k.toString('hex')), Buffer.from(k.toString('base64')));
    for (const file of files) {
      const bytes = fs.readFileSync(file);
      for (const needle of needles) expect(bytes.includes(needle), `${file} contains ${needle.toString('utf8')}`).toBe(false);
    }
  });

  it('still opens: in the app (the OS-wrapped key), in the CLI with --key-file, and not without a key', async () => {
    const { dir, pcA, key } = await officeOnPcA();
    const app = TestApp.at(dir, { db: { key: loadDatabaseKey(dir, pcA).key } });
    expect(app.running.app.db.prepare('SELECT name FROM business').pluck().all()).toContain(BUSINESS);
    app.running.close();

    const keyFile = path.join(folder('dd-it-'), 'office-key.txt');
    fs.writeFileSync(keyFile, `${formatRecoveryKey(key)}\n`);
    expect(await runCli(['db', 'check', '--json', '--data-dir', dir, '--key-file', keyFile])).toBe(0);
    expect(out.join('\n')).toContain('"ok": true');
    out = [];
    expect(await runCli(['db', 'check', '--json', '--data-dir', dir])).toBe(1);
    expect(out.join('\n')).toContain('DB_KEY_MISSING');
    expect(process.env[DB_KEY_ENV]).toBeUndefined();
  });

  it('restores on another PC with the recovery key, re-keyed for that PC; without it the backup is refused', async () => {
    const { key: keyA, backupFile } = await officeOnPcA();
    const usb = folder('dd-usb-');
    const copied = path.join(usb, path.basename(backupFile));
    fs.copyFileSync(backupFile, copied);
    const recoveryFile = path.join(usb, 'recovery-key.txt');
    fs.writeFileSync(recoveryFile, formatRecoveryKey(keyA));

    const dirB = folder('dd-pc-b-');
    const { key: keyB } = loadDatabaseKey(dirB, await pcProtection());
    const keyFileB = path.join(usb, 'pc-b-key.txt');
    fs.writeFileSync(keyFileB, keyB.toString('hex'));
    expect(await runCli(['restore', copied, '--json', '--data-dir', dirB, '--key-file', keyFileB])).toBe(1);
    expect(out.join('\n')).toContain('NOT_A_BACKUP');
    out = [];
    expect(await runCli(['restore', copied, '--json', '--data-dir', dirB, '--key-file', keyFileB, '--recovery-key-file', recoveryFile])).toBe(0);

    const db = openDatabase(dirB, { key: keyB });
    try {
      expect(db.prepare('SELECT name FROM business').pluck().all()).toContain(BUSINESS);
      expect(db.prepare('SELECT reporter_name FROM case_record').pluck().all()).toEqual([REPORTER]);
    } finally {
      db.close();
    }
    expect(() => openDatabase(dirB, { key: keyA })).toThrow(expect.objectContaining({ code: 'DB_KEY_WRONG' }));
  });
});
