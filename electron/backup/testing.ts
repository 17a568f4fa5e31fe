// Test factories for the backup modules: real databases built in code, in throwaway folders.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { insertBusiness } from '../../db/business';
import { insertOffice } from '../../db/office';
import { openDatabase, type Db } from '../../db/open';
import { businessFields, tempDataDir } from '../../db/testing';

export const OWNER = { unitCode: '20', unitListVersion: 'VN-2025' };
const STAMP = { userId: null, now: '2026-03-01T08:00:00.000Z' };

export interface TestOffice {
  db: Db;
  dir: string;
  installationId: string;
  cleanup: () => void;
  /** Closes the database (if open) and reopens it as the app would. */
  reopen: () => Db;
}

/** A set-up office database with `businesses` rows, in a fresh data folder. */
export function testOffice(businesses = 20, officeName = 'Công an huyện Cao Lộc'): TestOffice {
  const { dir, cleanup } = tempDataDir('dd-backup-');
  const installationId = randomUUID();
  const office: TestOffice = {
    db: openDatabase(dir),
    dir,
    installationId,
    cleanup: () => {
      if (office.db.open) office.db.close();
      cleanup();
    },
    reopen: () => {
      if (office.db.open) office.db.close();
      office.db = openDatabase(dir);
      return office.db;
    },
  };
  insertOffice(office.db, { installationId, officeName, level: 'district', unitCode: OWNER.unitCode, unitListVersion: OWNER.unitListVersion }, STAMP.now);
  addBusinesses(office.db, businesses);
  return office;
}

/** Adds `count` distinct businesses in one transaction; returns their ids. */
export function addBusinesses(db: Db, count: number, label = 'Nhà nghỉ'): string[] {
  const ids: string[] = [];
  db.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const id = randomUUID();
      ids.push(id);
      insertBusiness(
        db,
        id,
        OWNER,
        businessFields({ name: `${label} ${id.slice(0, 8)}`, registrationNo: `14A${String(i).padStart(7, '0')}`, notes: 'x'.repeat(200) }),
        STAMP,
      );
    }
  })();
  return ids;
}

/** Every row of the tables a clerk's work lives in, in a stable order, for exact comparison. */
export function snapshotRows(db: Db): { business: unknown[]; changeLog: unknown[]; office: unknown[] } {
  return {
    business: db.prepare('SELECT * FROM business ORDER BY id').all(),
    changeLog: db.prepare('SELECT * FROM change_log ORDER BY seq').all(),
    office: db.prepare('SELECT * FROM office').all(),
  };
}

export function countBusinesses(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM business').get() as { n: number }).n;
}

/** Overwrites `pages` pages in the middle of a closed database file with garbage. */
export function damagePages(file: string, pages = 4): void {
  const size = fs.statSync(file).size;
  const pageSize = 4096;
  const middle = Math.floor(size / pageSize / 2) * pageSize;
  const fd = fs.openSync(file, 'r+');
  try {
    const garbage = Buffer.alloc(pageSize * pages);
    for (let i = 0; i < garbage.length; i += 1) garbage[i] = (i * 7919 + 13) % 251;
    fs.writeSync(fd, garbage, 0, garbage.length, middle);
  } finally {
    fs.closeSync(fd);
  }
}

/** Flips one byte of a file in place. */
export function flipByte(file: string, offset: number): void {
  const bytes = fs.readFileSync(file);
  const at = offset < 0 ? bytes.length + offset : offset;
  bytes.writeUInt8((bytes.readUInt8(at) ^ 0x5a) & 0xff, at);
  fs.writeFileSync(file, bytes);
}
