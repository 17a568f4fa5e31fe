import type Database from 'better-sqlite3';

type Db = Database.Database;

/** A user's pending one-time code (migration 0012_user_access): its scrypt hash and when it stops working. */
export interface StoredCode {
  codeHash: string;
  expiresAt: string;
}

export function storedCodeOf(db: Db, userId: string): StoredCode | undefined {
  const row = db.prepare('SELECT code_hash, expires_at FROM user_one_time_code WHERE user_id = ?').get(userId) as
    | { code_hash: string; expires_at: string }
    | undefined;
  return row && { codeHash: row.code_hash, expiresAt: row.expires_at };
}

export function storeCode(db: Db, userId: string, code: StoredCode, stamp: { now: string; userId: string | null }): void {
  db.prepare(
    `INSERT INTO user_one_time_code (user_id, code_hash, expires_at, created_at, created_by) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (user_id) DO UPDATE SET code_hash = excluded.code_hash, expires_at = excluded.expires_at,
       created_at = excluded.created_at, created_by = excluded.created_by`,
  ).run(userId, code.codeHash, code.expiresAt, stamp.now, stamp.userId);
}

export function clearCode(db: Db, userId: string): void {
  db.prepare('DELETE FROM user_one_time_code WHERE user_id = ?').run(userId);
}
