import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { latestVersion } from '../../db/migrate';
import { openDatabase, openDatabaseFile } from '../../db/open';
import { tempDataDir } from '../../db/testing';
import { asBackupError, BackupError } from './errors';
import { backupDatabase, inspectSnapshot } from './snapshot';
import { addBusinesses, damagePages, snapshotRows, testOffice, type TestOffice } from './testing';

let office: TestOffice;
afterEach(() => office.cleanup());

describe('backupDatabase', () => {
  it('copies the live database into a checked, self-contained file and reports what it holds', async () => {
    office = testOffice(120);
    const destination = path.join(office.dir, 'copy.sqlite');
    const progress: number[] = [];
    const now = new Date('2026-03-02T10:11:12.000Z');
    const info = await backupDatabase(office.db, destination, { now, onProgress: (f) => progress.push(f) });

    expect(info).toMatchObject({
      file: destination,
      createdAt: now.toISOString(),
      sizeBytes: fs.statSync(destination).size,
      schemaVersion: latestVersion(),
      installationId: office.installationId,
      officeName: 'Công an huyện Cao Lộc',
      unitCode: '20',
    });
    expect(info.rowCounts).toMatchObject({ business: 120, office: 1, change_log: 120 });
    // FTS shadow tables and SQLite's own are not "user tables".
    expect(Object.keys(info.rowCounts).some((t) => t.startsWith('business_search') || t.startsWith('sqlite_'))).toBe(false);
    // One file: no -wal/-shm beside it, no .partial left.
    expect(fs.readdirSync(office.dir).filter((f) => f.startsWith('copy'))).toEqual(['copy.sqlite']);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    const copy = openDatabaseFile(destination, { readonly: true });
    expect(snapshotRows(copy)).toEqual(snapshotRows(office.db));
    copy.close();
  });

  it('copies every write committed before it, and the app writes again while the copy is checked', async () => {
    office = testOffice(2000);
    let wrote = false;
    const info = await backupDatabase(office.db, path.join(office.dir, 'copy.sqlite'), {
      onProgress: () => {
        // Runs once the copy is taken (one VACUUM INTO, encrypted), while it is checked, as a clerk's save would.
        if (!wrote) {
          addBusinesses(office.db, 3);
          wrote = true;
        }
      },
    });
    expect(wrote).toBe(true);
    expect(info.rowCounts.business).toBe(2000);
    expect(fs.readFileSync(info.file).includes(Buffer.from('Nhà nghỉ'))).toBe(false);
  });

  it('describes a database that was never set up without failing', async () => {
    const { dir, cleanup } = tempDataDir();
    const db = openDatabase(dir);
    office = { db, dir, installationId: '', cleanup: () => (db.close(), cleanup()), reopen: () => db };
    const info = await backupDatabase(db, path.join(dir, 'empty.sqlite'));
    expect(info).toMatchObject({ installationId: null, officeName: null, unitCode: null });
    expect(info.rowCounts.business).toBe(0);
  });

  it('stops on cancel and leaves neither the backup nor a partial file', async () => {
    office = testOffice(3000);
    const controller = new AbortController();
    const destination = path.join(office.dir, 'copy.sqlite');
    const attempt = backupDatabase(office.db, destination, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(attempt).rejects.toMatchObject({ code: 'CANCELLED', messageKey: 'backup.error.CANCELLED' });
    expect(fs.readdirSync(office.dir).filter((f) => f.startsWith('copy'))).toEqual([]);
  });

  it('refuses to start when already cancelled', async () => {
    office = testOffice(1);
    const controller = new AbortController();
    controller.abort();
    await expect(backupDatabase(office.db, path.join(office.dir, 'c.sqlite'), { signal: controller.signal })).rejects.toBeInstanceOf(BackupError);
  });

  it('reports a missing or read-only folder as NOT_WRITABLE, a full disk as DISK_FULL', async () => {
    office = testOffice(5);
    await expect(backupDatabase(office.db, path.join(office.dir, 'no-such-folder', 'c.sqlite'))).rejects.toMatchObject({
      code: 'NOT_WRITABLE',
    });
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    expect(asBackupError(full, 'write')).toMatchObject({ code: 'DISK_FULL' });
    const nospace = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    expect(asBackupError(nospace, 'write')).toMatchObject({ code: 'DISK_FULL', messageKey: 'backup.error.DISK_FULL' });
    const bug = new TypeError('x');
    expect(asBackupError(bug, 'write')).toBe(bug);
  });
});

describe('inspectSnapshot', () => {
  it('rejects a file that is not SQLite and a damaged copy', async () => {
    office = testOffice(400);
    const text = path.join(office.dir, 'notes.txt');
    fs.writeFileSync(text, 'không phải cơ sở dữ liệu');
    expect(() => inspectSnapshot(text)).toThrow(expect.objectContaining({ code: 'NOT_A_BACKUP' }));

    const copy = path.join(office.dir, 'copy.sqlite');
    await backupDatabase(office.db, copy);
    damagePages(copy);
    expect(() => inspectSnapshot(copy)).toThrow(expect.objectContaining({ code: 'INTEGRITY_FAILED' }));
  });
});
