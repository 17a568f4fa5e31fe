import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkOffThread, SqliteCheckError } from './checkWorker';
import { backupDatabase } from './snapshot';
import { damagePages, testOffice, type TestOffice } from './testing';

let office: TestOffice;
afterEach(() => office.cleanup());

describe('checkOffThread', () => {
  it('runs the check in a worker thread (not the in-thread fallback) and reports damage', async () => {
    office = testOffice(400);
    const copy = path.join(office.dir, 'copy.sqlite');
    await backupDatabase(office.db, copy);
    await expect(checkOffThread(copy, 'integrity_check')).resolves.toEqual(['ok']);
    damagePages(copy);
    // Depending on which pages were hit, SQLite lists the problems or gives up reading.
    const outcome = await checkOffThread(copy, 'integrity_check').then(
      (lines) => lines,
      (error: unknown) => error,
    );
    if (Array.isArray(outcome)) expect(outcome).not.toEqual(['ok']);
    else expect(outcome).toBeInstanceOf(SqliteCheckError);
  });

  it('rejects with SQLite\'s error for a file it cannot read as a database, and honours cancel', async () => {
    office = testOffice(1);
    const garbage = path.join(office.dir, 'garbage.sqlite');
    fs.writeFileSync(garbage, Buffer.alloc(8192, 0x41));
    await expect(checkOffThread(garbage, 'quick_check')).rejects.toBeInstanceOf(SqliteCheckError);
    const controller = new AbortController();
    const pending = checkOffThread(path.join(office.dir, 'district-desk.sqlite'), 'integrity_check', { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'CANCELLED' });
  });
});
