import { AsyncLocalStorage } from 'node:async_hooks';
import { hash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { normalizeForSearch } from './text';

type Db = Database.Database;

/**
 * The audit trail (migration 0003_audit): append-only, each entry carrying the SHA-256 of the previous one.
 *
 * Design, and why:
 * - Record changes come from a trigger on change_log (itself fed by generated triggers on every synced table),
 *   so every create/change/delete of any synced table, present or added later, gets its entry inside the
 *   same transaction as the write: a power cut cannot leave a committed change without its entry.
 * - A persistent trigger cannot call JavaScript (other connections, e.g. the sqlite3 shell, lack the
 *   functions and their writes would fail), so the entry is inserted with no user and no hash. A TEMP
 *   trigger that only this app's connections have (installAudit) then fills in the user of the running call
 *   and seals the hash, still inside the same transaction. The user comes from an AsyncLocalStorage set by
 *   the router around each call, so interleaved async calls never borrow each other's user.
 * - Rows written by a connection without the temp trigger stay unsealed until the next open seals them in
 *   order (sealAudit), so the chain has no holes. The table's own triggers refuse deletes and any change to
 *   a sealed row; before sealing, only empty columns may be filled.
 * - The hash is not keyed (the key would sit in the same file): someone with the file can rewrite history
 *   and re-hash it. The head hash sent to the province (latestAuditHash) is what makes such a rewrite show.
 */

export const GENESIS_HASH = '0'.repeat(64);

/** Who is acting, for record changes made during a call; `recorded` counts the entries they produced. */
export interface AuditActor {
  userId: string | null;
  userName: string | null;
  /** The procedure being run. */
  via: string | null;
  recorded: number;
}

const actorStorage = new AsyncLocalStorage<AuditActor>();

/** Runs `fn` (sync or async) with `actor` attributed to every record change it makes. */
export function withAuditActor<T>(actor: AuditActor, fn: () => T): T {
  return actorStorage.run(actor, fn);
}

/** The actor of the running call, if any: handed to a worker thread, whose changes it then counts. */
export function currentAuditActor(): AuditActor | undefined {
  return actorStorage.getStore();
}

/** The hashed columns, in order; prev_hash last. */
const COLUMNS = [
  'seq',
  'at',
  'user_id',
  'user_name',
  'action',
  'via',
  'target_table',
  'record_id',
  'record_label',
  'fields',
  'detail',
  'prev_hash',
] as const;

/**
 * The canonical encoding is SQLite's json_array over the columns as stored (JSON columns as their text), so
 * the database builds it in C wherever an entry is sealed or checked; `prevHash` replaces prev_hash when given.
 */
function canonicalSql(prevHash?: string): string {
  return `json_array(${COLUMNS.slice(0, -1).join(', ')}, ${prevHash ?? 'prev_hash'})`;
}

/** The same encoding in JavaScript, for entries built outside SQL (benchmark seeding, tests): equal to json_array. */
export function canonicalEntry(values: readonly unknown[]): string {
  return JSON.stringify(values);
}

export function entryHash(canonical: string): string {
  return hash('sha256', canonical, 'hex');
}

/**
 * Makes this connection attribute and seal audit entries as they are written, then seals anything left
 * unsealed (entries written by another connection, or before a crash). Call once per connection; on a
 * read-only one it only registers what listing needs.
 */
export function installAudit(db: Db): void {
  if (!hasAuditLog(db)) return;
  db.function('audit_hash', { deterministic: true }, (canonical: unknown) => entryHash(String(canonical)));
  db.function('audit_actor', { deterministic: false }, (part: unknown) => {
    const actor = actorStorage.getStore();
    if (!actor) return null;
    if (part === 'id') {
      actor.recorded += 1;
      return actor.userId;
    }
    return part === 'name' ? actor.userName : actor.via;
  });
  db.function('audit_fold', { deterministic: true }, (text: unknown) => normalizeForSearch(typeof text === 'string' ? text : ''));
  // A read-only connection (a damaged or read-only data folder) can still list and verify, not seal.
  if (db.readonly) return;
  const prev = `coalesce((SELECT hash FROM main.audit_log WHERE seq < NEW.seq ORDER BY seq DESC LIMIT 1), '${GENESIS_HASH}')`;
  db.exec(`
    DROP TRIGGER IF EXISTS temp.audit_log_seal;
    CREATE TEMP TRIGGER audit_log_seal AFTER INSERT ON main.audit_log WHEN NEW.hash IS NULL BEGIN
      UPDATE main.audit_log
        SET user_id = coalesce(user_id, audit_actor('id')),
            user_name = coalesce(user_name, audit_actor('name')),
            via = coalesce(via, audit_actor('via'))
        WHERE seq = NEW.seq AND user_id IS NULL AND user_name IS NULL;
      UPDATE main.audit_log
        SET prev_hash = ${prev},
            hash = audit_hash(${canonicalSql(prev)})
        WHERE seq = NEW.seq AND NOT EXISTS (SELECT 1 FROM main.audit_log WHERE hash IS NULL AND seq < NEW.seq);
    END;
  `);
  sealAudit(db);
}

function hasAuditLog(db: Db): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'audit_log'").get() !== undefined;
}

/** Seals unsealed entries in order; returns how many. Safe on any connection (needs no registered function). */
export function sealAudit(db: Db): number {
  // Look before taking the write lock: a database in a read-only folder must still open.
  if (!hasAuditLog(db) || !db.prepare('SELECT 1 FROM audit_log WHERE hash IS NULL LIMIT 1').get()) return 0;
  return db.transaction(() => {
    const unsealed = db.prepare('SELECT seq FROM audit_log WHERE hash IS NULL ORDER BY seq').pluck().all() as number[];
    const previous = db.prepare('SELECT hash FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT 1').pluck();
    const canonical = db.prepare(`SELECT ${canonicalSql('@prev')} FROM audit_log WHERE seq = @seq`).pluck();
    const seal = db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?');
    for (const seq of unsealed) {
      const prev = (previous.get(seq) as string | null | undefined) ?? GENESIS_HASH;
      seal.run(prev, entryHash(canonical.get({ prev, seq }) as string), seq);
    }
    return unsealed.length;
  }).immediate();
}

export interface AuditEntryInput {
  at?: string;
  userId: string | null;
  userName: string | null;
  action: string;
  targetTable?: string | null;
  recordId?: string | null;
  recordLabel?: string | null;
  fields?: string[] | null;
  detail?: Record<string, unknown> | null;
}

/** Appends an entry (for services that run outside the router: automatic backups, restores). Returns its seq. */
export function recordAudit(db: Db, entry: AuditEntryInput): number {
  return db.transaction(() => {
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO audit_log (at, user_id, user_name, action, target_table, record_id, record_label, fields, detail)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        entry.at ?? new Date().toISOString(),
        entry.userId,
        entry.userName,
        entry.action,
        entry.targetTable ?? null,
        entry.recordId ?? null,
        entry.recordLabel ?? null,
        entry.fields ? JSON.stringify(entry.fields) : null,
        entry.detail ? JSON.stringify(entry.detail) : null,
      );
    // A connection without the seal trigger (installAudit) leaves it for this.
    sealAudit(db);
    return Number(lastInsertRowid);
  })();
}

export type AuditProblemKind = 'altered' | 'deleted' | 'unsealed';

export interface AuditProblem {
  kind: AuditProblemKind;
  /** The first entry concerned: the altered or unsealed one, or the first missing one. */
  seq: number;
  /** Time of that entry; for a deletion, of the nearest surviving entry (null if none survives). */
  at: string | null;
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  headHash: string | null;
  problem?: AuditProblem;
}

/**
 * Walks the whole chain: every entry's hash must match its content and the previous entry's hash, and the
 * numbering must have no hole (AUTOINCREMENT never reuses a number, and a rolled-back insert takes none),
 * including at the end (sqlite_sequence remembers the highest number ever given). Stops at the first problem.
 */
export function verifyAuditChain(db: Db): AuditVerification {
  let entries = 0;
  let lastSeq = 0;
  let lastHash = GENESIS_HASH;
  const timeOf = db.prepare('SELECT at FROM audit_log WHERE seq = ?').pluck();
  const fail = (kind: AuditProblemKind, seq: number, timeSeq: number): AuditVerification => ({
    ok: false,
    entries,
    headHash: lastHash === GENESIS_HASH ? null : lastHash,
    problem: { kind, seq, at: (timeOf.get(timeSeq) as string | undefined) ?? null },
  });
  // Only what the walk needs, the canonical text built by SQLite: a million entries in seconds.
  const rows = db
    .prepare(`SELECT seq, prev_hash, hash, ${canonicalSql()} FROM audit_log ORDER BY seq`)
    .raw(true)
    .iterate() as IterableIterator<[number, string | null, string | null, string]>;
  for (const [seq, prevHash, stored, canonical] of rows) {
    if (seq !== lastSeq + 1) return fail('deleted', lastSeq + 1, seq);
    if (stored === null) return fail('unsealed', seq, seq);
    if (entryHash(canonical) !== stored) return fail('altered', seq, seq);
    // This entry is intact but does not follow its predecessor: that one was changed and re-hashed.
    if (prevHash !== lastHash) return fail('altered', Math.max(seq - 1, 1), Math.max(seq - 1, 1));
    entries += 1;
    lastSeq = seq;
    lastHash = stored;
  }
  const highest = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").pluck().get() as number | undefined;
  if (highest !== undefined && highest > lastSeq) return fail('deleted', lastSeq + 1, lastSeq);
  return { ok: true, entries, headHash: lastHash === GENESIS_HASH ? null : lastHash };
}

/** The hash of the newest sealed entry: data packages carry it so the province can tell if history was rewritten. */
export function latestAuditHash(db: Db): string | null {
  return (db.prepare('SELECT hash FROM audit_log WHERE hash IS NOT NULL ORDER BY seq DESC LIMIT 1').pluck().get() as string | undefined) ?? null;
}

export interface AuditEntry {
  seq: number;
  at: string;
  userId: string | null;
  userName: string | null;
  action: string;
  via: string | null;
  targetTable: string | null;
  recordId: string | null;
  recordLabel: string | null;
  fields: string[] | null;
  detail: Record<string, unknown> | null;
}

export interface AuditQuery {
  user?: string;
  record?: string;
  action?: string | null;
  /** UTC instants: entries at or after `since`, before `before`. */
  since?: string | null;
  before?: string | null;
  /** Only this user's own entries (a caller without the administration area). */
  ownUserId?: string | null;
  offset?: number;
  limit?: number;
}

interface AuditRow {
  seq: number;
  at: string;
  user_id: string | null;
  user_name: string | null;
  action: string;
  via: string | null;
  target_table: string | null;
  record_id: string | null;
  record_label: string | null;
  fields: string | null;
  detail: string | null;
}

function toEntry(r: AuditRow): AuditEntry {
  return {
    seq: r.seq,
    at: r.at,
    userId: r.user_id,
    userName: r.user_name,
    action: r.action,
    via: r.via,
    targetTable: r.target_table,
    recordId: r.record_id,
    recordLabel: r.record_label,
    fields: r.fields === null ? null : (JSON.parse(r.fields) as string[]),
    detail: r.detail === null ? null : (JSON.parse(r.detail) as Record<string, unknown>),
  };
}

/** Filters as SQL; text filters ignore case and diacritics ("nha nghi" finds "Nhà nghỉ"). */
function where(query: AuditQuery): { sql: string; params: Record<string, string> } {
  const clauses: string[] = [];
  const params: Record<string, string> = {};
  const user = normalizeForSearch(query.user ?? '');
  if (user) {
    clauses.push("instr(audit_fold(coalesce(user_name, '')), @user) > 0");
    params.user = user;
  }
  const record = normalizeForSearch(query.record ?? '');
  if (record) {
    clauses.push(
      "(record_id = @recordExact OR instr(audit_fold(coalesce(record_label, '') || ' ' || coalesce(target_table, '')), @record) > 0)",
    );
    params.record = record;
    params.recordExact = (query.record ?? '').trim();
  }
  if (query.action) {
    clauses.push('(action = @action OR via = @action)');
    params.action = query.action;
  }
  if (query.since) {
    clauses.push('at >= @since');
    params.since = query.since;
  }
  if (query.before) {
    clauses.push('at < @before');
    params.before = query.before;
  }
  if (query.ownUserId) {
    clauses.push('user_id = @ownUserId');
    params.ownUserId = query.ownUserId;
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** Newest first, one page, with the number of matching entries. */
export function listAudit(db: Db, query: AuditQuery): { total: number; rows: AuditEntry[] } {
  const { sql, params } = where(query);
  const total = db.prepare(`SELECT count(*) FROM audit_log ${sql}`).pluck().get(params) as number;
  const rows = db
    .prepare(`SELECT ${COLUMNS.slice(0, -1).join(', ')} FROM audit_log ${sql} ORDER BY seq DESC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: query.limit ?? 100, offset: query.offset ?? 0 }) as AuditRow[];
  return { total, rows: rows.map(toEntry) };
}
