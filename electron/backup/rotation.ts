import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/open';
import { backupDatabase, type BackupInfo, type BackupOptions } from './snapshot';
import { fsyncDirSync, parseUtcStamp, removeWithSidecars, utcStamp } from './files';
import { backupKey, CHECK_SUFFIX, removeBackupFile } from './checksum';
import { asBackupError } from './errors';

export const BACKUPS_DIR_NAME = 'backups';

/** Newest backup of each of the last N days / weeks / months that have one. */
export interface RotationPolicy {
  daily: number;
  weekly: number;
  monthly: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4, monthly: 12 };

const FILE_NAME = /^district-desk-(\d{8}-\d{6})\.sqlite$/;
const DAY_MS = 24 * 60 * 60 * 1000;

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, BACKUPS_DIR_NAME);
}

/** `district-desk-YYYYMMDD-HHMMSS.sqlite`, UTC. */
export function backupFileName(date: Date): string {
  return `district-desk-${utcStamp(date)}.sqlite`;
}

/** The instant in an automatic backup's name (a path or a bare name), or undefined for other files. */
export function backupTime(file: string): Date | undefined {
  const match = FILE_NAME.exec(path.basename(file));
  return match?.[1] === undefined ? undefined : parseUtcStamp(match[1]);
}

export interface RotationPlan {
  keep: string[];
  delete: string[];
}

const dayKey = (d: Date) => d.toISOString().slice(0, 10);
const monthKey = (d: Date) => d.toISOString().slice(0, 7);
/** ISO 8601 week (Monday first), e.g. 2025-W01, counted in UTC like the file names. */
function weekKey(d: Date): string {
  const thursday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  thursday.setUTCDate(thursday.getUTCDate() + 3 - ((thursday.getUTCDay() + 6) % 7));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - yearStart) / DAY_MS / 7) + 1;
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * Which automatic backups to delete. Counts are of periods that HAVE a backup (not calendar
 * periods back from `now`), so a PC left off for a month still keeps its last week of copies.
 * Files not named like an automatic backup are never planned for deletion. Files dated after
 * `now` are kept and left out of the counting: the clock went back (a flat CMOS battery after a
 * power cut is common), and those may be the newest real data.
 */
export function planRotation(files: readonly string[], now: Date, policy: RotationPolicy = DEFAULT_ROTATION): RotationPlan {
  const dated = files
    .map((file) => ({ file, time: backupTime(file) }))
    .filter((entry): entry is { file: string; time: Date } => entry.time !== undefined);
  const future = dated.filter((entry) => entry.time.getTime() > now.getTime());
  const past = dated
    .filter((entry) => entry.time.getTime() <= now.getTime())
    .sort((a, b) => b.time.getTime() - a.time.getTime());
  const keep = new Set(future.map((entry) => entry.file));
  const rules: [number, (d: Date) => string][] = [
    [policy.daily, dayKey],
    [policy.weekly, weekKey],
    [policy.monthly, monthKey],
  ];
  for (const [count, key] of rules) {
    let last: string | undefined;
    let kept = 0;
    for (const entry of past) {
      if (kept >= count) break;
      const k = key(entry.time);
      if (k === last) continue;
      // Sorted newest first, so the first file of each period is that period's newest.
      keep.add(entry.file);
      last = k;
      kept += 1;
    }
  }
  return {
    keep: dated.filter((entry) => keep.has(entry.file)).map((entry) => entry.file),
    delete: past.filter((entry) => !keep.has(entry.file)).map((entry) => entry.file),
  };
}

export interface BackupEntry {
  file: string;
  createdAt: Date;
}

/** Automatic backups in `<dataDir>/backups`, newest first (by the time in their names). */
export function listBackups(dataDir: string): BackupEntry[] {
  let names: string[];
  try {
    names = fs.readdirSync(backupsDir(dataDir));
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .map((name) => ({ file: path.join(backupsDir(dataDir), name), createdAt: backupTime(name) }))
    .filter((entry): entry is BackupEntry => entry.createdAt !== undefined)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/** Time of the newest automatic backup not dated in the future (see planRotation), or null. */
export function lastBackupTime(dataDir: string, now: Date): Date | null {
  return listBackups(dataDir).find((entry) => entry.createdAt.getTime() <= now.getTime())?.createdAt ?? null;
}

/** Daily: due when there is none, the last is a day old, or the last is "in the future" (clock went back). */
export function isBackupDue(lastBackupAt: Date | string | null | undefined, now: Date): boolean {
  if (lastBackupAt === null || lastBackupAt === undefined) return true;
  const last = new Date(lastBackupAt).getTime();
  if (Number.isNaN(last) || last > now.getTime()) return true;
  return now.getTime() - last >= DAY_MS;
}

export interface AutomaticBackupResult {
  backup: BackupInfo;
  /** Old backups removed by the rotation. */
  deleted: string[];
}

/** One automatic backup at a time per folder: the close-time one may start while a daily one runs. */
const running = new Map<string, Promise<unknown>>();

function serialized<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = running.get(key) ?? Promise.resolve();
  const next = previous.then(work, work);
  running.set(key, next);
  const forget = () => {
    if (running.get(key) === next) running.delete(key);
  };
  next.then(forget, forget);
  return next;
}

/** Takes one automatic backup into `<dataDir>/backups` and prunes the old ones by the rotation. */
export function runAutomaticBackup(
  db: Db,
  dataDir: string,
  now: Date = new Date(),
  options: Omit<BackupOptions, 'now'> & { policy?: RotationPolicy } = {},
): Promise<AutomaticBackupResult> {
  const dir = backupsDir(dataDir);
  return serialized(path.resolve(dir), async () => {
    try {
      fs.mkdirSync(dir, { recursive: true });
    } catch (error) {
      throw asBackupError(error, 'write');
    }
    // Leftovers of a backup cut short by a power cut (only ours run here, one at a time).
    cleanBackupsFolder(dataDir);
    const backup = await backupDatabase(db, path.join(dir, backupFileName(now)), { ...options, now, check: options.check ?? backupKey(dataDir, options.key) });
    const plan = planRotation(
      listBackups(dataDir).map((entry) => entry.file),
      now,
      options.policy,
    );
    const deleted: string[] = [];
    for (const file of plan.delete) {
      if (path.resolve(file) === path.resolve(backup.file)) continue;
      try {
        removeBackupFile(file);
        deleted.push(file);
      } catch {
        // A copy held open (an antivirus scan on Windows) is pruned next time.
      }
    }
    if (deleted.length > 0) fsyncDirSync(dir);
    return { backup, deleted };
  });
}

/**
 * Leftovers of a backup cut short by a power cut or a kill: staging files, a companion check
 * written just before its backup's rename, half-written checks. Run at start and before each
 * automatic backup (only ours run there, one at a time under the folder lock).
 */
export function cleanBackupsFolder(dataDir: string): void {
  const dir = backupsDir(dataDir);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  const present = new Set(names);
  for (const name of names) {
    const file = path.join(dir, name);
    if (name.endsWith('.partial')) removeWithSidecars(file);
    else if (name.endsWith(`${CHECK_SUFFIX}.tmp`)) fs.rmSync(file, { force: true });
    else if (name.endsWith(CHECK_SUFFIX) && !present.has(name.slice(0, -CHECK_SUFFIX.length))) fs.rmSync(file, { force: true });
  }
}
