import type Database from 'better-sqlite3';
import type { UserRole } from './users';

type Db = Database.Database;

/**
 * The areas of work a user may be given (migration 0012_user_access). "case_log" is the only one that
 * may see who denounced a business; "administration" follows the administrator role.
 */
export const AREAS = ['case_log', 'inspections', 'training', 'registers', 'administration'] as const;
export type Area = (typeof AREAS)[number];

/** What a new user of each role gets; an administrator changes it per user on the users page. */
export const ROLE_DEFAULT_AREAS: Record<UserRole, readonly Area[]> = {
  admin: AREAS,
  clerk: ['registers', 'inspections', 'training'],
  inspector: ['inspections'],
};

export function userAreas(db: Db, userId: string): Area[] {
  const rows = db.prepare('SELECT area FROM user_permission WHERE user_id = ?').all(userId) as { area: Area }[];
  const held = new Set(rows.map((r) => r.area));
  return AREAS.filter((a) => held.has(a));
}

export function hasArea(db: Db, userId: string, area: Area): boolean {
  return db.prepare('SELECT 1 FROM user_permission WHERE user_id = ? AND area = ?').get(userId, area) !== undefined;
}

/** Replaces a user's areas; administration stays exactly with the administrator role. */
export function setUserAreas(db: Db, userId: string, role: UserRole, areas: readonly Area[], stamp: { now: string; userId: string | null }): void {
  const wanted = new Set<Area>(areas.filter((a) => a !== 'administration'));
  if (role === 'admin') wanted.add('administration');
  db.transaction(() => {
    db.prepare('DELETE FROM user_permission WHERE user_id = ?').run(userId);
    const insert = db.prepare('INSERT INTO user_permission (user_id, area, granted_at, granted_by) VALUES (?, ?, ?, ?)');
    for (const area of AREAS) if (wanted.has(area)) insert.run(userId, area, stamp.now, stamp.userId);
  })();
}

export function grantRoleDefaults(db: Db, userId: string, role: UserRole, stamp: { now: string; userId: string | null }): void {
  setUserAreas(db, userId, role, ROLE_DEFAULT_AREAS[role], stamp);
}
