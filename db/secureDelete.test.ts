import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDataDir } from './testing';
import { applyPragmas, openDatabase, pragmaProblems } from './open';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});
function dataDir(): string {
  const { dir, cleanup } = tempDataDir();
  cleanups.push(cleanup);
  return dir;
}

const SECRET = 'Tran Thi Bich Ngoc 0912 345 678';

/** Deletes a row holding SECRET and returns whether its bytes are still somewhere in the file. */
function deletedRowLeftInFile(db: Database.Database, file: string): boolean {
  db.exec('CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)');
  const insert = db.prepare('INSERT INTO note (body) VALUES (?)');
  for (let i = 0; i < 50; i += 1) insert.run(`${SECRET} ${i} ${'x'.repeat(200)}`);
  db.exec('DELETE FROM note');
  db.pragma('wal_checkpoint(TRUNCATE)');
  return fs.readFileSync(file).includes(Buffer.from(SECRET));
}

describe('secure_delete', () => {
  it('is ON for every connection the app opens, and db check names it when off', () => {
    const db = openDatabase(dataDir());
    cleanups.push(() => db.close());
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    db.pragma('secure_delete = OFF');
    expect(pragmaProblems(db)).toEqual(['secure_delete=0 (expected 1)']);
  });

  it('overwrites a deleted row: its text is gone from the file (a plain file, so the bytes can be searched)', () => {
    // The attack: someone with the file (and, for an encrypted one, its key) reads freed pages.
    const withoutFile = path.join(dataDir(), 'without.sqlite');
    const without = new Database(withoutFile);
    cleanups.push(() => without.close());
    without.pragma('journal_mode = WAL');
    without.pragma('secure_delete = OFF');
    expect(deletedRowLeftInFile(without, withoutFile)).toBe(true);

    const appFile = path.join(dataDir(), 'app.sqlite');
    const app = new Database(appFile);
    cleanups.push(() => app.close());
    applyPragmas(app);
    expect(deletedRowLeftInFile(app, appFile)).toBe(false);
  });
});
