import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { latestVersion } from '../../db/migrate';
import { DB_FILE_NAME, openDatabase, openDatabaseFile } from '../../db/open';
import { writeEncryptedBackup } from './encrypted';
import { quickCheck } from './health';
import {
  previewRestore,
  recoverInterruptedRestore,
  restoreDatabase,
  RESTORE_MARKER,
  RESTORE_PARTIAL,
  RESTORE_STEPS,
  type RestoreOptions,
} from './restore';
import { runAutomaticBackup } from './rotation';
import { backupDatabase } from './snapshot';
import { addBusinesses, countBusinesses, damagePages, snapshotRows, testOffice, type TestOffice } from './testing';

const PASSPHRASE = 'mật khẩu sao lưu';

const offices: TestOffice[] = [];
afterEach(() => {
  for (const office of offices.splice(0)) office.cleanup();
});
function newOffice(businesses: number, name?: string): TestOffice {
  const office = testOffice(businesses, name);
  offices.push(office);
  return office;
}

/** Restore options as the app would pass them: closing its connection when asked. */
function restoreInto(office: TestOffice, backupFile: string, extra: Partial<RestoreOptions> = {}): Promise<{ safetyCopy: string | null }> {
  return restoreDatabase({
    dataDir: office.dir,
    backupFile,
    allowOtherOffice: false,
    closeCurrent: () => office.db.close(),
    ...extra,
  });
}

/** An office whose state at backup time (`before`) differs from its state now (`after`). */
async function officeWithChanges(kind: 'plain' | 'encrypted') {
  const office = newOffice(40);
  const before = snapshotRows(office.db);
  const file = path.join(office.dir, kind === 'plain' ? 'backup.sqlite' : 'backup.ddbak');
  if (kind === 'plain') await backupDatabase(office.db, file);
  else await writeEncryptedBackup(office.db, file, PASSPHRASE, { chunkSize: 8192 });
  addBusinesses(office.db, 15, 'Karaoke');
  office.db.prepare("UPDATE business SET notes = 'đã sửa' WHERE row_no = 1").run();
  const after = snapshotRows(office.db);
  return { office, file, before, after };
}

describe('restoreDatabase', () => {
  it.each(['plain', 'encrypted'] as const)('brings back exactly the rows of a %s backup and keeps a safety copy', async (kind) => {
    const { office, file, before, after } = await officeWithChanges(kind);
    const preview = await previewRestore(file, kind === 'encrypted' ? PASSPHRASE : undefined, { dataDir: office.dir });
    expect(preview).toMatchObject({ encrypted: kind === 'encrypted', otherOffice: false, installationId: office.installationId });
    expect(preview.rowCounts.business).toBe(40);

    const result = await restoreInto(office, file, { passphrase: PASSPHRASE, now: new Date('2026-03-18T10:00:00Z') });
    expect(result.safetyCopy).toBe(path.join(office.dir, 'before-restore-20260318-100000.sqlite'));
    expect(fs.existsSync(path.join(office.dir, RESTORE_MARKER))).toBe(false);
    expect(fs.existsSync(path.join(office.dir, RESTORE_PARTIAL))).toBe(false);

    expect(snapshotRows(office.reopen())).toEqual(before);
    // The restored database is the live one again: writable, in WAL mode, with its pragmas.
    addBusinesses(office.db, 1);
    expect(countBusinesses(office.db)).toBe(41);
    // The safety copy shares nothing with it (a hard link must not alias the new live file).
    const safety = openDatabaseFile(result.safetyCopy ?? '', { readonly: true });
    expect(snapshotRows(safety)).toEqual(after);
    safety.close();
  });

  it('is a restore drill: back up, lose the database file, find the backup at start, restore, all rows present', async () => {
    const office = newOffice(250);
    const rows = snapshotRows(office.db);
    await runAutomaticBackup(office.db, office.dir, new Date('2026-03-18T17:00:00Z'));
    office.db.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(path.join(office.dir, DB_FILE_NAME + suffix), { force: true });

    const health = quickCheck(office.dir);
    expect(health).toMatchObject({ ok: false, reason: 'missing' });
    const backup = health.ok ? null : health.newestGoodBackup;
    expect(backup?.rowCounts.business).toBe(250);

    const result = await restoreInto(office, backup?.file ?? '', { closeCurrent: () => undefined });
    expect(result.safetyCopy).toBeNull();
    expect(quickCheck(office.dir)).toEqual({ ok: true });
    expect(snapshotRows(office.reopen())).toEqual(rows);
  });

  it('refuses a backup from a newer app version (TOO_NEW) and leaves everything as it was', async () => {
    const office = newOffice(10);
    const rows = snapshotRows(office.db);
    const plain = path.join(office.dir, 'newer.sqlite');
    await backupDatabase(office.db, plain);
    const newer = openDatabaseFile(plain);
    newer.pragma(`user_version = ${latestVersion() + 1}`);
    const encrypted = path.join(office.dir, 'newer.ddbak');
    await writeEncryptedBackup(newer, encrypted, PASSPHRASE);
    newer.close();

    for (const file of [plain, encrypted]) {
      await expect(previewRestore(file, PASSPHRASE)).rejects.toMatchObject({
        code: 'TOO_NEW',
        params: { backupVersion: latestVersion() + 1, appVersion: latestVersion() },
      });
      let closed = false;
      await expect(restoreInto(office, file, { passphrase: PASSPHRASE, closeCurrent: () => (closed = true) })).rejects.toMatchObject({
        code: 'TOO_NEW',
      });
      expect(closed).toBe(false);
    }
    expect(snapshotRows(office.db)).toEqual(rows);
    expect(fs.existsSync(path.join(office.dir, RESTORE_PARTIAL))).toBe(false);
  });

  it('warns about another office and restores it only when confirmed', async () => {
    const other = newOffice(7, 'Công an huyện Lộc Bình');
    const file = path.join(other.dir, 'other.ddbak');
    await writeEncryptedBackup(other.db, file, PASSPHRASE);
    const office = newOffice(3);

    await expect(previewRestore(file, PASSPHRASE, { dataDir: office.dir })).resolves.toMatchObject({
      otherOffice: true,
      officeName: 'Công an huyện Lộc Bình',
      rowCounts: expect.objectContaining({ business: 7 }),
    });
    await expect(restoreInto(office, file, { passphrase: PASSPHRASE })).rejects.toMatchObject({
      code: 'OTHER_OFFICE',
      params: { officeName: 'Công an huyện Lộc Bình', unitCode: '20' },
    });
    expect(office.db.open).toBe(true);
    expect(countBusinesses(office.db)).toBe(3);

    await restoreInto(office, file, { passphrase: PASSPHRASE, allowOtherOffice: true });
    expect(countBusinesses(office.reopen())).toBe(7);
  });

  it('asks for the passphrase of an encrypted backup, and refuses a damaged plain snapshot', async () => {
    const { office, file } = await officeWithChanges('encrypted');
    await expect(restoreInto(office, file)).rejects.toMatchObject({ code: 'PASSPHRASE_REQUIRED' });
    await expect(restoreInto(office, file, { passphrase: 'sai' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });

    const plain = path.join(office.dir, 'plain.sqlite');
    await backupDatabase(office.db, plain);
    damagePages(plain);
    await expect(previewRestore(plain)).rejects.toMatchObject({ code: 'INTEGRITY_FAILED' });
    await expect(restoreInto(office, plain)).rejects.toMatchObject({ code: 'INTEGRITY_FAILED' });
    expect(countBusinesses(office.db)).toBe(55);
  });

  it('refuses a sound SQLite file that is not a District Desk database', async () => {
    const office = newOffice(1);
    const foreign = path.join(office.dir, 'foreign.sqlite');
    const db = openDatabaseFile(foreign);
    db.pragma('user_version = 0');
    db.exec('CREATE TABLE other (x)');
    db.close();
    await expect(restoreInto(office, foreign)).rejects.toMatchObject({ code: 'NOT_A_BACKUP' });
    const text = path.join(office.dir, 'notes.txt');
    fs.writeFileSync(text, 'Biên bản kiểm tra');
    await expect(restoreInto(office, text)).rejects.toMatchObject({ code: 'NOT_A_BACKUP' });
    await expect(previewRestore(text)).rejects.toMatchObject({ code: 'NOT_A_BACKUP' });
    await expect(restoreInto(office, path.join(office.dir, 'missing.ddbak'))).rejects.toMatchObject({ code: 'UNREADABLE' });
  });

  it('can be cancelled while staging, leaving the live database untouched', async () => {
    const { office, file, after } = await officeWithChanges('encrypted');
    const controller = new AbortController();
    let closed = false;
    await expect(
      restoreInto(office, file, {
        passphrase: PASSPHRASE,
        signal: controller.signal,
        onProgress: () => controller.abort(),
        closeCurrent: () => (closed = true),
      }),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(closed).toBe(false);
    expect(snapshotRows(office.db)).toEqual(after);
    expect(fs.existsSync(path.join(office.dir, RESTORE_PARTIAL))).toBe(false);
  });
});

describe('a restore interrupted by a power cut', () => {
  it.each(RESTORE_STEPS)('after "%s": recovery at start leaves a database that opens with the old or the new rows', async (step) => {
    const { office, file, before, after } = await officeWithChanges('plain');
    await restoreInto(office, file, { interruptAfter: step });
    // Power back: what startup does, in order.
    const outcome = recoverInterruptedRestore(office.dir);
    expect(fs.existsSync(path.join(office.dir, RESTORE_MARKER))).toBe(false);
    expect(fs.existsSync(path.join(office.dir, RESTORE_PARTIAL))).toBe(false);
    expect(quickCheck(office.dir)).toEqual({ ok: true });
    const rows = snapshotRows(office.reopen());
    if (step === 'staged') {
      // Before the marker: the restore had not begun to swap; the old data carries on.
      expect(outcome).toBe('cleaned-up');
      expect(rows).toEqual(after);
    } else {
      // The marker was written after the restored file was complete and checked: finish the swap.
      expect(outcome).toBe('completed');
      expect(rows).toEqual(before);
      const safety = fs.readdirSync(office.dir).filter((f) => f.startsWith('before-restore-'));
      expect(safety).toHaveLength(1);
      const kept = openDatabaseFile(path.join(office.dir, safety[0] ?? ''), { readonly: true });
      expect(snapshotRows(kept)).toEqual(after);
      kept.close();
    }
  });

  it('puts the old database back when the staged file did not survive', async () => {
    const { office, file, after } = await officeWithChanges('plain');
    await restoreInto(office, file, { interruptAfter: 'sidecars-removed' });
    damagePages(path.join(office.dir, RESTORE_PARTIAL), 8);
    expect(recoverInterruptedRestore(office.dir)).toBe('rolled-back');
    expect(snapshotRows(office.reopen())).toEqual(after);
    expect(fs.readdirSync(office.dir).filter((f) => f.startsWith('before-restore-') || f.startsWith('restore'))).toEqual([]);
  });

  it("carries an old database's uncheckpointed WAL into the safety copy, never beside the new file", async () => {
    const office = newOffice(40);
    const before = snapshotRows(office.db);
    const backup = path.join(office.dir, 'backup.sqlite');
    await backupDatabase(office.db, backup);
    // Commits that live only in the -wal, as after a power cut: copy the files while it is open.
    office.db.pragma('wal_autocheckpoint = 0');
    addBusinesses(office.db, 15, 'Karaoke');
    const after = snapshotRows(office.db);
    const crashed = path.join(office.dir, 'crashed');
    fs.mkdirSync(crashed);
    fs.copyFileSync(path.join(office.dir, DB_FILE_NAME), path.join(crashed, DB_FILE_NAME));
    fs.copyFileSync(path.join(office.dir, `${DB_FILE_NAME}-wal`), path.join(crashed, `${DB_FILE_NAME}-wal`));
    expect(fs.statSync(path.join(crashed, `${DB_FILE_NAME}-wal`)).size).toBeGreaterThan(0);
    // A swap cut off right after its marker, the old database still with its WAL (checkpoint failed).
    fs.copyFileSync(backup, path.join(crashed, RESTORE_PARTIAL));
    fs.writeFileSync(path.join(crashed, RESTORE_MARKER), JSON.stringify({ version: 1, safetyCopy: 'before-restore-20260318-100000.sqlite' }));

    expect(recoverInterruptedRestore(crashed)).toBe('completed');
    const restored = openDatabase(crashed);
    expect(snapshotRows(restored)).toEqual(before);
    restored.close();
    const safety = openDatabaseFile(path.join(crashed, 'before-restore-20260318-100000.sqlite'), { readonly: true });
    expect(snapshotRows(safety)).toEqual(after);
    safety.close();
  });

  it('ignores a marker that points outside the data folder', async () => {
    const { office, file, before } = await officeWithChanges('plain');
    await restoreInto(office, file, { interruptAfter: 'marker' });
    fs.writeFileSync(path.join(office.dir, RESTORE_MARKER), JSON.stringify({ version: 1, safetyCopy: '../../etc/x.sqlite' }));
    expect(recoverInterruptedRestore(office.dir)).toBe('completed');
    expect(snapshotRows(office.reopen())).toEqual(before);
    expect(fs.readdirSync(office.dir).filter((f) => f.startsWith('before-restore-'))).toHaveLength(1);
  });

  it('does nothing when there is nothing to recover', () => {
    const office = newOffice(1);
    expect(recoverInterruptedRestore(office.dir)).toBe('nothing');
  });
});
