// Issue 19's defects (and issue 13's "restore trusts any SQLite file"), each reproduced against the
// real start-up, restore and CLI code: every test here failed on the main branch it was written against.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keyPragmas } from '../../db/key';
import { DB_FILE_NAME } from '../../db/open';
import { rawConnection, TEST_DB_KEY } from '../../db/testing';
import { runCli } from '../cli';
import { CHECK_SUFFIX } from './checksum';
import { lockDataFolder, LOCK_HOLDER_NAME } from './folderLock';
import { newestGoodBackup } from './health';
import { previewRestore, restoreDatabase } from './restore';
import { backupsDir, runAutomaticBackup } from './rotation';
import { backupDatabase } from './snapshot';
import { openCheckedDatabase } from './startup';
import { addBusinesses, countBusinesses, snapshotRows, testOffice, type TestOffice } from './testing';

const offices: TestOffice[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const office of offices.splice(0)) office.cleanup();
});

function office(businesses = 20): TestOffice {
  const made = testOffice(businesses);
  offices.push(made);
  return made;
}

const live = (o: TestOffice) => path.join(o.dir, DB_FILE_NAME);
const BETTER_SQLITE = createRequire(__filename).resolve('better-sqlite3');
const TSX = pathToFileURL(createRequire(__filename).resolve('tsx')).href;

/** A process that holds the folder as the app does, until killed. */
async function holder(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', TSX, path.join(__dirname, '../crash/holdFolderChild.ts'), dir, 'app'], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.on('exit', (code) => reject(new Error(`holder exited ${code}: ${stderr}`)));
  });
  return child;
}

function captureCli() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  return { out, err, json: () => JSON.parse(out.join('\n')) as { ok?: boolean; error?: { code: string; params?: Record<string, string> } } };
}

describe('defect 1: a kill while SQLite switched journal modes', () => {
  it('leaves a hot rollback journal that start-up rolls back (read-write open, after a copy aside): the old rows, no recovery page', () => {
    const o = office(200);
    const before = snapshotRows(o.db);
    o.db.close();
    // As checkpointToSingleFile does after the app closed: rollback-journal mode, then a write cut by SIGKILL
    // with pages already spilled into the database file (a tiny cache forces that).
    const script = `
      const Database = require(${JSON.stringify(BETTER_SQLITE)});
      const db = new Database(${JSON.stringify(live(o))});
      for (const pragma of ${JSON.stringify(keyPragmas(TEST_DB_KEY))}) db.pragma(pragma);
      db.pragma('journal_mode = DELETE');
      db.pragma('cache_size = 2');
      db.exec('BEGIN');
      db.prepare("UPDATE business SET notes = hex(randomblob(600))").run();
      process.kill(process.pid, 'SIGKILL');`;
    const killed = spawnSync(process.execPath, ['-e', script]);
    expect(killed.signal).toBe('SIGKILL');
    expect(fs.statSync(`${live(o)}-journal`).size).toBeGreaterThan(0);

    const opened = openCheckedDatabase(o.dir);
    expect(opened.problem).toBeNull();
    expect(opened.journals).toBe('recovered');
    expect(opened.db && snapshotRows(opened.db)).toEqual(before);
    opened.db?.close();
    expect(fs.existsSync(`${live(o)}-journal`)).toBe(false);
  });
});

describe('defect 2: one writer per data folder across processes', () => {
  it('CLI restore while the app holds the folder is refused naming it; once the app is killed its lock is taken over', async () => {
    const o = office(5);
    const backup = path.join(o.dir, 'copy.sqlite');
    await backupDatabase(o.db, backup);
    o.db.close();
    const app = await holder(o.dir);
    const cli = captureCli();
    expect(await runCli(['restore', backup, '--data-dir', o.dir, '--json'])).toBe(1);
    expect(cli.json().error).toMatchObject({ code: 'DATA_DIR_IN_USE', params: { pid: String(app.pid), command: 'District Desk' } });
    expect(cli.err.join('\n')).toContain(`tiến trình ${app.pid}`);
    expect(fs.readdirSync(o.dir).filter((n) => n.startsWith('before-restore-'))).toEqual([]);

    // A writing command is refused too; a reading one shares the folder.
    expect(await runCli(['users', 'reset-password', 'Ai Đó', '--data-dir', o.dir])).toBe(1);
    cli.out.length = 0;
    expect(await runCli(['db', 'check', '--data-dir', o.dir, '--json'])).toBe(0);

    app.kill('SIGKILL');
    await new Promise((resolve) => app.once('exit', resolve));
    cli.out.length = 0;
    expect(await runCli(['restore', backup, '--data-dir', o.dir, '--json'])).toBe(0);
    expect(cli.json().ok).toBe(true);
  }, 30_000);

  it('a second lock in one process is refused as well, and released locks are free again', () => {
    const o = office(1);
    const first = lockDataFolder(o.dir, { role: 'app' });
    expect(() => lockDataFolder(o.dir, { role: 'cli', command: 'restore' })).toThrow(expect.objectContaining({ code: 'DATA_DIR_IN_USE' }) as Error);
    expect(JSON.parse(fs.readFileSync(path.join(o.dir, LOCK_HOLDER_NAME), 'utf8'))).toMatchObject({ pid: process.pid, role: 'app' });
    first.release();
    lockDataFolder(o.dir, { role: 'cli' }).release();
  });
});

describe('defect 4: an empty database beside good backups', () => {
  it.each([
    ['cut to zero bytes', (file: string) => fs.truncateSync(file, 0)],
    ['replaced by a database without schema', (file: string) => {
      fs.rmSync(file);
      spawnSync(process.execPath, ['-e', `new (require(${JSON.stringify(BETTER_SQLITE)}))(${JSON.stringify(file)}).close()`]);
    }],
  ])('%s is damage: the recovery page offers the newest good backup, the file is left as it is', async (_label, empty) => {
    const o = office(5);
    await runAutomaticBackup(o.db, o.dir, new Date('2026-03-01T08:00:00Z'));
    o.db.close();
    empty(live(o));
    const size = fs.statSync(live(o)).size;
    const opened = openCheckedDatabase(o.dir);
    expect(opened.db).toBeNull();
    expect(opened.problem).toMatchObject({ reason: 'corrupt', newestGoodBackup: { officeName: 'Công an huyện Cao Lộc' } });
    expect(fs.statSync(live(o)).size).toBe(size);
  });
});

/** Changes one byte in the middle of a backup file (encrypted: no name to find in it), as a bit flip on a stick would. */
function alterByte(file: string): void {
  const bytes = fs.readFileSync(file);
  const at = Math.floor(bytes.length / 2);
  bytes.writeUInt8(bytes.readUInt8(at) ^ 0x20, at);
  fs.writeFileSync(file, bytes);
}

describe('defect 5: a plain backup cut by one byte or with one letter changed', () => {
  it.each([
    ['a byte changed', (file: string) => alterByte(file)],
    ['one byte cut', (file: string) => fs.truncateSync(file, fs.statSync(file).size - 1)],
  ])('%s: never offered by the recovery page, refused by restore, reported by db check', async (_label, damage) => {
    const o = office(3);
    await runAutomaticBackup(o.db, o.dir, new Date('2026-02-01T08:00:00Z'));
    addBusinesses(o.db, 1, 'Karaoke Thử 2');
    const { backup } = await runAutomaticBackup(o.db, o.dir, new Date('2026-03-01T08:00:00Z'));
    expect(fs.existsSync(backup.file + CHECK_SUFFIX)).toBe(true);
    damage(backup.file);

    const cli = captureCli();
    o.db.close();
    expect(await runCli(['db', 'check', '--data-dir', o.dir, '--json'])).toBe(1);
    expect(JSON.parse(cli.out.join('\n'))).toMatchObject({ ok: false, backups: [{ file: backup.file, status: 'failed' }, { status: 'authenticated' }] });
    o.reopen();

    // The older, sound backup is the one offered.
    expect(newestGoodBackup(o.dir)?.createdAt).toBe('2026-02-01T08:00:00.000Z');
    const rows = snapshotRows(o.db);
    await expect(previewRestore(backup.file, undefined, { dataDir: o.dir })).rejects.toMatchObject({ code: expect.stringMatching(/CHECKSUM_FAILED|INTEGRITY_FAILED/) as string });
    await expect(
      restoreDatabase({ dataDir: o.dir, backupFile: backup.file, allowOtherOffice: false, closeCurrent: () => o.db.close() }),
    ).rejects.toMatchObject({ code: expect.stringMatching(/CHECKSUM_FAILED|INTEGRITY_FAILED/) as string });
    expect(snapshotRows(o.reopen())).toEqual(rows);
  });

  it('a plain file without a companion restores but is shown as unverified', async () => {
    const o = office(2);
    const file = path.join(o.dir, 'from-elsewhere.sqlite');
    await backupDatabase(o.db, file);
    expect((await previewRestore(file, undefined, { dataDir: o.dir })).authenticity).toBe('unverified');
    const signed = path.join(o.dir, 'signed.sqlite');
    await backupDatabase(o.db, signed, { check: (await import('./checksum')).backupKey(o.dir) });
    expect((await previewRestore(signed, undefined, { dataDir: o.dir })).authenticity).toBe('authenticated');
  });
});

describe('defect 9 and other leftovers of a kill', () => {
  it('are removed at start: the restore marker and safety copy staging names, orphan checks, plaintext staging snapshots', () => {
    const o = office(1);
    o.db.close();
    const leftovers = [
      path.join(o.dir, 'restore-in-progress.json.tmp'),
      path.join(o.dir, 'before-restore-20260301-080000.sqlite.tmp'),
      path.join(o.dir, `encrypting-${randomUUID()}.sqlite`),
      path.join(backupsDir(o.dir), 'district-desk-20260301-080000.sqlite.check'),
      path.join(backupsDir(o.dir), 'district-desk-20260301-080000.sqlite.partial'),
    ];
    fs.mkdirSync(backupsDir(o.dir), { recursive: true });
    for (const file of leftovers) fs.writeFileSync(file, 'x');
    const opened = openCheckedDatabase(o.dir);
    opened.db?.close();
    expect(leftovers.filter((file) => fs.existsSync(file))).toEqual([]);
  });
});

describe('issue 13: restore trusts any SQLite file with an office table', () => {
  it('refuses a backup with an extra trigger that re-activates a deactivated administrator; db check sees such a trigger', async () => {
    const o = office(2);
    o.db
      .prepare(
        "INSERT INTO app_user (id, unit_code, name, name_key, role, password_hash, active, created_at, updated_at) VALUES ('u1', '20', 'Cũ', 'cu', 'admin', 'x', 0, '2026-01-01', '2026-01-01')",
      )
      .run();
    const file = path.join(o.dir, 'planted.sqlite');
    await backupDatabase(o.db, file);
    const bad = rawConnection(file);
    bad.exec("CREATE TRIGGER revive AFTER UPDATE ON business BEGIN UPDATE app_user SET active = 1 WHERE id = 'u1'; END");
    bad.close();

    await expect(previewRestore(file, undefined, { dataDir: o.dir })).rejects.toMatchObject({ code: 'SCHEMA_MISMATCH', message: expect.stringContaining('extra trigger revive') as string });
    await expect(
      restoreDatabase({ dataDir: o.dir, backupFile: file, allowOtherOffice: false, closeCurrent: () => o.db.close() }),
    ).rejects.toMatchObject({ code: 'SCHEMA_MISMATCH' });
    const db = o.reopen();
    expect(db.prepare("SELECT active FROM app_user WHERE id = 'u1'").get()).toEqual({ active: 0 });
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'revive'").get()).toEqual({ n: 0 });
    expect(countBusinesses(db)).toBe(2);

    db.exec("CREATE TRIGGER revive AFTER UPDATE ON business BEGIN UPDATE app_user SET active = 1 WHERE id = 'u1'; END");
    db.close();
    const cli = captureCli();
    expect(await runCli(['db', 'check', '--data-dir', o.dir, '--json'])).toBe(1);
    expect(JSON.parse(cli.out.join('\n'))).toMatchObject({ ok: false, schemaProblems: ['extra trigger revive'] });
  });
});
