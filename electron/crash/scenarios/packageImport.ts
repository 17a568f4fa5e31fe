// Data-package import at the province: each package of 150 businesses is applied and recorded in one
// transaction. After a kill a package is either wholly imported (its rows and its receipt) or not at all,
// and every import acknowledged before the kill is there. Later lives replay packages: a no-op.
import fs from 'node:fs';
import path from 'node:path';
import { COMMUNE_OFFICE, register } from '../../packages/linkTesting';
import { businessFields, TEST_OFFICE, TestApp } from '../../testing/factories';
import { check, reopenChecked, signedIn } from '../checks';
import type { CrashScenario } from '../scenario';

const PACKAGES = 5;
const ROWS = 150;
const packageFile = (dataDir: string, k: number) => path.join(dataDir, 'packages', `${k}.ddpkg`);

export const scenario: CrashScenario = {
  name: 'package import',
  killWindowMs: 300,
  maxHots: PACKAGES,

  async prepare(dataDir, life) {
    if (life > 0) return;
    fs.mkdirSync(path.join(dataDir, 'packages'), { recursive: true });
    const province = TestApp.at(dataDir);
    const office = TestApp.at(path.join(dataDir, 'office'));
    try {
      await province.ok('setup.complete', TEST_OFFICE);
      await office.ok('setup.complete', COMMUNE_OFFICE);
      await register(province, office, path.join(dataDir, 'packages'));
      const config = await province.ok('packages.configExport', { out: path.join(dataDir, 'packages', 'config.ddpkg') });
      await office.ok('packages.configImport', { file: config.file, fingerprint: config.fingerprint });
      for (let k = 1; k <= PACKAGES; k += 1) {
        for (let i = 0; i < ROWS; i += 1) await office.ok('businesses.create', businessFields({ name: `pkg-${k}-${i}`, registrationNo: '' }));
        await office.ok('packages.export', { out: packageFile(dataDir, k), full: false });
      }
    } finally {
      province.close();
      office.close();
    }
  },

  async act(dataDir, io) {
    const app = signedIn(dataDir);
    for (let k = 1; k <= PACKAGES; k += 1) {
      io.hot();
      await app.ok('packages.import', { file: packageFile(dataDir, k), dryRun: false });
      io.ack({ k });
    }
  },

  verify({ dataDir, acks }) {
    const acked = new Set(acks.map((a) => a.k));
    const db = reopenChecked(dataDir);
    try {
      for (let k = 1; k <= PACKAGES; k += 1) {
        const rows = (db.prepare('SELECT count(*) AS n FROM business WHERE name LIKE ?').get(`pkg-${k}-%`) as { n: number }).n;
        const received = db.prepare('SELECT 1 FROM package_received WHERE sequence = ?').get(k) !== undefined;
        check(rows === 0 || rows === ROWS, `package ${k} is half-imported: ${rows} of ${ROWS} rows`);
        check(received === (rows === ROWS), `package ${k}: ${rows} rows but ${received ? 'a' : 'no'} receipt`);
        check(!acked.has(k) || received, `package ${k} was acknowledged but is missing`);
      }
    } finally {
      db.close();
    }
  },
};
