import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOffice } from '../../db/office';
import { latestVersion, migrate } from '../../db/migrate';
import { applyPragmas, DB_FILE_NAME, type Db } from '../../db/open';
import { tempDataDir } from '../../db/testing';
import { COMMUNE_OFFICE, register } from '../packages/linkTesting';
import { backupKey, CHECK_SUFFIX, verifyBackupCheck } from '../backup/checksum';
import { backupsDir, listBackups } from '../backup/rotation';
import { backupDatabase, inspectSnapshot } from '../backup/snapshot';
import { startDataFolder } from '../backup/startup';
import { addBusinesses, OWNER } from '../backup/testing';
import { businessFields, TEST_OFFICE, TestApp } from '../testing/factories';
import { buildKillPointChildren, killPoints, runKilledAt, straceAvailable, type KillPoint } from './killPoints';

/*
 * Every kill point of restore, automatic backup, package import and the schema migration: each
 * operation is killed at each of its fsyncs, renames and unlinks (strace fault injection), then the
 * app's start-up runs on what is left. It must open (never the recovery page), with the data exactly
 * as before the operation or exactly as after, never a mix, and no leftovers.
 */
const hasStrace = straceAvailable();
const work = tempDataDir('dd-killpoints-');
let children = { backup: '', app: '' };
const covered: Record<string, { points: number; killed: number }> = {};

beforeAll(async () => {
  if (hasStrace) children = await buildKillPointChildren(work.dir);
}, 60_000);
afterAll(() => {
  const total = Object.values(covered).reduce((n, c) => n + c.points, 0);
  if (total > 0) console.log(`[kill points] ${total} covered: ${Object.entries(covered).map(([op, c]) => `${op} ${c.points} (${c.killed} killed)`).join(', ')}`);
  work.cleanup();
});

const names = (db: Db) => (db.prepare('SELECT name FROM business ORDER BY name').all() as { name: string }[]).map((r) => r.name);

/** The app's start-up on the folder: it must open the database, and `inspect` reads what it holds. */
function startUp<T>(dir: string, inspect: (db: Db) => T): T {
  const started = startDataFolder(dir, { role: 'app' });
  try {
    expect(started.opened.problem, JSON.stringify(started.opened.problem)).toBeNull();
    const db = started.opened.db;
    if (!db) throw new Error('no database');
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    return inspect(db);
  } finally {
    started.opened.db?.close();
    started.lock?.release();
  }
}

/** Runs at once: two cores, and each run mostly waits on its child starting up. */
const CONCURRENT_RUNS = 2;

/** Copies the template, kills the operation at each point (two at a time), checks the start-up after each. */
async function everyKillPoint(operation: string, template: string, args: (dir: string) => string[], check: (dir: string, point: KillPoint) => void): Promise<void> {
  const child = operation === 'package-import' ? children.app : children.backup;
  const started = performance.now();
  const points = killPoints(child, [operation, ...args(copyOf(template, 'count'))]);
  let killed = 0;
  for (let first = 0; first < points.length; first += CONCURRENT_RUNS) {
    const batch = points.slice(first, first + CONCURRENT_RUNS).map((point, k) => ({ point, dir: copyOf(template, `${operation}-${first + k}`) }));
    const landed = await Promise.all(batch.map(({ point, dir }) => runKilledAt(child, [operation, ...args(dir)], point)));
    killed += landed.filter(Boolean).length;
    for (const { point, dir } of batch) {
      try {
        check(dir, point);
      } catch (error) {
        throw new Error(`${operation} killed at ${point.syscall} #${point.when}: ${error instanceof Error ? error.message : String(error)}`);
      }
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  covered[operation] = { points: points.length, killed };
  console.log(`[kill points] ${operation}: ${points.length} kill points, ${killed} killed, ${Math.round(performance.now() - started)} ms`);
  expect(points.length).toBeGreaterThan(0);
  expect(killed).toBeGreaterThan(points.length / 2);
}

function copyOf(template: string, name: string): string {
  const dir = path.join(work.dir, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(template, dir, { recursive: true });
  return dir;
}

function freshTemplate(name: string): string {
  const dir = path.join(work.dir, `template-${name}`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

function officeDb(dir: string): Db {
  const db = new Database(path.join(dir, DB_FILE_NAME));
  applyPragmas(db);
  return db;
}

function setUp(db: Db): void {
  insertOffice(db, { installationId: 'kill-points', officeName: 'Công an huyện Cao Lộc', level: 'district', ...OWNER }, '2026-01-01T00:00:00.000Z');
}

describe.skipIf(!hasStrace)('kill points (strace fault injection)', () => {
  it('restore: after a kill at any point the app opens the old data or the restored data, never a mix', async () => {
    const template = freshTemplate('restore');
    const db = officeDb(template);
    migrate(db);
    setUp(db);
    addBusinesses(db, 5, 'Sao lưu');
    fs.mkdirSync(path.join(template, 'source'));
    await backupDatabase(db, path.join(template, 'source', 'copy.sqlite'), { check: backupKey(template) });
    addBusinesses(db, 3, 'Sau sao lưu');
    const before = names(db);
    db.close();
    const restored = names(new Database(path.join(template, 'source', 'copy.sqlite'), { readonly: true }));
    await everyKillPoint('restore', template, (dir) => [dir, path.join(dir, 'source', 'copy.sqlite')], (dir) => {
      const now = startUp(dir, names);
      expect([before, restored]).toContainEqual(now);
      expect(fs.readdirSync(dir).filter((n) => n.includes('.tmp') || n.startsWith('restore'))).toEqual([]);
    });
  }, 240_000);

  it('automatic backup: the live data is untouched, and every backup left is complete and checks', async () => {
    const template = freshTemplate('backup');
    const db = officeDb(template);
    migrate(db);
    setUp(db);
    addBusinesses(db, 20);
    const before = names(db);
    db.close();
    await everyKillPoint('backup', template, (dir) => [dir, '2026-03-01T08:00:00.000Z'], (dir) => {
      expect(startUp(dir, names)).toEqual(before);
      const left = fs.existsSync(backupsDir(dir)) ? fs.readdirSync(backupsDir(dir)) : [];
      expect(left.filter((n) => n.endsWith('.partial') || (n.endsWith(CHECK_SUFFIX) && !left.includes(n.slice(0, -CHECK_SUFFIX.length))))).toEqual([]);
      for (const { file } of listBackups(dir)) {
        expect(verifyBackupCheck(file, backupKey(dir))).toBe('authenticated');
        expect(inspectSnapshot(file).rowCounts.business).toBe(before.length);
      }
    });
  }, 240_000);

  it('schema migration: the database opens at the latest schema with every row', async () => {
    const template = freshTemplate('migration');
    const db = officeDb(template);
    migrate(db, { target: latestVersion() - 1 });
    setUp(db);
    addBusinesses(db, 20);
    const before = names(db);
    db.close();
    await everyKillPoint('migration', template, (dir) => [dir], (dir) => {
      expect(startUp(dir, (open) => [open.pragma('user_version', { simple: true }), names(open)])).toEqual([latestVersion(), before]);
    });
  }, 240_000);

  it('package import at the province: the package is wholly there or not at all', async () => {
    const template = freshTemplate('package');
    const packages = path.join(work.dir, 'packages');
    fs.mkdirSync(packages, { recursive: true });
    const province = TestApp.at(template);
    const office = TestApp.at(path.join(work.dir, 'package-office'));
    let file: string;
    try {
      await province.ok('setup.complete', TEST_OFFICE);
      await office.ok('setup.complete', COMMUNE_OFFICE);
      await register(province, office, packages);
      const config = await province.ok('packages.configExport', { out: path.join(packages, 'config.ddpkg') });
      await office.ok('packages.configImport', { file: config.file, fingerprint: config.fingerprint });
      for (let i = 0; i < 20; i += 1) await office.ok('businesses.create', businessFields({ name: `Gói ${i}`, registrationNo: '' }));
      file = (await office.ok('packages.export', { out: path.join(packages, '1.ddpkg'), full: false })).file;
    } finally {
      province.close();
      office.close();
    }
    await everyKillPoint('package-import', template, (dir) => [dir, file], (dir) => {
      const [rows, received] = startUp(dir, (db) => [
        (db.prepare("SELECT count(*) AS n FROM business WHERE name LIKE 'Gói %'").get() as { n: number }).n,
        (db.prepare('SELECT count(*) AS n FROM package_received').get() as { n: number }).n,
      ]);
      expect([[0, 0], [20, 1]]).toContainEqual([rows, received]);
    });
  }, 240_000);
});
