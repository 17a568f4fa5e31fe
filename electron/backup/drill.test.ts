import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../db/audit';
import { DB_FILE_NAME } from '../../db/open';
import { businessFields, TestApp } from '../testing/factories';
import { writeEncryptedBackup } from './encrypted';
import { restoreDatabase } from './restore';
import { runAutomaticBackup } from './rotation';
import { backupDatabase, userTables } from './snapshot';
import { snapshotRows, testOffice, type TestOffice } from './testing';

const apps: TestApp[] = [];
const offices: TestOffice[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
  for (const office of offices.splice(0)) office.cleanup();
});

async function finish(app: TestApp, jobId: string) {
  for (;;) {
    const state = await app.ok('restore.job', { jobId });
    if (state.state !== 'running') return state;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('restore drill', () => {
  it('back up, delete the database file, start, restore from the backup: all rows present', async () => {
    const app = await TestApp.withOffice();
    apps.push(app);
    for (let i = 0; i < 25; i += 1) {
      await app.ok('businesses.create', businessFields({ name: `Cơ sở ${i}`, registrationNo: `14A${String(i).padStart(7, '0')}` }));
    }
    const db = app.running.app.db;
    await runAutomaticBackup(db, app.dataDir);
    const tables = userTables(db);
    const everything = Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all()]));
    app.running.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(path.join(app.dataDir, DB_FILE_NAME + suffix), { force: true });

    const restarted = TestApp.restart(app);
    apps.push(restarted);
    const status = await restarted.ok('app.status', {});
    expect(status.recovery?.reason).toBe('missing');
    const backup = status.recovery?.newestGoodBackup?.file ?? '';
    const { jobId } = await restarted.ok('restore.start', { file: backup, passphrase: null, confirmOtherOffice: false });
    expect((await finish(restarted, jobId)).state).toBe('done');

    const back = restarted.running.app.db;
    for (const table of tables.filter((t) => t !== 'audit_log')) expect(back.prepare(`SELECT * FROM "${table}"`).all(), table).toEqual(everything[table]);
    // The trail is the backed-up one plus the restore itself, and its hash chain is intact.
    const trail = back.prepare('SELECT * FROM audit_log ORDER BY seq').all() as { action: string }[];
    expect(trail.slice(0, everything.audit_log?.length)).toEqual(everything.audit_log);
    expect(trail.at(-1)?.action).toBe('restore.completed');
    expect(verifyAuditChain(back)).toMatchObject({ ok: true });
    await restarted.ok('session.signIn', { name: 'Quản trị', password: 'mat-khau-123' });
    expect((await restarted.ok('businesses.list', { search: '', offset: 0, limit: 100 })).total).toBe(25);
  });
});

describe('a restore cut short by a power cut', () => {
  it.each(['staged', 'safety-copy', 'sidecars-removed'] as const)('after "%s" the next start opens a sound database with all rows', async (step) => {
    const app = await TestApp.withOffice();
    apps.push(app);
    await app.ok('businesses.create', businessFields({ name: 'Cơ sở trước', registrationNo: '14A0000001' }));
    const backup = path.join(app.dataDir, 'copy.sqlite');
    await backupDatabase(app.running.app.db, backup);
    await app.ok('businesses.create', businessFields({ name: 'Cơ sở sau', registrationNo: '14A0000002' }));
    await restoreDatabase({
      dataDir: app.dataDir,
      backupFile: backup,
      allowOtherOffice: false,
      closeCurrent: () => app.running.app.closeDatabase(),
      interruptAfter: step,
    });
    const restarted = TestApp.restart(app);
    apps.push(restarted);
    expect((await restarted.ok('app.status', {})).recovery).toBeNull();
    await restarted.ok('session.signIn', { name: 'Quản trị', password: 'mat-khau-123' });
    const names = (await restarted.ok('businesses.list', { search: '', offset: 0, limit: 10 })).rows.map((r) => r.name).sort();
    // Before the swap the old database carries on; after it, the restore is finished.
    expect(names).toEqual(step === 'staged' ? ['Cơ sở sau', 'Cơ sở trước'] : ['Cơ sở trước']);
  });
});

describe('every table of the schema travels in a full backup', () => {
  // The signing keys live in their own tables: every table is copied, so they need nothing here.
  it.each(['plain', 'encrypted'] as const)('the retired keys table and its rows survive a %s backup and restore', async (kind) => {
    const office = testOffice(5);
    offices.push(office);
    const insert = office.db.prepare(
      "INSERT INTO retired_installation_key (key_id, purpose, public_key, private_key, created_at, retired_at) VALUES (?, ?, ?, ?, '2026-01-01', '2026-02-01')",
    );
    for (const [id, purpose] of [['k1', 'signing'], ['k2', 'receiving'], ['k3', 'signing']] as const) insert.run(id, purpose, randomBytes(32), randomBytes(32));
    const keys = office.db.prepare('SELECT * FROM retired_installation_key ORDER BY key_id').all();
    const rows = snapshotRows(office.db);
    const file = path.join(office.dir, kind === 'plain' ? 'copy.sqlite' : 'copy.ddbak');
    if (kind === 'plain') await backupDatabase(office.db, file);
    else await writeEncryptedBackup(office.db, file, 'mật khẩu đủ dài');

    office.db.exec('DELETE FROM retired_installation_key; DELETE FROM business WHERE row_no > 2');
    await restoreDatabase({
      dataDir: office.dir,
      backupFile: file,
      ...(kind === 'encrypted' ? { passphrase: 'mật khẩu đủ dài' } : {}),
      allowOtherOffice: false,
      closeCurrent: () => office.db.close(),
    });
    const db = office.reopen();
    expect(db.prepare('SELECT * FROM retired_installation_key ORDER BY key_id').all()).toEqual(keys);
    expect(snapshotRows(db)).toEqual(rows);
  });

  it('a table the migrations never made is refused (SCHEMA_MISMATCH), the live data untouched', async () => {
    const office = testOffice(5);
    offices.push(office);
    const file = path.join(office.dir, 'copy.sqlite');
    office.db.exec('CREATE TABLE stowaway (id INTEGER PRIMARY KEY)');
    await backupDatabase(office.db, file);
    office.db.exec('DROP TABLE stowaway');
    const rows = snapshotRows(office.db);
    await expect(
      restoreDatabase({ dataDir: office.dir, backupFile: file, allowOtherOffice: false, closeCurrent: () => office.db.close() }),
    ).rejects.toMatchObject({ code: 'SCHEMA_MISMATCH' });
    expect(snapshotRows(office.reopen())).toEqual(rows);
  });
});
