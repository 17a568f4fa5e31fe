// Migration: a database left at the first schema version with data, opened by the app (openDatabase
// migrates it to the latest, one transaction per migration). After a kill it opens at a whole version
// between the old and the latest, with its data, and the next open finishes the migration.
import Database from 'better-sqlite3';
import { connect } from '../../../db/encryption';
import fs from 'node:fs';
import path from 'node:path';
import { latestVersion, migrate, migrationVersion } from '../../../db/migrate';
import { DB_FILE_NAME, openDatabase } from '../../../db/open';
import { check, reopenChecked } from '../checks';
import type { CrashScenario } from '../scenario';

const BUSINESSES = 1500;
const UNITS = 500;
const OLD_VERSION = migrationVersion('foundation');

/** A data folder as an office running the first release left it (plain, before encryption), built with that release's SQL. */
function oldDatabase(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const db = new Database(path.join(dir, DB_FILE_NAME));
  try {
    db.pragma('journal_mode = WAL');
    migrate(db, { target: OLD_VERSION });
    db.transaction(() => {
      const unit = db.prepare(
        "INSERT INTO admin_unit (list_version, code, name, level, kind, parent_code, sort_key) VALUES ('VN-2025', ?, ?, 'commune', 'xã', '20', ?)",
      );
      for (let i = 0; i < UNITS; i += 1) unit.run(`9${String(i).padStart(4, '0')}`, `Xã ${i}`, `k${i}`);
      const business = db.prepare(
        `INSERT INTO business (id, unit_code, unit_list_version, name, type, commune_code, status, search_text, sort_key, identity_key, created_at, updated_at)
         VALUES (?, '20', 'VN-2025', ?, 'karaoke', '90001', 'operating', ?, ?, ?, 'now', 'now')`,
      );
      for (let i = 0; i < BUSINESSES; i += 1) business.run(`b${i}`, `Karaoke ${i}`, `karaoke ${i}`, `k${i}`, `k${i}`);
    })();
  } finally {
    db.close();
  }
}

function counts(file: string): { version: number; businesses: number; units: number } {
  // Plain until the app's first open encrypts it (one more crash-safe step under the same kills). Read-write:
  // a kill while the conversion left WAL mode can leave a hot journal, which only a writer rolls back.
  const db = connect(file, { fileMustExist: true });
  try {
    const n = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { version: db.pragma('user_version', { simple: true }) as number, businesses: n('business'), units: n('admin_unit') };
  } finally {
    db.close();
  }
}

export const scenario: CrashScenario = {
  name: 'migration',
  killWindowMs: 60,
  maxHots: 6,

  async act(dataDir, io) {
    for (let op = 0; ; op += 1) {
      const dir = path.join(dataDir, `m-${io.life}-${op}`);
      oldDatabase(dir);
      io.ack({ dir: path.basename(dir), state: 'old' });
      io.hot();
      openDatabase(dir).close();
      io.ack({ dir: path.basename(dir), state: 'migrated' });
    }
  },

  verify({ dataDir, lifeAcks }) {
    for (const name of fs.readdirSync(dataDir).filter((n) => n.startsWith('m-'))) {
      const dir = path.join(dataDir, name);
      const states = lifeAcks.filter((a) => a.dir === name).map((a) => a.state);
      // Killed while the old database was still being built: nothing was promised about it.
      if (states.length > 0) {
        const before = counts(path.join(dir, DB_FILE_NAME));
        // Each migration is its own transaction: a kill between two leaves a whole version in between.
        const lowest = states.includes('migrated') ? latestVersion() : OLD_VERSION;
        check(before.version >= lowest && before.version <= latestVersion(), `${name} is at schema ${before.version}, expected ${lowest}..${latestVersion()}`);
        check(before.businesses === BUSINESSES && before.units === UNITS, `${name} lost rows: ${JSON.stringify(before)}`);
        const db = reopenChecked(dir);
        db.close();
        const after = counts(path.join(dir, DB_FILE_NAME));
        check(after.version === latestVersion() && after.businesses === BUSINESSES, `${name} after reopening: ${JSON.stringify(after)}`);
      }
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
