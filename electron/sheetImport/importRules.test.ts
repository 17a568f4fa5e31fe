// Issue 19, defects 6 and 8 (title row): the import's rules against the real handlers and SQLite.
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { createRouter } from '../api/router';
import { handlers } from '../api/handlers/index';
import type { Session } from '../api/context';
import { workbookBytes } from '../businesses/testing';
import { appContextOn, TestApp } from '../testing/factories';

let app: TestApp;
afterEach(() => app.close());

async function read(call: TestApp['ok'], bytes: Uint8Array): Promise<string> {
  const { jobId } = await call('businesses.importRead', { fileName: 'co-so.xlsx', bytes: Buffer.from(bytes).toString('base64') });
  for (;;) {
    const job = await call('jobs.get', { jobId });
    if (job.state === 'done') return jobId;
    if (job.state === 'failed') throw new Error(JSON.stringify(job.error));
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const HEADERS = ['Tên cơ sở', 'Loại hình', 'Xã, phường'];
const ROWS = [
  ['Karaoke Hoa Mai', 'Karaoke', 'Phường Đông Kinh'],
  ['Nhà nghỉ Bình An', 'Nhà nghỉ', '05977'],
];

describe('a title row above the headers', () => {
  it('is recognised: the first row naming the required columns is the header row', async () => {
    app = await TestApp.withOffice();
    const jobId = await read(app.ok.bind(app), await workbookBytes([['DANH SÁCH CƠ SỞ KINH DOANH CÓ ĐIỀU KIỆN NĂM 2026'], [], ['Ngày 01/12/2026'], HEADERS, ...ROWS]));
    const preview = await app.ok('businesses.importPreview', { jobId });
    expect(preview).toMatchObject({ headerRow: 4, headers: HEADERS, missingColumns: [], validCount: 2, invalidCount: 0 });
    expect(await app.ok('businesses.importCommit', { jobId, validOnly: false })).toEqual({ imported: 2, skipped: 0 });
  });

  it('when no row names the required columns, the message says which row was taken as the header', async () => {
    app = await TestApp.withOffice();
    const jobId = await read(app.ok.bind(app), await workbookBytes([['DANH SÁCH CƠ SỞ'], ['Tên', 'Kiểu'], ['Karaoke Hoa Mai', 'Karaoke']]));
    const preview = await app.ok('businesses.importPreview', { jobId });
    expect(preview.headerRow).toBe(1);
    expect(preview.missingColumns.length).toBeGreaterThan(0);
    const commit = await app.call('businesses.importCommit', { jobId, validOnly: true });
    expect(commit).toMatchObject({ ok: false, error: { code: 'IMPORT_MISSING_COLUMNS', messageKey: 'import.missingColumnsAtRow', params: { row: 1 } } });
  });
});

describe('two connections importing the same spreadsheet', () => {
  it('never both write it: the duplicate check runs inside the write transaction', async () => {
    app = await TestApp.withOffice();
    const bytes = await workbookBytes([HEADERS, ...ROWS]);
    // A second connection to the same database, as another process would hold, with its own jobs.
    const otherDb = openDatabase(app.dataDir);
    const other = appContextOn(otherDb);
    const router = createRouter({ handlers, isTrustedSender: () => true });
    const session: Session = { user: app.session.user };
    const otherOk = async <T,>(name: string, input: unknown): Promise<T> => {
      const result = await router(name as never, input as never, { app: other, session, sender: { kind: 'cli' } });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return result.value as T;
    };
    const otherJob = await read(otherOk as TestApp['ok'], bytes);
    await otherOk('businesses.importPreview', { jobId: otherJob });
    const jobId = await read(app.ok.bind(app), bytes);
    expect((await app.ok('businesses.importPreview', { jobId })).validCount).toBe(2);

    // The other import commits in the last moment before this one's write transaction begins.
    const db = app.running.app.db;
    const transaction = db.transaction.bind(db);
    let raced = false;
    db.transaction = ((fn: never) => {
      if (!raced) {
        raced = true;
        // Synchronously, on the other connection: its import is all done before ours writes.
        const committed = router('businesses.importCommit', { jobId: otherJob, validOnly: false }, { app: other, session, sender: { kind: 'cli' } });
        void committed;
      }
      return transaction(fn);
    }) as typeof db.transaction;
    const ours = await app.call('businesses.importCommit', { jobId, validOnly: false });
    db.transaction = transaction;
    expect(raced).toBe(true);
    expect(ours).toMatchObject({ ok: false, error: { code: 'IMPORT_HAS_ERRORS' } });
    const names = (await app.ok('businesses.list', {})).rows.map((b) => b.name).sort();
    expect(names).toEqual(['Karaoke Hoa Mai', 'Nhà nghỉ Bình An']);
    otherDb.close();
  });
});
