import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  backupFileName,
  backupsDir,
  backupTime,
  isBackupDue,
  lastBackupTime,
  listBackups,
  planRotation,
  runAutomaticBackup,
} from './rotation';
import { testOffice, type TestOffice } from './testing';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** A year of backups: at 08:30 and 17:15 UTC every day, with the PC off on some days. */
function yearOfBackups(end: Date): string[] {
  const files: string[] = [];
  for (let day = 0; day < 365; day += 1) {
    if (day % 11 === 5) continue; // holidays: no backup that day
    const midnight = Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate()) - day * DAY;
    files.push(backupFileName(new Date(midnight + 8.5 * HOUR)), backupFileName(new Date(midnight + 17.25 * HOUR)));
  }
  // Scrambled (sorted by the reversed name): the order given must not matter.
  return files.sort((a, b) => [...a].reverse().join('').localeCompare([...b].reverse().join('')));
}

const day = (file: string) => backupTime(file)?.toISOString().slice(0, 10);
const month = (file: string) => backupTime(file)?.toISOString().slice(0, 7);

describe('planRotation', () => {
  const now = new Date('2026-03-18T20:00:00.000Z'); // a Wednesday
  const files = yearOfBackups(now);
  const plan = planRotation(files, now);
  const kept = [...plan.keep].sort().reverse();

  it('keeps the newest of each of the last 7 days, 4 weeks and 12 months, deletes the rest', () => {
    expect(new Set([...plan.keep, ...plan.delete])).toEqual(new Set(files));
    expect(plan.keep.filter((f) => plan.delete.includes(f))).toEqual([]);
    // 7 daily: the 18th..12th, each its evening copy (the 13th, 5 days back, had no backup: the 11th steps in).
    const dailies = kept.slice(0, 7);
    expect(dailies.map(day)).toEqual(['2026-03-18', '2026-03-17', '2026-03-16', '2026-03-15', '2026-03-14', '2026-03-12', '2026-03-11']);
    expect(dailies.every((f) => f.includes('-171500.'))).toBe(true);
    // 12 distinct months are represented, each by its newest copy.
    const months = [...new Set(plan.keep.map(month))];
    expect(months).toHaveLength(12);
    for (const m of months) {
      const newestOfMonth = files.filter((f) => month(f) === m).sort().at(-1);
      expect(plan.keep).toContain(newestOfMonth);
    }
    // 7 + 4 + 12 at most, overlapping where a copy is the newest of its day and its week/month.
    expect(plan.keep.length).toBeLessThanOrEqual(23);
    expect(plan.keep.length).toBeGreaterThanOrEqual(12);
  });

  it('keeps the newest of 4 ISO weeks (Monday to Sunday)', () => {
    // Newest of the weeks starting Mon 16, 9, 2 March and 23 February.
    for (const sunday of ['2026-03-18', '2026-03-15', '2026-03-08', '2026-03-01']) {
      expect(kept.some((f) => day(f) === sunday && f.includes('-171500.'))).toBe(true);
    }
  });

  it('is stable: planning again over what was kept deletes nothing', () => {
    expect(planRotation(plan.keep, now).delete).toEqual([]);
  });

  it('counts periods that have a backup, so a month with the PC off still leaves a week of copies', () => {
    const beforeHoliday = new Date('2026-01-31T17:00:00.000Z');
    const lastWeek = Array.from({ length: 10 }, (_, i) => backupFileName(new Date(beforeHoliday.getTime() - i * DAY)));
    const afterHoliday = new Date('2026-03-05T09:00:00.000Z');
    const result = planRotation([...lastWeek, backupFileName(afterHoliday)], afterHoliday);
    // Dailies: 5 March + 26..31 January; weekly adds the 25th (newest of the week of the 19th).
    expect(result.keep.map(day).sort().reverse()).toEqual([
      '2026-03-05', '2026-01-31', '2026-01-30', '2026-01-29', '2026-01-28', '2026-01-27', '2026-01-26', '2026-01-25',
    ]);
  });

  it('never plans to delete files it did not name, nor copies dated after now (the clock went back)', () => {
    const clockReset = new Date('2010-01-01T00:05:00.000Z');
    const future = [backupFileName(new Date('2026-03-10T10:00:00Z')), backupFileName(new Date('2026-03-11T10:00:00Z'))];
    const other = ['notes.txt', 'district-desk-20260230-101010.sqlite', 'district-desk-20260301-101010.sqlite.partial'];
    const justMade = backupFileName(clockReset);
    const result = planRotation([...future, ...other, justMade], clockReset);
    expect(result.delete).toEqual([]);
    expect(result.keep.sort()).toEqual([...future, justMade].sort());
  });

  it('accepts paths as well as bare names', () => {
    const dir = path.join('x', 'backups');
    const names = Array.from({ length: 10 }, (_, i) => path.join(dir, backupFileName(new Date(Date.UTC(2026, 0, 1, i)))));
    const result = planRotation(names, new Date('2026-01-02T00:00:00Z'));
    expect(result.keep).toEqual([names[9]]);
    expect(result.delete).toHaveLength(9);
  });
});

describe('isBackupDue', () => {
  const now = new Date('2026-03-18T12:00:00Z');
  it('is due daily, with no backup yet, or when the last one is "in the future"', () => {
    expect(isBackupDue(null, now)).toBe(true);
    expect(isBackupDue(new Date(now.getTime() - 23 * HOUR), now)).toBe(false);
    expect(isBackupDue(new Date(now.getTime() - 24 * HOUR).toISOString(), now)).toBe(true);
    expect(isBackupDue(new Date(now.getTime() + HOUR), now)).toBe(true);
    expect(isBackupDue('not a date', now)).toBe(true);
  });
});

describe('runAutomaticBackup', () => {
  let office: TestOffice;
  afterEach(() => office.cleanup());

  it('writes a timestamped copy into <dataDir>/backups and prunes by the rotation', async () => {
    office = testOffice(10);
    const dir = backupsDir(office.dir);
    fs.mkdirSync(dir);
    const now = new Date('2026-03-18T17:00:00.000Z');
    // Thirty older automatic backups (contents do not matter to the rotation), a leftover partial, a foreign file.
    const old = Array.from({ length: 30 }, (_, i) => backupFileName(new Date(now.getTime() - (i + 1) * DAY)));
    for (const name of old) fs.writeFileSync(path.join(dir, name), '');
    fs.writeFileSync(path.join(dir, `${backupFileName(now)}.partial`), 'cut off by a power cut');
    fs.writeFileSync(path.join(dir, 'readme.txt'), 'kept');

    const { backup, deleted } = await runAutomaticBackup(office.db, office.dir, now);
    expect(backup.file).toBe(path.join(dir, 'district-desk-20260318-170000.sqlite'));
    expect(backup.rowCounts.business).toBe(10);
    expect(deleted.length).toBeGreaterThan(0);
    const left = fs.readdirSync(dir);
    expect(left).toContain('readme.txt');
    expect(left.some((f) => f.endsWith('.partial'))).toBe(false);
    expect(listBackups(office.dir).map((b) => path.basename(b.file))).toEqual(
      planRotation([...old, backupFileName(now)], now).keep.sort().reverse(),
    );
    expect(lastBackupTime(office.dir, now)).toEqual(now);
    expect(isBackupDue(lastBackupTime(office.dir, now), new Date(now.getTime() + HOUR))).toBe(false);
  });

  it('runs one backup at a time per folder', async () => {
    office = testOffice(300);
    const a = runAutomaticBackup(office.db, office.dir, new Date('2026-03-18T17:00:00Z'));
    const b = runAutomaticBackup(office.db, office.dir, new Date('2026-03-18T17:00:01Z'));
    const [first, second] = await Promise.all([a, b]);
    expect(fs.existsSync(first.backup.file)).toBe(false); // same day: the later one replaces it in the rotation
    expect(second.deleted).toEqual([first.backup.file]);
  });
});
