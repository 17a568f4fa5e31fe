// Backup figures for `npm run bench`: a large office database, the automatic backup and the
// encrypted one, and how long the main event loop was held meanwhile (the window's responsiveness).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { insertBusiness, updateBusiness } from '../../db/business';
import { BUSINESS_TYPES } from '../../db/businessTypes';
import { businessFields, tempDataDir } from '../../db/testing';
import { writeEncryptedBackup } from '../backup/encrypted';
import { runAutomaticBackup } from '../backup/rotation';
import { OWNER, testOffice } from '../backup/testing';

const BUSINESSES = 20_000;
const YEARS = 10;

/** Runs `work` while sampling the event loop; returns its time and the worst stall seen (ms). */
async function withLag(work: () => Promise<unknown>): Promise<{ ms: number; worstLagMs: number; p99LagMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  histogram.disable();
  return { ms, worstLagMs: histogram.max / 1e6, p99LagMs: histogram.percentile(99) / 1e6 };
}

export async function benchBackup(line: (what: string, value: string, target: string) => void): Promise<void> {
  const office = testOffice(0);
  const usb = tempDataDir('dd-bench-usb-');
  try {
    // "10 years of records": inspections do not exist yet, so the records are the register's own
    // history: every business registered, then edited once a year for 10 years (each edit a
    // change_log entry with the old and new values).
    const ids: string[] = [];
    office.db.transaction(() => {
      for (let i = 0; i < BUSINESSES; i += 1) {
        const id = randomUUID();
        ids.push(id);
        const fields = businessFields({ name: `Cơ sở ${i}`, registrationNo: `14B${String(i).padStart(7, '0')}`, type: BUSINESS_TYPES[i % BUSINESS_TYPES.length] });
        insertBusiness(office.db, id, OWNER, fields, { userId: null, now: '2016-01-04T08:00:00.000Z' });
      }
    })();
    for (let year = 1; year <= YEARS; year += 1) {
      office.db.transaction(() => {
        ids.forEach((id, i) => {
          const fields = businessFields({
            name: `Cơ sở ${i}`,
            registrationNo: `14B${String(i).padStart(7, '0')}`,
            type: BUSINESS_TYPES[i % BUSINESS_TYPES.length],
            phone: `0205 ${year} ${i}`,
            workersTotal: 5 + year,
            notes: `Kiểm tra năm ${2015 + year}: đủ điều kiện`,
          });
          updateBusiness(office.db, id, fields, { userId: null, now: `${2015 + year}-06-01T08:00:00.000Z` });
        });
      })();
    }
    const changes = (office.db.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n;
    const size = fs.statSync(office.db.name).size + (fs.existsSync(`${office.db.name}-wal`) ? fs.statSync(`${office.db.name}-wal`).size : 0);
    line('backup database: businesses / change_log entries / size', `${BUSINESSES} / ${changes} / ${(size / 1024 / 1024).toFixed(0)} MB`, '20,000 businesses, 10 years of edits');

    const automatic = await withLag(() => runAutomaticBackup(office.db, office.dir));
    line('automatic backup (online backup + integrity_check in worker)', `${(automatic.ms / 1000).toFixed(2)} s`, '< 5 s');
    line('  main event loop worst stall / p99 during it', `${automatic.worstLagMs.toFixed(0)} / ${automatic.p99LagMs.toFixed(0)} ms`, 'window responsive');

    const encrypted = await withLag(() => writeEncryptedBackup(office.db, path.join(usb.dir, 'bench.ddbak'), 'mật khẩu bench 2026'));
    line('encrypted backup (snapshot + scrypt + AES-GCM + read-back verify)', `${(encrypted.ms / 1000).toFixed(2)} s`, '< 5 s');
    line('  main event loop worst stall / p99 during it', `${encrypted.worstLagMs.toFixed(0)} / ${encrypted.p99LagMs.toFixed(0)} ms`, 'window responsive');
  } finally {
    office.cleanup();
    usb.cleanup();
  }
}
