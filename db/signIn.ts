import type Database from 'better-sqlite3';

type Db = Database.Database;

export interface ThrottleRow {
  failures: number;
  /** ISO instant before which no try for this name is checked, or null while under the limit. */
  blockedUntil: string | null;
}

export function throttleOf(db: Db, nameKey: string): ThrottleRow | undefined {
  const row = db.prepare('SELECT failures, blocked_until FROM sign_in_throttle WHERE name_key = ?').get(nameKey) as
    | { failures: number; blocked_until: string | null }
    | undefined;
  return row && { failures: row.failures, blockedUntil: row.blocked_until };
}

/**
 * Counts one more try for the name before its password is checked, so tries sent at the same
 * moment cannot all slip in under the limit. `blockFor` turns the new count into a wait (or null).
 */
export function countTry(db: Db, nameKey: string, now: Date, blockFor: (failures: number) => number | null): ThrottleRow {
  return db
    .transaction((): ThrottleRow => {
      const failures = (throttleOf(db, nameKey)?.failures ?? 0) + 1;
      const seconds = blockFor(failures);
      const blockedUntil = seconds === null ? null : new Date(now.getTime() + seconds * 1000).toISOString();
      db.prepare(
        `INSERT INTO sign_in_throttle (name_key, failures, blocked_until, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (name_key) DO UPDATE SET failures = excluded.failures, blocked_until = excluded.blocked_until,
           updated_at = excluded.updated_at`,
      ).run(nameKey, failures, blockedUntil, now.toISOString());
      return { failures, blockedUntil };
    })
    .immediate();
}

export function clearTries(db: Db, nameKey: string): void {
  db.prepare('DELETE FROM sign_in_throttle WHERE name_key = ?').run(nameKey);
}

export const DEFAULT_IDLE_LOCK_MINUTES = 10;

/** Minutes without keyboard or mouse before the screen locks; the default before setup. */
export function idleLockMinutes(db: Db): number {
  const row = db.prepare('SELECT idle_lock_minutes FROM office WHERE singleton = 1').get() as { idle_lock_minutes: number } | undefined;
  return row?.idle_lock_minutes ?? DEFAULT_IDLE_LOCK_MINUTES;
}

export function setIdleLockMinutes(db: Db, minutes: number, now: string): void {
  db.prepare('UPDATE office SET idle_lock_minutes = ?, updated_at = ? WHERE singleton = 1').run(minutes, now);
}
