import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { BusinessFields } from './businessTypes';
import { connect, type ConnectOptions } from './encryption';

/** A fresh data folder per test, removed by the returned cleanup. */
export function tempDataDir(prefix = 'dd-test-'): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A commune of Lạng Sơn in the two-tier list (Phường Đông Kinh). */
export const TEST_COMMUNE = '05977';

/** A complete, valid business as a clerk would enter it; override what the test is about. */
export function businessFields(overrides: Partial<BusinessFields> = {}): BusinessFields {
  return {
    name: 'Nhà nghỉ Hoàng Anh',
    type: 'guest_house',
    address: 'Số 12, đường Trần Đăng Ninh',
    communeCode: TEST_COMMUNE,
    ownerName: 'Nguyễn Văn An',
    phone: '0205 3870 123',
    registrationNo: '14A8001234',
    registrationDate: '2021-03-15',
    securityCertNo: '123/GCN-ANTT',
    securityCertDate: '2021-04-01',
    workersTotal: 6,
    workersWomen: 4,
    status: 'operating',
    notes: '',
    ...overrides,
  };
}

/**
 * The database key every unit test and e2e run uses (a fixed key: a failing test's folder can be
 * opened afterwards with `DISTRICT_DESK_DB_KEY=<hex> npm run cli -- ...`). Set as the environment's
 * key source by db/testSetup.ts, so every test runs on the encrypted format.
 */
export const TEST_DB_KEY: Buffer = Buffer.from('5d1c0e7a9b3f46e2a8d07c15e94b2f6a03c8e1d7b56a4f90e2c17d38a6b5f401', 'hex');

/** A bare connection to a test's database file (encrypted with TEST_DB_KEY), without migrations or pragmas. */
export function rawConnection(file: string, options: Omit<ConnectOptions, 'key'> = {}): Database.Database {
  return connect(file, { key: TEST_DB_KEY, ...options });
}
