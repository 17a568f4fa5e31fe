import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../db/open';
import { tempDataDir } from '../../db/testing';
import { quickCheck } from './health';
import { listBackups, runAutomaticBackup } from './rotation';
import { addBusinesses, damagePages, testOffice, type TestOffice } from './testing';

let office: TestOffice;
afterEach(() => office.cleanup());

describe('quickCheck', () => {
  it('passes a sound database, and a first start with no database and no backups', () => {
    office = testOffice(5);
    expect(quickCheck(office.dir)).toEqual({ ok: true });
    const fresh = tempDataDir();
    expect(quickCheck(fresh.dir)).toEqual({ ok: true });
    fresh.cleanup();
  });

  it('finds a damaged database and offers the newest backup that is itself sound', async () => {
    office = testOffice(400);
    await runAutomaticBackup(office.db, office.dir, new Date('2026-03-16T17:00:00Z'));
    addBusinesses(office.db, 10);
    await runAutomaticBackup(office.db, office.dir, new Date('2026-03-17T17:00:00Z'));
    addBusinesses(office.db, 10);
    await runAutomaticBackup(office.db, office.dir, new Date('2026-03-18T17:00:00Z'));
    office.db.close();
    // The disk failed: the live database and the newest backup both took damage.
    damagePages(path.join(office.dir, DB_FILE_NAME));
    damagePages(listBackups(office.dir)[0]?.file ?? '');

    const result = quickCheck(office.dir);
    expect(result).toMatchObject({ ok: false, reason: 'corrupt' });
    if (result.ok) return;
    expect(result.detail.length).toBeGreaterThan(0);
    expect(result.newestGoodBackup).toMatchObject({
      file: path.join(office.dir, 'backups', 'district-desk-20260317-170000.sqlite'),
      createdAt: '2026-03-17T17:00:00.000Z',
      rowCounts: expect.objectContaining({ business: 410 }),
    });
  });

  it('reports a file that is not a database at all, with no backup to offer', () => {
    office = testOffice(1);
    office.db.close();
    for (const suffix of ['-wal', '-shm']) fs.rmSync(path.join(office.dir, DB_FILE_NAME + suffix), { force: true });
    fs.writeFileSync(path.join(office.dir, DB_FILE_NAME), Buffer.alloc(8192, 0x41));
    expect(quickCheck(office.dir)).toMatchObject({ ok: false, reason: 'corrupt', newestGoodBackup: null });
  });
});
