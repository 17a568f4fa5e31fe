import type Database from 'better-sqlite3';
import { grantRoleDefaults } from './permissions';
import { identityKey } from './text';

type Db = Database.Database;

export type UserRole = 'admin' | 'clerk' | 'inspector';

export interface UserRecord {
  id: string;
  name: string;
  role: UserRole;
  passwordHash: string;
  active: boolean;
}

interface UserRow {
  id: string;
  name: string;
  role: UserRole;
  password_hash: string;
  active: number;
}

/** User names match however they are typed: "Nguyễn An" signs in as "nguyen an". */
export function userNameKey(name: string): string {
  return identityKey(name);
}

function toUser(row: UserRow): UserRecord {
  return { id: row.id, name: row.name, role: row.role, passwordHash: row.password_hash, active: row.active === 1 };
}

export function insertUser(
  db: Db,
  user: Omit<UserRecord, 'active'> & { unitCode: string },
  stamp: { now: string; userId: string | null },
): void {
  db.prepare(
    `INSERT INTO app_user (id, unit_code, name, name_key, role, password_hash, created_at, updated_at, created_by, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(user.id, user.unitCode, user.name, userNameKey(user.name), user.role, user.passwordHash, stamp.now, stamp.now, stamp.userId, stamp.userId);
  grantRoleDefaults(db, user.id, user.role, stamp);
}

export function findUserByName(db: Db, name: string): UserRecord | undefined {
  const row = db.prepare('SELECT * FROM app_user WHERE name_key = ?').get(userNameKey(name)) as UserRow | undefined;
  return row && toUser(row);
}

export function firstAdmin(db: Db): UserRecord | undefined {
  const row = db
    .prepare("SELECT * FROM app_user WHERE role = 'admin' AND active = 1 ORDER BY created_at LIMIT 1")
    .get() as UserRow | undefined;
  return row && toUser(row);
}

/** Display names of users, this office's or (at the province) those an office's packages carried in user_display_name. */
export function userNames(db: Db, ids: string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT id, name FROM user_display_name WHERE id IN (SELECT value FROM json_each(@ids))
       UNION ALL SELECT id, name FROM app_user WHERE id IN (SELECT value FROM json_each(@ids))`,
    )
    .all({ ids: JSON.stringify(ids) }) as { id: string; name: string }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}

export function setUserPassword(db: Db, id: string, passwordHash: string, stamp: { now: string; userId: string | null }): void {
  db.prepare('UPDATE app_user SET password_hash = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
    passwordHash,
    stamp.now,
    stamp.userId,
    id,
  );
}

export interface UserListRow {
  id: string;
  name: string;
  role: UserRole;
  active: boolean;
  passwordSet: boolean;
  createdAt: string;
}

/** Every user, administrators first, then by name as typed. */
export function listUsers(db: Db, unsetPasswordHash: string): UserListRow[] {
  const rows = db
    .prepare(
      `SELECT id, name, role, active, password_hash <> ? AS password_set, created_at FROM app_user
       ORDER BY role <> 'admin', name_key`,
    )
    .all(unsetPasswordHash) as { id: string; name: string; role: UserRole; active: number; password_set: number; created_at: string }[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role,
    active: r.active === 1,
    passwordSet: r.password_set === 1,
    createdAt: r.created_at,
  }));
}

export function findUserById(db: Db, id: string): UserRecord | undefined {
  const row = db.prepare('SELECT * FROM app_user WHERE id = ?').get(id) as UserRow | undefined;
  return row && toUser(row);
}

export function countActiveAdmins(db: Db): number {
  return (db.prepare("SELECT count(*) AS n FROM app_user WHERE role = 'admin' AND active = 1").get() as { n: number }).n;
}

export function setUserActive(db: Db, id: string, active: boolean, stamp: { now: string; userId: string | null }): void {
  db.prepare('UPDATE app_user SET active = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(active ? 1 : 0, stamp.now, stamp.userId, id);
}

/** A user's role, changed by an administrator (electron/api/handlers/users.ts keeps one active administrator). */
export function setUserRole(db: Db, id: string, role: UserRecord['role'], stamp: { now: string; userId: string | null }): void {
  db.prepare('UPDATE app_user SET role = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(role, stamp.now, stamp.userId, id);
}
