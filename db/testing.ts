import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BusinessFields } from './businessTypes';

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
