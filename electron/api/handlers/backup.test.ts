import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../db/open';
import { runAutomaticBackup } from '../../backup/rotation';
import { damagePages, snapshotRows } from '../../backup/testing';
import { businessFields, tempDataDir, TestApp } from '../../testing/factories';

const PASSPHRASE = 'mật khẩu đủ dài';
const apps: TestApp[] = [];
const dirs: (() => void)[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
  for (const cleanup of dirs.splice(0)) cleanup();
});

async function office(): Promise<TestApp> {
  const app = await TestApp.withOffice();
  apps.push(app);
  return app;
}

function usb(): string {
  const { dir, cleanup } = tempDataDir('dd-usb-');
  dirs.push(cleanup);
  return dir;
}

/** Waits for a job through the given procedure, as the page does. */
async function finish(app: TestApp, jobId: string, via: 'jobs.get' | 'restore.job' = 'jobs.get') {
  for (;;) {
    const state = await app.ok(via, { jobId });
    if (state.state !== 'running') return state;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function addBusiness(app: TestApp, name: string, registrationNo: string) {
  return app.ok('businesses.create', businessFields({ name, registrationNo }));
}

describe('backup and restore procedures', () => {
  it('makes an encrypted, verified backup to a chosen folder and restores it: the old data is back and sessions signed out', async () => {
    const app = await office();
    const kept = await addBusiness(app, 'Nhà nghỉ Trước', '14A0000001');
    const folder = usb();
    const { jobId } = await app.ok('backup.create', { folder, passphrase: PASSPHRASE });
    expect((await finish(app, jobId)).state).toBe('done');
    const created = await app.ok('backup.created', { jobId });
    expect(path.dirname(created.file)).toBe(folder);
    expect(created.file.endsWith('.ddbak')).toBe(true);
    // No plaintext left on the stick: the backup and its companion check only.
    expect(fs.readdirSync(folder).sort()).toEqual([path.basename(created.file), `${path.basename(created.file)}.check`]);

    await app.ok('businesses.update', { id: kept.id, fields: businessFields({ name: 'Nhà nghỉ Sau', registrationNo: '14A0000001' }) });
    await addBusiness(app, 'Karaoke Mới', '14A0000002');

    const locked = await app.ok('restore.preview', { file: created.file, passphrase: null });
    // Whose backup it is stays sealed until the passphrase is given.
    expect(locked).toMatchObject({ encrypted: true, verified: false, otherOffice: false, officeName: null });
    const wrong = await app.call('restore.preview', { file: created.file, passphrase: 'sai mật khẩu rồi' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE', messageKey: 'backup.error.WRONG_PASSPHRASE' } });
    const preview = await app.ok('restore.preview', { file: created.file, passphrase: PASSPHRASE });
    expect(preview.verified).toBe(true);
    expect(preview.officeName).toBe('Sở Y tế tỉnh Lạng Sơn');
    expect(preview.rowCounts).toContainEqual({ table: 'business', rows: 1 });

    const restore = await app.ok('restore.start', { file: created.file, passphrase: PASSPHRASE, confirmOtherOffice: false });
    expect((await finish(app, restore.jobId, 'restore.job')).state).toBe('done');
    const { safetyCopy } = await app.ok('restore.done', restore);
    expect(safetyCopy && fs.existsSync(safetyCopy)).toBe(true);
    expect(app.session.user).toBeNull();
    await app.ok('session.signIn', { name: 'Quản trị', password: 'mat-khau-123' });
    const page = await app.ok('businesses.list', { search: '', offset: 0, limit: 50 });
    expect(page.rows.map((r) => r.name)).toEqual(['Nhà nghỉ Trước']);
  });

  it('refuses a bad folder or file path with a message naming it, before any work', async () => {
    const app = await office();
    const relative = await app.call('backup.create', { folder: 'usb/sao-luu', passphrase: PASSPHRASE });
    expect(relative).toMatchObject({ ok: false, error: { code: 'BAD_PATH', messageKey: 'paths.notAbsolute', params: { path: 'usb/sao-luu' } } });
    const missing = path.join(usb(), 'khong-co');
    expect(await app.call('backup.create', { folder: missing, passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { messageKey: 'paths.notFound' } });
    expect(await app.call('restore.preview', { file: usb(), passphrase: null })).toMatchObject({ ok: false, error: { messageKey: 'paths.notFile' } });
    const short = await app.call('backup.create', { folder: usb(), passphrase: 'ngắn' });
    expect(short).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'passphrase', messageKey: 'backupPage.passphraseShort' }] } });
  });

  it('lets only an administrator restore once the office is set up', async () => {
    const app = await office();
    await app.ok('session.signOut', {});
    const file = path.join(usb(), 'x.ddbak');
    fs.writeFileSync(file, 'not a backup');
    expect(await app.call('restore.preview', { file, passphrase: null })).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
  });

  it('needs an explicit confirmation for another office\'s backup', async () => {
    const other = await office();
    await addBusiness(other, 'Cơ sở của nơi khác', '14A0000009');
    const folder = usb();
    const { jobId } = await other.ok('backup.create', { folder, passphrase: PASSPHRASE });
    await finish(other, jobId);
    const { file } = await other.ok('backup.created', { jobId });

    const app = await office();
    await addBusiness(app, 'Cơ sở của mình', '14A0000010');
    expect((await app.ok('restore.preview', { file, passphrase: PASSPHRASE })).otherOffice).toBe(true);
    const refused = await app.ok('restore.start', { file, passphrase: PASSPHRASE, confirmOtherOffice: false });
    const state = await finish(app, refused.jobId, 'restore.job');
    expect(state).toMatchObject({ state: 'failed', error: { messageKey: 'backup.error.OTHER_OFFICE' } });
    // Nothing changed and nobody was signed out.
    expect((await app.ok('businesses.list', { search: '', offset: 0, limit: 50 })).rows.map((r) => r.name)).toEqual(['Cơ sở của mình']);

    const confirmed = await app.ok('restore.start', { file, passphrase: PASSPHRASE, confirmOtherOffice: true });
    expect((await finish(app, confirmed.jobId, 'restore.job')).state).toBe('done');
    await app.ok('session.signIn', { name: 'Quản trị', password: 'mat-khau-123' });
    expect((await app.ok('businesses.list', { search: '', offset: 0, limit: 50 })).rows.map((r) => r.name)).toEqual(['Cơ sở của nơi khác']);
  });

  it('lists the automatic backups with date and size', async () => {
    const app = await office();
    await runAutomaticBackup(app.running.app.db, app.dataDir, new Date('2026-03-01T10:00:00Z'));
    const list = await app.ok('backup.list', {});
    expect(list.backups).toHaveLength(1);
    expect(list.backups[0]).toMatchObject({ createdAt: '2026-03-01T10:00:00.000Z' });
    expect(list.backups[0]?.sizeBytes).toBeGreaterThan(0);
  });
});

describe('start with a damaged database', () => {
  it('does not crash or start empty: reports the damage and the newest good backup, and restores it', async () => {
    const app = await office();
    await addBusiness(app, 'Nhà nghỉ Hoàng Anh', '14A0000001');
    await runAutomaticBackup(app.running.app.db, app.dataDir, new Date('2026-03-01T10:00:00Z'));
    const before = snapshotRows(app.running.app.db);
    const file = path.join(app.dataDir, DB_FILE_NAME);
    // Grow the file so the damage lands in table pages, then damage it.
    app.running.close();
    const sizeBefore = fs.statSync(file).size;
    damagePages(file, Math.max(2, Math.floor(sizeBefore / 4096 / 3)));

    const restarted = TestApp.restart(app);
    apps.push(restarted);
    const status = await restarted.ok('app.status', {});
    expect(status.recovery).toMatchObject({ reason: 'corrupt', newestGoodBackup: { createdAt: '2026-03-01T10:00:00.000Z', officeName: 'Sở Y tế tỉnh Lạng Sơn' } });
    expect(status.setUp).toBe(false);
    expect(fs.statSync(file).size).toBe(sizeBefore); // the damaged file was neither replaced nor emptied
    const backupFile = status.recovery?.newestGoodBackup?.file ?? '';

    // No one can sign in, yet the restore is allowed.
    const preview = await restarted.ok('restore.preview', { file: backupFile, passphrase: null });
    expect(preview).toMatchObject({ encrypted: false, verified: true, otherOffice: false });
    const { jobId } = await restarted.ok('restore.start', { file: backupFile, passphrase: null, confirmOtherOffice: false });
    expect((await finish(restarted, jobId, 'restore.job')).state).toBe('done');
    const after = await restarted.ok('app.status', {});
    expect(after.recovery).toBeNull();
    expect(after.setUp).toBe(true);
    expect(snapshotRows(restarted.running.app.db)).toEqual(before);
  });
});
