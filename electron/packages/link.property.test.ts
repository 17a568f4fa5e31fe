import fs from 'node:fs';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPragmas } from '../../db/open';
import { databaseStats } from '../../db/packageRecords';
import type { AppContext } from '../api/context';
import { appContextOn, type TestApp } from '../testing/factories';
import { isPackageError } from './errors';
import { importIncoming } from './incoming';
import { addBusiness, exportFrom, openLink, writeBytes, type Link } from './linkTesting';

/** A throwaway copy of the province database, so every run starts from the same state. */
function provinceCopy(image: Buffer): AppContext {
  const db = new Database(image);
  applyPragmas(db);
  return appContextOn(db);
}

function businessState(app: AppContext): unknown[] {
  return app.db.prepare('SELECT * FROM business ORDER BY id').all().map((r) => ({ ...(r as object), row_no: undefined }));
}

describe('packages under arbitrary damage and arbitrary arrival', () => {
  let link: Link;
  let image: Buffer;
  const files: string[] = [];

  beforeAll(async () => {
    link = await openLink(1);
    const office = link.offices[0] as TestApp;
    const x = await addBusiness(office, 'Karaoke Hoa Mai');
    const y = await addBusiness(office, 'Nhà nghỉ Ánh Dương');
    files.push(await exportFrom(office, link.dir));
    await office.ok('businesses.update', { id: x.id, fields: { ...x, workersTotal: 11 } });
    files.push(await exportFrom(office, link.dir));
    const z = await addBusiness(office, 'Khách sạn Mẫu Sơn');
    await office.ok('businesses.update', { id: y.id, fields: { ...y, notes: 'đã nhắc nhở' } });
    files.push(await exportFrom(office, link.dir));
    files.push(await exportFrom(office, link.dir, true));
    await office.ok('businesses.update', { id: z.id, fields: { ...z, status: 'suspended' } });
    await office.ok('businesses.update', { id: x.id, fields: { ...x, name: 'Karaoke Hoa Mai 2' } });
    files.push(await exportFrom(office, link.dir));
    office.running.app.db.prepare('DELETE FROM business WHERE id = ?').run(y.id);
    files.push(await exportFrom(office, link.dir));
    link.province.running.app.db.pragma('wal_checkpoint(TRUNCATE)');
    image = link.province.running.app.db.serialize();
    // Header bytes 18-19 say WAL; an in-memory copy must use a rollback journal.
    image[18] = 1;
    image[19] = 1;
  }, 30_000);
  afterAll(() => link.close());

  it('every single-byte change of a valid package is refused and changes nothing', async () => {
    const valid = fs.readFileSync(files[0] ?? '');
    const app = provinceCopy(image);
    const before = databaseStats(app.db);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: valid.length - 1 }), fc.integer({ min: 1, max: 255 }), async (at, xor) => {
        const changed = Buffer.from(valid);
        changed[at] = (changed[at] ?? 0) ^ xor;
        const error = await importIncoming(app, writeBytes(link.dir, changed, 'flip'), { dryRun: false }).then(
          () => null,
          (e: unknown) => e,
        );
        expect(isPackageError(error)).toBe(true);
      }),
      { numRuns: 600 },
    );
    expect(databaseStats(app.db)).toEqual(before);
    app.db.close();
  });

  it('any order of any subset, with replays, ends as importing that subset in order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: files.length - 1 }), { maxLength: 10 }), async (order) => {
        const inOrder = provinceCopy(image);
        for (const i of [...new Set(order)].sort((a, b) => a - b)) await importIncoming(inOrder, files[i] ?? '', { dryRun: false });
        const shuffled = provinceCopy(image);
        const seen = new Set<number>();
        for (const i of order) {
          const result = await importIncoming(shuffled, files[i] ?? '', { dryRun: false });
          expect(result.alreadyImported).toBe(seen.has(i));
          seen.add(i);
        }
        expect(businessState(shuffled)).toEqual(businessState(inOrder));
        inOrder.db.close();
        shuffled.db.close();
      }),
      { numRuns: 40 },
    );
  });
});
