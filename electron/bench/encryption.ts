// The cost of encryption at rest for `npm run bench`: the same schema, rows, writes and searches on
// SQLCipher (better-sqlite3-multiple-ciphers, the app's) and on plain better-sqlite3, in one run.
import type Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { installAudit } from '../../db/audit';
import { insertBusiness, listBusinesses } from '../../db/business';
import { BUSINESS_TYPES, type BusinessFields } from '../../db/businessTypes';
import { migrate } from '../../db/migrate';
import { applyPragmas, DB_FILE_NAME, openDatabase, type Db } from '../../db/open';
import { businessFields, tempDataDir, TEST_COMMUNE } from '../../db/testing';
import { record } from './figures';

// The plain build (a dev dependency, aliased): the same API, without SQLite3MultipleCiphers.
const PlainDatabase = createRequire(__filename)('better-sqlite3-plain') as typeof Database;

const ROWS = 20_000;
const SINGLE_WRITES = 200;
const SEARCHES = ['nha nghi', 'hoang anh', 'tran dang ninh', 'karaoke 19', 'nguyen van', '14a00012', 'khong co'];
const OWNER = { unitCode: '20', unitListVersion: 'VN-2025' };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function fields(i: number): BusinessFields {
  return businessFields({
    name: `${['Nhà nghỉ', 'Karaoke', 'Khách sạn'][i % 3] ?? ''} Hoàng Anh ${i}`,
    type: BUSINESS_TYPES[i % BUSINESS_TYPES.length] ?? 'guest_house',
    address: `Số ${i % 300}, đường Trần Đăng Ninh`,
    communeCode: TEST_COMMUNE,
    registrationNo: `14A${String(i).padStart(7, '0')}`,
  });
}

interface Figures {
  bulkMs: number;
  writeMs: number;
  searchMs: number;
}

const STAMP = { userId: null, now: '2026-03-01T08:00:00.000Z' };
const QUERY = { communeCode: null, type: null, status: null, originInstallationId: null, unitCode: null, sort: 'name', descending: false, offset: 0, limit: 200 } as const;

function timed(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** Both databases take every step in turn, so a busy machine slows them alike. */
function measure(dbs: [Db, Db]): [Figures, Figures] {
  const bulk = dbs.map((db) =>
    timed(() =>
      db.transaction(() => {
        for (let i = 0; i < ROWS; i += 1) insertBusiness(db, `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, OWNER, fields(i), STAMP);
      })(),
    ),
  );
  // One save at a time, as a clerk saves: a transaction each, durable (synchronous=FULL) before the next.
  const writes: [number[], number[]] = [[], []];
  for (let i = 0; i < SINGLE_WRITES; i += 1) {
    dbs.forEach((db, d) => writes[d]?.push(timed(() => db.transaction(() => insertBusiness(db, `10000000-0000-4000-8000-${String(i).padStart(12, '0')}`, OWNER, fields(ROWS + i), STAMP))())));
  }
  const searches: [number[], number[]] = [[], []];
  for (let round = 0; round < 10; round += 1) {
    for (const search of SEARCHES) dbs.forEach((db, d) => searches[d]?.push(timed(() => listBusinesses(db, { ...QUERY, search }))));
  }
  const figures = (d: 0 | 1): Figures => ({ bulkMs: bulk[d] ?? NaN, writeMs: median(writes[d]), searchMs: median(searches[d]) });
  return [figures(0), figures(1)];
}

/**
 * What secure_delete costs on the app's encrypted database: a save that replaces a row (the old cell is
 * overwritten when ON), median of SINGLE_WRITES, the pragma alternating so load affects both alike.
 */
function measureSecureDelete(db: Db): { onMs: number; offMs: number } {
  db.exec('CREATE TABLE bench_note (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO bench_note (id, body) VALUES (?, ?)');
  const remove = db.prepare('DELETE FROM bench_note WHERE id = ?');
  db.transaction(() => {
    for (let i = 0; i < SINGLE_WRITES * 2; i += 1) insert.run(i, `Người tố giác ${i} ${'x'.repeat(2000)}`);
  })();
  const on: number[] = [];
  const off: number[] = [];
  for (let i = 0; i < SINGLE_WRITES * 2; i += 1) {
    const secure = i % 2 === 0;
    db.pragma(`secure_delete = ${secure ? 'ON' : 'OFF'}`);
    const ms = timed(() => db.transaction(() => remove.run(i))());
    (secure ? on : off).push(ms);
  }
  db.pragma('secure_delete = ON');
  return { onMs: median(on), offMs: median(off) };
}

export async function benchEncryption(line: (what: string, value: string, target: string) => void): Promise<void> {
  const encryptedDir = tempDataDir('dd-bench-cipher-');
  const plainDir = tempDataDir('dd-bench-plain-');
  try {
    const encrypted = openDatabase(encryptedDir.dir);
    // The same pragmas, migrations and audit triggers on the plain build.
    const plain: Db = new PlainDatabase(path.join(plainDir.dir, DB_FILE_NAME));
    applyPragmas(plain);
    migrate(plain);
    installAudit(plain);
    const [c, p] = measure([encrypted, plain]);
    const secure = measureSecureDelete(encrypted);
    encrypted.close();
    plain.close();
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
    line(`at rest: seed ${ROWS} businesses, SQLCipher / plain`, `${c.bulkMs.toFixed(0)} / ${p.bulkMs.toFixed(0)} ms`, 'info');
    record('cipher.bulk.vs_plain', 'at rest: bulk write ratio', c.bulkMs / p.bulkMs, 'x');
    line('at rest: bulk write ratio (SQLCipher / plain)', ratio(c.bulkMs, p.bulkMs), 'info');
    line(`at rest: one durable save, median of ${SINGLE_WRITES}, SQLCipher / plain`, `${c.writeMs.toFixed(2)} / ${p.writeMs.toFixed(2)} ms`, 'info');
    record('cipher.save.vs_plain', 'at rest: save ratio', c.writeMs / p.writeMs, 'x');
    line('at rest: save ratio (SQLCipher / plain)', ratio(c.writeMs, p.writeMs), '< 2x');
    line(`at rest: search ${ROWS}, median, SQLCipher / plain`, `${c.searchMs.toFixed(2)} / ${p.searchMs.toFixed(2)} ms`, 'info');
    record('cipher.search.vs_plain', 'at rest: search ratio', c.searchMs / p.searchMs, 'x');
    line('at rest: search ratio (SQLCipher / plain)', ratio(c.searchMs, p.searchMs), '< 2x');
    line(`at rest: durable delete of a 2 KB row, median of ${SINGLE_WRITES}, secure_delete ON / OFF`, `${secure.onMs.toFixed(2)} / ${secure.offMs.toFixed(2)} ms`, 'info');
    line('at rest: secure_delete write ratio (ON / OFF)', ratio(secure.onMs, secure.offMs), '< 1.5x');
  } finally {
    encryptedDir.cleanup();
    plainDir.cleanup();
  }
}
