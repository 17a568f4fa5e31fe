// Automatic backup (runAutomaticBackup: online backup to .partial, check, fsync, rename, rotation).
// After a kill the backups folder holds complete backups that pass inspectSnapshot, and at most the
// leftovers of the one cut short, which the next run removes.
import fs from 'node:fs';
import path from 'node:path';
import { insertOffice } from '../../../db/office';
import { openDatabase } from '../../../db/open';
import { addBusinesses, OWNER } from '../../backup/testing';
import { CHECK_SUFFIX, readBackupKey, verifyBackupCheck } from '../../backup/checksum';
import { backupsDir, runAutomaticBackup } from '../../backup/rotation';
import { inspectSnapshot } from '../../backup/snapshot';
import { check, reopenChecked } from '../checks';
import type { CrashScenario } from '../scenario';

/** Enough rows (about 6 MB) that copying and checking take a while for the kill to land in. */
const BUSINESSES = 3000;
/** Keep every backup: the rotation deleting an acknowledged one would look like a loss. */
const KEEP_ALL = { daily: 100_000, weekly: 0, monthly: 0 };
const DAY_MS = 24 * 60 * 60 * 1000;
/** A distinct day per backup, so each one has its own file name. */
const dayOf = (life: number, op: number) => new Date(Date.UTC(2026, 0, 1) + (life * 1000 + op) * DAY_MS);

/** A backup cut short: its staging file, a half-written check, or a check written just before its backup's rename. */
function isLeftover(name: string, names: readonly string[]): boolean {
  return name.includes('.sqlite.partial') || name.endsWith(`${CHECK_SUFFIX}.tmp`) || (name.endsWith(CHECK_SUFFIX) && !names.includes(name.slice(0, -CHECK_SUFFIX.length)));
}

export const scenario: CrashScenario = {
  name: 'backup',
  killWindowMs: 400,
  maxHots: 3,

  prepare(dataDir, life) {
    if (life > 0) return;
    const db = openDatabase(dataDir);
    insertOffice(db, { installationId: 'crash-backup', officeName: 'Công an huyện Cao Lộc', level: 'district', ...OWNER }, '2026-01-01T00:00:00.000Z');
    addBusinesses(db, BUSINESSES);
    db.close();
  },

  async act(dataDir, io) {
    const db = openDatabase(dataDir);
    for (let op = 0; ; op += 1) {
      io.hot();
      const { backup } = await runAutomaticBackup(db, dataDir, dayOf(io.life, op), { policy: KEEP_ALL });
      io.ack({ file: path.basename(backup.file), life: io.life });
    }
  },

  async verify({ dataDir, life, lifeAcks }) {
    const db = reopenChecked(dataDir);
    try {
      const dir = backupsDir(dataDir);
      const names = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
      // A companion check is written just before its backup's rename: alone, it is a leftover too.
      const leftovers = names.filter((name) => isLeftover(name, names));
      const key = readBackupKey(dataDir);
      for (const name of names.filter((n) => !leftovers.includes(n) && !n.endsWith(CHECK_SUFFIX))) {
        check(name.endsWith('.sqlite'), `unexpected file in backups: ${name}`);
        check(verifyBackupCheck(path.join(dir, name), key) === 'authenticated', `backup ${name} has no matching companion check`);
        const info = inspectSnapshot(path.join(dir, name));
        check(info.rowCounts.business === BUSINESSES, `backup ${name} holds ${info.rowCounts.business} of ${BUSINESSES} businesses`);
      }
      const lost = lifeAcks.filter((a) => !names.includes(String(a.file)));
      check(lost.length === 0, `acknowledged backups missing: ${lost.map((a) => String(a.file)).join(', ')}`);
      if (leftovers.length > 0) {
        // The next run (here, the parent's) must clear what the kill left and still succeed.
        await runAutomaticBackup(db, dataDir, dayOf(life, 999), { policy: KEEP_ALL });
        const now = fs.readdirSync(dir);
        const after = now.filter((name) => isLeftover(name, now));
        check(after.length === 0, `the next backup left ${after.join(', ')} behind`);
      }
      // Checked: cleared, so each life checks only its own and the folder stays small.
      fs.rmSync(dir, { recursive: true, force: true });
    } finally {
      db.close();
    }
  },
};
