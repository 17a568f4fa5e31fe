// Data package figures for `npm run bench` (issue 6): package size, snapshot export/import vs raw inserts, streaming verification memory.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { insertBusiness } from '../../db/business';
import { openDatabase } from '../../db/open';
import { transferableColumns } from '../../db/packageRecords';
import { businessFields, tempDataDir, TEST_COMMUNE } from '../../db/testing';
import { syncedTables } from '../../db/changeLog';
import { currentTemplateFor } from '../../db/checklistTemplates';
import { insertPlan } from '../../db/inspectionPlans';
import { planInput } from '../inspections/testing';
import { monthAsXlsx, writeOfficeMonth } from './packageMonth';
import { verifyIncoming } from '../packages/incoming';
import { addBusiness, exportFrom, fileIn, openLink, sealAs } from '../packages/linkTesting';
import type { TestApp } from '../testing/factories';
import { record } from './figures';

/** A full garbage collection, without starting Node with --expose-gc. */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose_gc');
  (vm.runInNewContext('gc') as () => void)();
}

type Line = (label: string, value: string, target: string) => void;

const BUSINESSES = 20_000;
const YEARS = 10;
const PER_YEAR = 6_000;

async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** The longest gap between ticks of a 10 ms timer on this thread, from now until `stop()`. */
function watchMainThread(): { stop: () => number } {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(longest, performance.now() - last);
    },
  };
}

export async function benchPackages(line: Line): Promise<void> {
  console.log('\nData packages');
  const link = await openLink(1);
  try {
    const office = link.offices[0] as TestApp;
    const province = link.province;

    // 1. One edited business after an earlier package.
    const business = await addBusiness(office, 'Nhà nghỉ Hoàng Anh');
    await exportFrom(office, link.dir);
    await office.ok('businesses.update', { id: business.id, fields: { ...business, workersTotal: 12 } });
    const one = await office.ok('packages.export', { out: fileIn(link.dir), full: false });
    line('package after one edited business', `${one.size} B`, '< 4 KB');

    // 2. A month of typical office work, and the same records as a spreadsheet.
    const month = await writeOfficeMonth(office, () => exportFrom(office, link.dir));
    const monthly = await office.ok('packages.export', { out: fileIn(link.dir, 'month'), full: false });
    const xlsx = await monthAsXlsx(office, month.from, month.to);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    const { inspection = 0, inspection_answer: answers = 0, training_course: courses = 0, training_attendance: attendance = 0 } = month.counts;
    line(`a month of office work (${inspection} inspections with ${answers} answers, ${courses} courses, ${attendance} attendance rows)`, kb(monthly.size), '< 100 KB');
    line('the same records as .xlsx (exceljs, one sheet per table)', kb(xlsx), 'info');
    line('.xlsx size / package size', `${(xlsx / monthly.size).toFixed(2)}x`, 'info');

    // 3. Full snapshot of 20,000 businesses and 10 years of inspections (6,000 a year, as the
    // inspections bench): export and import vs raw prepared inserts of the same rows.
    const db = office.running.app.db;
    const owner = { unitCode: TEST_COMMUNE, unitListVersion: 'VN-2025' };
    const stamp = { userId: null, now: new Date().toISOString() };
    const uuid = (kind: number, i: number) => `00000000-0000-4${String(kind).padStart(3, '0')}-8000-${String(i).padStart(12, '0')}`;
    const template = currentTemplateFor(db, 'karaoke')?.id ?? '';
    const thisYear = new Date().getFullYear();
    db.transaction(() => {
      for (let i = 0; i < BUSINESSES; i++) {
        insertBusiness(db, uuid(1, i), owner, businessFields({ name: `Cơ sở ${i}`, registrationNo: `14A${String(i).padStart(7, '0')}` }), stamp);
      }
      const add = db.prepare(
        `INSERT INTO inspection (id, unit_code, code, plan_id, business_id, template_id, status, year, inspected_on, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, 'final', ?, ?, ?, ?)`,
      );
      for (let y = 0; y < YEARS; y++) {
        const year = thisYear - y;
        insertPlan(db, uuid(2, y), owner.unitCode, planInput({ periodFrom: `${year}-01-01`, periodTo: `${year}-12-31`, decisionDate: `${year}-01-01` }), stamp);
        for (let k = 0; k < PER_YEAR; k++) {
          // Numbered from 1001: the month above used this year's first codes.
          const code = `K-${String(year % 100).padStart(2, '0')}-${String(k + 1001).padStart(5, '0')}`;
          add.run(uuid(3, y * PER_YEAR + k), owner.unitCode, code, uuid(2, y), uuid(1, (k * 3 + y * 7) % BUSINESSES), template, year, `${year}-06-01`, stamp.now, stamp.now);
        }
      }
    })();
    const exported = await timed(() => office.ok('packages.export', { out: fileIn(link.dir, 'snapshot'), full: true }));
    // packages.import runs in a worker thread (packageJob.ts): the main thread only waits for it.
    const watch = watchMainThread();
    const imported = await timed(() => province.ok('packages.import', { file: exported.value.file, dryRun: false }));
    const longestPause = watch.stop();
    // Every row the snapshot carries, inserted into a fresh database with prepared statements.
    const tables = syncedTables(db).map((table) => {
      const columns = transferableColumns(db, table);
      const rows = db.prepare(`SELECT ${columns.join(', ')} FROM ${table}`).raw(true).all() as unknown[][];
      return { table, columns, rows };
    });
    const { dir, cleanup } = tempDataDir('dd-bench-raw-');
    const raw = openDatabase(dir);
    const baseline = await timed(() =>
      raw.transaction(() => {
        raw.pragma('defer_foreign_keys = ON');
        for (const { table, columns, rows } of tables) {
          const insert = raw.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
          for (const r of rows) insert.run(...r);
        }
      })(),
    );
    raw.close();
    cleanup();
    const count = (table: string) => tables.find((t) => t.table === table)?.rows.length ?? 0;
    const total = tables.reduce((n, t) => n + t.rows.length, 0);
    line(
      `full snapshot (${count('business')} businesses, ${count('inspection')} inspections, ${total} rows in all): file size`,
      `${(exported.value.size / 1024 / 1024).toFixed(1)} MB`,
      'info',
    );
    line('raw prepared inserts of the same rows, one transaction', `${baseline.ms.toFixed(0)} ms`, 'info');
    line('snapshot export', `${exported.ms.toFixed(0)} ms`, 'info');
    line('snapshot import in the worker thread (verify + decrypt + validate + apply)', `${imported.ms.toFixed(0)} ms`, 'info');
    line('longest main-thread pause during that import (10 ms timer)', `${longestPause.toFixed(0)} ms`, 'info');
    line('snapshot export / raw inserts', `${(exported.ms / baseline.ms).toFixed(2)}x`, '< 3x');
    record('snapshot.import.vs_raw', 'snapshot import / raw inserts', imported.ms / baseline.ms, 'x');
    line('snapshot import / raw inserts', `${(imported.ms / baseline.ms).toFixed(2)}x`, '< 3x');

    // 4. Verifying a 50 MB package, streamed: memory growth while it runs.
    const big = fileIn(link.dir, 'big');
    fs.writeFileSync(big, sealAs(office, province, Buffer.alloc(50 * 1024 * 1024, 'Nguyễn Văn An, số 12 đường Trần Đăng Ninh; '), { sequence: 999 }));
    // The sealing above left ~150 MB of garbage: collect it first, or its collection during the
    // run would hide what verifying costs. RSS may keep freed pages, so JS heap + Buffers are sampled too.
    collectGarbage();
    const usage = () => {
      const m = process.memoryUsage();
      return { rss: m.rss, js: m.heapUsed + m.external };
    };
    const before = usage();
    const peak = { ...before };
    const sample = () => {
      const now = usage();
      peak.rss = Math.max(peak.rss, now.rss);
      peak.js = Math.max(peak.js, now.js);
    };
    const sampler = setInterval(sample, 5);
    const verified = await timed(() => verifyIncoming(province.running.app, big));
    clearInterval(sampler);
    sample();
    line('verify a 50 MB package (streamed, every chunk authenticated)', `${verified.ms.toFixed(0)} ms`, 'info');
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    line('memory growth while verifying it: RSS', mb(peak.rss - before.rss), '< 100 MB');
    line('memory growth while verifying it: JS heap + buffers', mb(peak.js - before.js), '< 100 MB');
  } finally {
    link.close();
  }
}
