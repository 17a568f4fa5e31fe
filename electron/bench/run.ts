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
import { DB_KEY_ENV } from '../../db/key';
import { TEST_DB_KEY } from '../../db/testing';

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

/** `BENCH_ONLY=audit,backup npm run bench` runs just those parts (foundation, encryption, audit, signin, backup, packages, training, plan, inspections, scan, crash). */
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const wanted = (part: string) => !only || only.includes(part);

async function main(): Promise<void> {
  console.log('District Desk benchmark (Node', process.version + ')\n');
  if (wanted('foundation')) await benchFoundation();
  if (wanted('encryption')) await benchEncryption(line);
  if (wanted('audit')) await benchAudit({ line, median, generated });
  if (wanted('signin')) await benchSignIn();
  if (wanted('backup')) await benchBackup(line);
  if (wanted('packages')) await benchPackages(line);
  if (wanted('training')) await trainingBench();
  if (wanted('plan')) await benchPlan();
  if (wanted('inspections')) await benchInspections();
  if (wanted('scan')) await benchScan(line);
  if (wanted('crash')) await benchCrash(line);
}

async function benchFoundation(): Promise<void> {

  // 1. Opening and migrating an empty database.
  const opens: number[] = [];
  for (let i = 0; i < 10; i += 1) {
    const { dir, cleanup } = tempDataDir('dd-bench-open-');
    opens.push(time(() => openDatabase(dir).close()));
    cleanup();
  }
  line('open + migrate an empty database, median of 10', `${median(opens).toFixed(1)} ms`, '< 200 ms');

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
    const queries = ['nha nghi', 'karaoke anh duong', 'hoang anh', 'tran dang ninh', 'ky lua', 'mau son 1', 'dong kinh', 'nguyen van', '14a00012', 'x'];
    const searches: number[] = [];
    for (let round = 0; round < 20; round += 1) {
      for (const search of queries) {
        searches.push(await timeAsync(() => app.ok('businesses.list', { search, limit: 200 })));
      }
    }
    line(`search 20,000 (handler, ${searches.length} queries), median`, `${median(searches).toFixed(2)} ms`, '< 20 ms');
    line('search 20,000 (handler), 95th percentile', `${[...searches].sort((a, b) => a - b)[Math.floor(searches.length * 0.95)]?.toFixed(2)} ms`, 'info');

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
    line('handler write / raw insert', `${ratio.toFixed(2)}x`, '<= 3x');
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
    line('import 5,000-row .xlsx (read in worker + validate + write)', `${(elapsed / 1000).toFixed(2)} s`, '< 5 s');
  } finally {
    importer.close();
  }
}

void main();
