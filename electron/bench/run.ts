// `npm run bench`: prints the register's performance figures (no assertions; compare with the targets).
import { performance } from 'node:perf_hooks';
import { businessIdentityKey, insertBusiness, registrationKey } from '../../db/business';
import { normalizeForSearch, vietnameseSortKey } from '../../db/text';
import type { BusinessFields } from '../../db/businessTypes';
import { BUSINESS_TYPES } from '../../db/businessTypes';
import { openDatabase } from '../../db/open';
import { tempDataDir } from '../../db/testing';
import { writeBusinessesSheet } from '../businesses/exportSheet';
import { TestApp } from '../testing/factories';
import { benchAudit } from './audit';
import { benchSignIn } from './signIn';
import { benchBackup } from './backup';
import { benchPackages } from './packages';
import { trainingBench } from './training';
import { benchPlan } from './plan';
import { benchInspections } from './inspections';
import { benchScan } from './scan';
import { benchCrash } from './crash';
import { benchEncryption } from './encryption';
import { benchProvinces } from './provinces';
import { DB_KEY_ENV } from '../../db/key';
import { TEST_DB_KEY } from '../../db/testing';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { ftsQuery, listBusinesses } from '../../db/business';
import { connect } from '../../db/encryption';
import { DB_FILE_NAME, type Db } from '../../db/open';
import { BASELINE_FILE, baselineFrom, compareRatios, currentRun, printComparison, record, writeRun, LAST_RUN_FILE, type BaselineFile } from './figures';
import fs from 'node:fs';
import os from 'node:os';
import { TEST_COMMUNE } from '../../db/testing';

// The bench's folders are throwaway: they are keyed with the tests' key source.
process.env[DB_KEY_ENV] ??= TEST_DB_KEY.toString('hex');

const FIRST = ['Nhà nghỉ', 'Khách sạn', 'Karaoke', 'Massage', 'Quán cà phê', 'Nhà trọ', 'Vũ trường', 'Cắt tóc gội đầu'];
const SECOND = ['Hoàng Anh', 'Ánh Dương', 'Hoa Mai', 'Đông Kinh', 'Phố Cũ', 'Kỳ Lừa', 'Mẫu Sơn', 'Tam Thanh', 'Nhị Thanh', 'Bắc Sơn', 'Hữu Nghị', 'Văn Quan'];
const STREETS = ['Trần Đăng Ninh', 'Lê Lợi', 'Bà Triệu', 'Tam Thanh', 'Lý Thái Tổ', 'Hùng Vương', 'Bến Bắc'];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function generated(i: number, communes: string[]): BusinessFields {
  const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;
  return {
    name: `${pick(FIRST, i)} ${pick(SECOND, Math.floor(i / 8))} ${i}`,
    type: pick(BUSINESS_TYPES, i),
    address: `Số ${(i % 300) + 1}, đường ${pick(STREETS, i)}`,
    communeCode: pick(communes, i),
    ownerName: `Nguyễn Văn ${pick(SECOND, i)}`,
    phone: `0205${String(1000000 + i)}`,
    registrationNo: `14A${String(i).padStart(7, '0')}`,
    registrationDate: '2022-05-17',
    securityCertNo: '',
    securityCertDate: null,
    workersTotal: (i % 12) + 1,
    workersWomen: i % 2,
    status: 'operating',
    notes: '',
  };
}

function line(label: string, value: string, target: string): void {
  console.log(`${label.padEnd(58)} ${value.padStart(12)}   (target ${target})`);
}

function p95(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? NaN;
}

/** Prints and records a ratio (lower is better), the figure the baseline keeps. */
function ratioLine(key: string, label: string, value: number, target: string): void {
  record(key, label, value, 'x');
  line(label, `${value.toFixed(2)}x`, target);
}

function msLine(key: string, label: string, value: number, target: string): void {
  record(key, label, value, 'ms');
  line(label, `${value.toFixed(value < 10 ? 2 : 1)} ms`, target);
}

/**
 * The bare engine's search on the same index: the trigram MATCH reading every match's key (what any
 * search must do to count its matches), or for words under three letters the LIKE scan of the column.
 */
function bareSearch(db: Db): (search: string) => void {
  const fts = db.prepare('SELECT rowid FROM business_search WHERE business_search MATCH ?').pluck();
  const like = db.prepare("SELECT row_no FROM business WHERE search_text LIKE ? ESCAPE '\\'").pluck();
  return (search) => {
    const words = normalizeForSearch(search).split(' ').filter(Boolean);
    const long = words.filter((w) => w.length >= 3);
    if (long.length) fts.all(ftsQuery(long));
    else like.all(`%${words[0] ?? ''}%`);
  };
}

const QUERIES = ['nha nghi', 'karaoke anh duong', 'hoang anh', 'tran dang ninh', 'ky lua', 'mau son 1', 'dong kinh', 'nguyen van', '14a00012', 'x'];
const LIST = { communeCode: null, type: null, status: null, originInstallationId: null, unitCode: null, sort: 'name', descending: false, offset: 0, limit: 200 } as const;

/**
 * `BENCH_ONLY=audit,backup npm run bench` runs just those parts (foundation, triggers, country, encryption, audit, signin,
 * backup, packages, training, plan, inspections, scan, crash, provinces). `-- --compare` sets the ratios against bench/baseline.json.
 */
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const wanted = (part: string) => !only || only.includes(part);

async function main(): Promise<void> {
  console.log('District Desk benchmark (Node', process.version + ')\n');
  if (wanted('foundation')) await benchFoundation();
  if (wanted('triggers')) benchTriggers();
  if (wanted('country')) benchCountry();
  if (wanted('encryption')) await benchEncryption(line);
  if (wanted('provinces')) await benchProvinces(line);
  if (wanted('audit')) await benchAudit({ line, median, generated });
  if (wanted('signin')) await benchSignIn();
  if (wanted('backup')) await benchBackup(line);
  if (wanted('packages')) await benchPackages(line);
  if (wanted('training')) await trainingBench();
  if (wanted('plan')) await benchPlan();
  if (wanted('inspections')) await benchInspections();
  if (wanted('scan')) await benchScan(line);
  if (wanted('crash')) await benchCrash(line);
  finish();
}

/** Writes the run's figures; `--compare` sets them against the baseline, `--update-baseline` replaces it. */
function finish(): void {
  const run = currentRun();
  writeRun(run);
  console.log(`\nFigures written to ${path.relative(process.cwd(), LAST_RUN_FILE)} (load average now ${os.loadavg().map((l) => l.toFixed(2)).join(', ')})`);
  if (process.argv.includes('--update-baseline')) {
    const previous = fs.existsSync(BASELINE_FILE) ? (JSON.parse(fs.readFileSync(BASELINE_FILE, 'utf8')) as BaselineFile) : null;
    // A partial run (BENCH_ONLY) replaces only the ratios it measured.
    const next = baselineFrom(run, 'Ratios of `npm run bench -- --update-baseline` (README, section Tests and benchmarks)');
    next.ratios = { ...(previous?.ratios ?? {}), ...next.ratios };
    fs.writeFileSync(BASELINE_FILE, `${JSON.stringify(next, null, 2)}\n`);
    console.log(`Baseline written to ${path.relative(process.cwd(), BASELINE_FILE)}`);
  }
  if (process.argv.includes('--compare')) {
    const baseline = JSON.parse(fs.readFileSync(BASELINE_FILE, 'utf8')) as BaselineFile;
    const measured = new Set(run.figures.map((f) => f.key));
    // Under BENCH_ONLY only the measured ratios are compared.
    const ratios = Object.fromEntries(Object.entries(baseline.ratios).filter(([key]) => !only || measured.has(key)));
    if (printComparison(compareRatios(ratios, run)) > 0) process.exitCode = 1;
  }
}

const TRIGGER_ROWS = 5_000;

/**
 * What the change-log and audit triggers cost a bulk write (a package import or a snapshot applies
 * rows this way): the same businesses inserted in one transaction into a database with the triggers
 * and into one without them (the search index kept in both), in turn.
 */
function benchTriggers(): void {
  console.log('\nChange log and audit at volume');
  const folders = [tempDataDir('dd-bench-trig-'), tempDataDir('dd-bench-notrig-')];
  const [logged, plain] = folders.map((f) => openDatabase(f.dir)) as [Db, Db];
  try {
    const names = plain.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND (name LIKE 'change_log_%' OR name = 'audit_record_change')").pluck().all() as string[];
    for (const name of names) plain.exec(`DROP TRIGGER ${name}`);
    plain.exec('DROP TRIGGER temp.audit_log_seal');
    const owner = { unitCode: '20', unitListVersion: 'VN-2025' };
    const stamp = { userId: null, now: new Date().toISOString() };
    const times = { logged: [] as number[], plain: [] as number[] };
    for (let round = 0; round < 3; round += 1) {
      for (const [kind, db] of [['logged', logged], ['plain', plain]] as const) {
        times[kind].push(
          time(() =>
            db.transaction(() => {
              for (let i = 0; i < TRIGGER_ROWS; i += 1) insertBusiness(db, `r${round}-${i}`, owner, generated(i, [TEST_COMMUNE]), stamp);
            })(),
          ),
        );
      }
    }
    const audited = (logged.prepare("SELECT count(*) FROM audit_log WHERE action = 'record.create'").pluck().get() as number) === 3 * TRIGGER_ROWS;
    if (!audited) throw new Error('an audit entry is missing');
    msLine('triggers.bulk.logged.ms', `${TRIGGER_ROWS} inserts with change log + audit, one transaction, median`, median(times.logged), 'info');
    msLine('triggers.bulk.plain.ms', `${TRIGGER_ROWS} inserts without those triggers, median`, median(times.plain), 'info');
    ratioLine('triggers.bulk.vs_plain', 'bulk insert with change log + audit / without', median(times.logged) / median(times.plain), '<= 5x');
  } finally {
    logged.close();
    plain.close();
    folders.forEach((f) => f.cleanup());
  }
}

const COUNTRY_ROWS = Number(process.env.BENCH_COUNTRY_ROWS ?? 100_000);

/** Search over a whole country's register (100,000 businesses), against the bare FTS query. */
function benchCountry(): void {
  console.log(`\nSearch at ${COUNTRY_ROWS.toLocaleString('en')} businesses`);
  const { dir, cleanup } = tempDataDir('dd-bench-country-');
  const db = openDatabase(dir);
  try {
    const owner = { unitCode: '20', unitListVersion: 'VN-2025' };
    const stamp = { userId: null, now: new Date().toISOString() };
    const seed = time(() =>
      db.transaction(() => {
        for (let i = 0; i < COUNTRY_ROWS; i += 1) insertBusiness(db, `c-${i}`, owner, generated(i, [TEST_COMMUNE]), stamp);
      })(),
    );
    line(`seed ${COUNTRY_ROWS.toLocaleString('en')} businesses (one transaction)`, `${(seed / 1000).toFixed(1)} s`, 'info');
    const bare = bareSearch(db);
    const searches: number[] = [];
    const bareTimes: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      for (const search of QUERIES) {
        searches.push(time(() => listBusinesses(db, { ...LIST, search })));
        bareTimes.push(time(() => bare(search)));
      }
    }
    msLine('search.100k.median.ms', `search ${COUNTRY_ROWS.toLocaleString('en')}, median of ${searches.length}`, median(searches), '<= 20 ms');
    msLine('search.100k.fts.ms', '  bare FTS query on the same index, median', median(bareTimes), 'info');
    ratioLine('search.100k.vs_fts', `search ${COUNTRY_ROWS.toLocaleString('en')} median / bare FTS median`, median(searches) / median(bareTimes), '<= 1.5x');
  } finally {
    db.close();
    cleanup();
  }
}

async function benchFoundation(): Promise<void> {

  // 1. Opening and migrating an empty database.
  // Each against a bare keyed connection to the same file (open + read the header), in turn.
  const opens: number[] = [];
  const reopens: number[] = [];
  const bares: number[] = [];
  for (let i = 0; i < 10; i += 1) {
    const { dir, cleanup } = tempDataDir('dd-bench-open-');
    opens.push(time(() => openDatabase(dir).close()));
    reopens.push(time(() => openDatabase(dir).close()));
    bares.push(time(() => connect(path.join(dir, DB_FILE_NAME), { key: TEST_DB_KEY }).close()));
    cleanup();
  }
  msLine('open.empty.ms', 'open + migrate an empty database, median of 10', median(opens), '<= 30 ms');
  msLine('open.current.ms', 'open an up-to-date database, median of 10', median(reopens), '<= 20 ms');
  msLine('open.bare.ms', '  bare keyed connection (raw key, no PBKDF2), median', median(bares), 'info');
  ratioLine('open.empty.vs_bare', 'open + migrate empty / bare connection', median(opens) / median(bares), 'info');
  ratioLine('open.current.vs_bare', 'open up-to-date / bare connection', median(reopens) / median(bares), 'info');

  // 2. Search over 20,000 businesses through the handler.
  const app = await TestApp.withOffice({ validateOutput: false });
  try {
    const db = app.running.app.db;
    const communes = (await app.ok('units.communes', {})).map((c) => c.code);
    const office = { unitCode: '20', unitListVersion: 'VN-2025' };
    const stamp = { userId: null, now: new Date().toISOString() };
    const seed = time(() =>
      db.transaction(() => {
        for (let i = 0; i < 20_000; i += 1) insertBusiness(db, `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, office, generated(i, communes), stamp);
      })(),
    );
    line('seed 20,000 businesses (one transaction)', `${seed.toFixed(0)} ms`, 'info');
    const bare = bareSearch(db);
    const searches: number[] = [];
    const bareTimes: number[] = [];
    for (let round = 0; round < 20; round += 1) {
      for (const search of QUERIES) {
        searches.push(await timeAsync(() => app.ok('businesses.list', { search, limit: 200 })));
        bareTimes.push(time(() => bare(search)));
      }
    }
    msLine('search.20k.median.ms', `search 20,000 (handler, ${searches.length} queries), median`, median(searches), '<= 5 ms');
    msLine('search.20k.p95.ms', 'search 20,000 (handler), 95th percentile', p95(searches), '<= 15 ms');
    msLine('search.20k.fts.ms', '  bare FTS query on the same index, median', median(bareTimes), 'info');
    ratioLine('search.20k.vs_fts', 'search 20,000 median / bare FTS median', median(searches) / median(bareTimes), '<= 1.5x');
    ratioLine('search.20k.p95_vs_fts', 'search 20,000 p95 / bare FTS p95', p95(searches) / p95(bareTimes), 'info');

    // 3. A write through the handler vs a raw prepared insert, each in its own transaction.
    const N = 300;
    // The same rows through a bare prepared statement (derived columns computed beforehand).
    const raw = db.prepare(
      `INSERT INTO business (id, unit_code, unit_list_version, name, type, address, commune_code, owner_name, phone,
         registration_no, registration_date, workers_total, workers_women, status, search_text, sort_key,
         registration_key, identity_key, created_at, updated_at)
       VALUES (@id, '20', 'VN-2025', @name, @type, @address, @communeCode, @ownerName, @phone, @registrationNo,
         @registrationDate, @workersTotal, @workersWomen, @status, @searchText, @sortKey, @registrationKey, @identityKey, @now, @now)`,
    );
    const rawTimes: number[] = [];
    const handlerTimes: number[] = [];
    for (let i = 0; i < N; i += 1) {
      const rawFields = generated(200_000 + i, communes);
      const rawRow = {
        ...rawFields,
        id: `raw-${i}`,
        searchText: normalizeForSearch([rawFields.name, rawFields.address, rawFields.ownerName, rawFields.registrationNo, rawFields.phone].join(' ')),
        sortKey: vietnameseSortKey(rawFields.name),
        registrationKey: registrationKey(rawFields.registrationNo),
        identityKey: businessIdentityKey(rawFields),
        now: new Date().toISOString(),
      };
      rawTimes.push(time(() => db.transaction(() => raw.run(rawRow))()));
      const fields = generated(100_000 + i, communes);
      handlerTimes.push(await timeAsync(() => app.ok('businesses.create', fields)));
    }
    const ratio = median(handlerTimes) / median(rawTimes);
    line(`raw prepared insert, own transaction, median of ${N}`, `${median(rawTimes).toFixed(3)} ms`, 'info');
    line(`handler create (validation + checks + change log), median`, `${median(handlerTimes).toFixed(3)} ms`, 'info');
    ratioLine('write.handler.vs_raw', 'handler write / raw insert', ratio, '<= 3x');
  } finally {
    app.close();
  }

  // 4. Importing a 5,000-row spreadsheet, through the handlers, validation included.
  const importer = await TestApp.withOffice({ validateOutput: false });
  try {
    const communes = (await importer.ok('units.communes', {})).map((c) => c.code);
    const rows = Array.from({ length: 5000 }, (_, i) => ({
      ...generated(i, communes),
      id: '',
      communeName: '',
      unitCode: '20',
      unitListVersion: 'VN-2025',
      createdAt: '',
      updatedAt: '',
      createdBy: null,
      updatedBy: null,
    }));
    const bytes = Buffer.from(await writeBusinessesSheet(rows)).toString('base64');
    const elapsed = await timeAsync(async () => {
      const { jobId } = await importer.ok('businesses.importRead', { fileName: 'bench.xlsx', bytes });
      for (;;) {
        const state = await importer.ok('jobs.get', { jobId });
        if (state.state === 'done') break;
        if (state.state !== 'running') throw new Error(`import ${state.state}`);
        await new Promise((r) => setTimeout(r, 10));
      }
      const result = await importer.ok('businesses.importCommit', { jobId, validOnly: false });
      if (result.imported !== 5000) throw new Error(`imported ${result.imported}`);
    });
    const excel = await timeAsync(() => new ExcelJS.Workbook().xlsx.load(Buffer.from(bytes, 'base64') as unknown as ArrayBuffer));
    record('import.5k.s', 'import 5,000-row .xlsx', elapsed / 1000, 's');
    line('import 5,000-row .xlsx (read in worker + validate + write)', `${(elapsed / 1000).toFixed(2)} s`, '<= 2 s');
    msLine('import.5k.exceljs.ms', '  ExcelJS read of the same file (main thread)', excel, 'info');
    ratioLine('import.5k.vs_exceljs', 'import 5,000 rows / ExcelJS read', elapsed / excel, '<= 1.5x');
  } finally {
    importer.close();
  }
}

void main();
