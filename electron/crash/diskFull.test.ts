import { afterEach, describe, expect, it } from 'vitest';
import { translate } from '../../renderer/i18n/translate';
import { integrityProblems } from '../backup/snapshot';
import { businessFields, TestApp } from '../testing/factories';
import { checkChangeLog } from './checks';
import { readSheet, taggedSheet } from './sheets';

/*
 * A full disk, simulated with PRAGMA max_page_count on the app's own connection: SQLite then fails
 * a write that needs one more page with SQLITE_FULL, exactly as when the drive itself is full.
 */
let app: TestApp;
afterEach(() => app.close());

function fillDisk(): void {
  const db = app.running.app.db;
  db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
}

function freeSpace(): void {
  app.running.app.db.pragma('max_page_count = 1073741823');
}

function expectSound(): void {
  const db = app.running.app.db;
  expect(integrityProblems(db, 'integrity_check')).toEqual([]);
  expect(db.pragma('foreign_key_check')).toEqual([]);
  checkChangeLog(db);
}

const DISK_FULL = { ok: false, error: { code: 'DISK_FULL', messageKey: 'errors.diskFull' } };

describe('a full disk', () => {
  it('refuses a form save with a clear Vietnamese message, keeps what was saved, and the register still reads', async () => {
    app = await TestApp.withOffice();
    const kept = await app.ok('businesses.create', businessFields({ name: 'Nhà nghỉ Đã Lưu', registrationNo: 'S0000001' }));
    fillDisk();
    // Saves go on until one needs a page the disk no longer has.
    let saved = 0;
    let refused: Awaited<ReturnType<TestApp['call']>> | undefined;
    for (let i = 0; i < 500 && !refused; i += 1) {
      const result = await app.call(
        'businesses.create',
        businessFields({ name: `Karaoke Đầy ${i}`, address: `Số ${i}`, registrationNo: `F${i}`, notes: 'Ghi chú dài. '.repeat(200) }),
      );
      if (result.ok) saved += 1;
      else refused = result;
    }
    expect(refused).toEqual(DISK_FULL);
    expect(translate('vi', 'errors.diskFull')).toBe('Ổ đĩa đã đầy. Dữ liệu chưa bị thay đổi. Hãy giải phóng dung lượng rồi thử lại');

    const page = await app.ok('businesses.list', { limit: 500 });
    expect(page.total).toBe(saved + 1);
    expect(page.rows.map((r) => r.name)).toContain(kept.name);
    expect(page.rows.map((r) => r.name)).not.toContain(`Karaoke Đầy ${saved}`);
    expect(await app.ok('businesses.get', { id: kept.id })).toEqual(kept);
    expectSound();

    freeSpace();
    await app.ok('businesses.create', businessFields({ name: `Karaoke Đầy ${saved}`, registrationNo: `F${saved}` }));
    expect((await app.ok('businesses.list', {})).total).toBe(saved + 2);
  });

  it('refuses a spreadsheet import as a whole: not one of its rows is written', async () => {
    app = await TestApp.withOffice();
    const communes = (await app.ok('units.communes', {})).map((c) => c.code);
    await app.ok('businesses.create', businessFields({ name: 'Nhà nghỉ Đã Lưu', registrationNo: 'S0000001' }));
    const jobId = await readSheet(app, await taggedSheet('day', communes, 300));
    fillDisk();

    expect(await app.call('businesses.importCommit', { jobId, validOnly: false })).toEqual(DISK_FULL);
    const page = await app.ok('businesses.list', { limit: 500 });
    expect(page.rows.map((r) => r.name)).toEqual(['Nhà nghỉ Đã Lưu']);
    expectSound();

    // Once space is freed the same file imports in full (the read sheet is kept until a commit succeeds).
    freeSpace();
    expect(await app.ok('businesses.importCommit', { jobId, validOnly: false })).toEqual({ imported: 300, skipped: 0 });
  });
});
