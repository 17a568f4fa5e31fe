import type Database from 'better-sqlite3';
import { syncedTables } from './changeLog';

type Db = Database.Database;

/*
 * Office records as they travel in data packages, read and applied generically: any table listed in
 * synced_table travels, with whatever columns it has, so records added by later issues need no code
 * here. SQLite itself (STRICT types, CHECKs, foreign keys) is the schema validation on import.
 */

/** One row change: the origin's change-log sequence, 'U' (insert or update) or 'D', the id, the values. */
export type RecordRow = [seq: number, op: 'U' | 'D', id: string, values: (string | number | null)[] | null];

export interface TableRecords {
  columns: string[];
  rows: RecordRow[];
}

export type RecordSet = Record<string, TableRecords>;

/** A record the schema or the origin rules refuse; the caller answers INVALID_CONTENT. */
export class RecordRejected extends Error {
  override readonly name = 'RecordRejected';
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
/** Local-only columns (as in changeLog.ts): an integer key for the search index never travels. */
const LOCAL_COLUMNS = new Set(['row_no']);
/** Where, when and by whom a row was written: not part of what a shared record says. */
const STAMP_COLUMNS = new Set(['unit_code', 'created_at', 'updated_at', 'created_by', 'updated_by']);

/**
 * Columns that never leave the office, whatever the package: who denounced a business. The province gets
 * the case, its kind, dates and outcome; a package that carries these columns is refused on import.
 */
const OFFICE_ONLY_COLUMNS: Readonly<Record<string, ReadonlySet<string>>> = {
  case_record: new Set(['reporter_name', 'reporter_contact']),
};

export function transferableColumns(db: Db, table: string): string[] {
  const officeOnly = OFFICE_ONLY_COLUMNS[table];
  return (db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[])
    .map((c) => c.name)
    .filter((c) => IDENTIFIER.test(c) && !LOCAL_COLUMNS.has(c) && !officeOnly?.has(c));
}

export function lastChangeSeq(db: Db): number {
  return (db.prepare('SELECT coalesce(max(seq), 0) AS seq FROM change_log').get() as { seq: number }).seq;
}

// ---------------------------------------------------------------------------------------------
// Reading (office side)

/** Changes in (afterSeq, upToSeq], the last change of each row only. */
export function readDelta(db: Db, afterSeq: number, upToSeq: number): RecordSet {
  const last = new Map<string, { table: string; seq: number; op: 'I' | 'U' | 'D'; id: string; json: string }>();
  const rows = db
    .prepare('SELECT seq, table_name AS t, row_id AS id, op, row_json AS json FROM change_log WHERE seq > ? AND seq <= ? ORDER BY seq')
    .iterate(afterSeq, upToSeq) as IterableIterator<{ seq: number; t: string; id: string; op: 'I' | 'U' | 'D'; json: string }>;
  for (const r of rows) last.set(`${r.t}\0${r.id}`, { table: r.t, seq: r.seq, op: r.op, id: r.id, json: r.json });
  const out: RecordSet = {};
  const synced = new Set(syncedTables(db));
  for (const change of last.values()) {
    if (!synced.has(change.table)) continue;
    const records = (out[change.table] ??= { columns: transferableColumns(db, change.table), rows: [] });
    if (change.op === 'D') {
      records.rows.push([change.seq, 'D', change.id, null]);
      continue;
    }
    const row = JSON.parse(change.json) as Record<string, string | number | null>;
    records.rows.push([change.seq, 'U', change.id, records.columns.map((c) => row[c] ?? null)]);
  }
  for (const records of Object.values(out)) records.rows.sort((a, b) => a[0] - b[0]);
  return out;
}

/** Every row of every synced table, each with the sequence of its last change (its version). */
export function readSnapshot(db: Db): RecordSet {
  const out: RecordSet = {};
  for (const table of syncedTables(db)) {
    const columns = transferableColumns(db, table);
    const select = db.prepare(
      `SELECT coalesce((SELECT max(c.seq) FROM change_log c WHERE c.table_name = ? AND c.row_id = t.id), 0) AS "__seq", ${columns.map((c) => `t.${c}`).join(', ')}
       FROM ${table} t ORDER BY t.id`,
    );
    select.raw(true);
    const rows: RecordRow[] = [];
    for (const raw of select.iterate(table) as IterableIterator<unknown[]>) {
      const values = raw.slice(1) as (string | number | null)[];
      rows.push([raw[0] as number, 'U', values[columns.indexOf('id')] as string, values]);
    }
    out[table] = { columns, rows };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Applying (province side)

export interface ApplyOrigin {
  installationId: string;
  unitCode: string;
  /** A full snapshot up to this origin sequence: that origin's rows it does not list are deleted. */
  snapshotUpToSeq: number | null;
}

export interface TableSummary {
  added: number;
  changed: number;
  deleted: number;
  /** Changes older than what is already held (a package that arrived late): skipped. */
  skipped: number;
}

export type ApplySummary = Record<string, TableSummary>;

interface OriginRow {
  installation_id: string;
  change_seq: number;
  deleted: number;
}

const isScalar = (v: unknown): v is string | number | null => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

/**
 * Applies records from one origin; call inside the import transaction. Each row change is applied
 * only when newer (by the origin's change-log sequence) than the version held, so packages give the
 * same final state in whatever order they arrive. Foreign keys are deferred to the end and checked
 * there, so the order of rows inside a package does not matter either.
 */
export function applyRecords(db: Db, records: RecordSet, origin: ApplyOrigin, onProgress?: (fraction: number) => void): ApplySummary {
  if (!db.inTransaction) throw new Error('applyRecords must run inside a transaction');
  const total = Math.max(1, Object.values(records).reduce((n, t) => n + t.rows.length, 0));
  let applied = 0;
  db.pragma('defer_foreign_keys = ON');
  const synced = new Set(syncedTables(db));
  const getOrigin = db.prepare('SELECT installation_id, change_seq, deleted FROM row_origin WHERE table_name = ? AND row_id = ?');
  const setOrigin = db.prepare(
    `INSERT INTO row_origin (table_name, row_id, installation_id, change_seq, deleted) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (table_name, row_id) DO UPDATE SET change_seq = excluded.change_seq, deleted = excluded.deleted`,
  );
  const unitExists = db.prepare('SELECT 1 FROM admin_unit WHERE list_version = ? AND code = ?');
  const summary: ApplySummary = {};
  const seen = new Set<string>();

  for (const [table, { columns, rows }] of Object.entries(records)) {
    if (!synced.has(table)) throw new RecordRejected(`${table} is not a synced table`);
    const allowed = new Set(transferableColumns(db, table));
    if (new Set(columns).size !== columns.length || !columns.every((c) => allowed.has(c)) || !columns.includes('id')) {
      throw new RecordRejected(`${table}: unknown or repeated columns`);
    }
    const at = (name: string) => columns.indexOf(name);
    const [idAt, unitAt, versionAt, communeAt] = [at('id'), at('unit_code'), at('unit_list_version'), at('commune_code')];
    const exists = db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`);
    const remove = db.prepare(`DELETE FROM ${table} WHERE id = ?`);
    const upsert = db.prepare(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
       ON CONFLICT (id) DO UPDATE SET ${columns.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`).join(', ') || 'id = id'}`,
    );
    const tally = (summary[table] ??= { added: 0, changed: 0, deleted: 0, skipped: 0 });
    const compared = columns.filter((c) => !STAMP_COLUMNS.has(c));
    const current = db.prepare(`SELECT ${compared.join(', ')} FROM ${table} WHERE id = ?`).raw(true);
    const sameContent = (values: (string | number | null)[]) => {
      const held = current.get(values[idAt]) as unknown[] | undefined;
      return held !== undefined && compared.every((c, i) => held[i] === values[columns.indexOf(c)]);
    };

    for (const row of rows) {
      applied += 1;
      if (onProgress && applied % 256 === 0) onProgress(applied / total);
      const [seq, op, id, values] = row;
      if (!Number.isSafeInteger(seq) || seq < 0 || typeof id !== 'string' || (op !== 'U' && op !== 'D')) throw new RecordRejected(`${table}: bad row`);
      if (seen.has(`${table}\0${id}`)) throw new RecordRejected(`${table} ${id}: listed twice`);
      seen.add(`${table}\0${id}`);
      if (op === 'U') {
        if (!Array.isArray(values) || values.length !== columns.length || !values.every(isScalar) || values[idAt] !== id) {
          throw new RecordRejected(`${table} ${id}: values do not match the columns`);
        }
        // The header's sender must be the records' origin: an office sends only its own unit's records.
        if (unitAt >= 0 && values[unitAt] !== origin.unitCode) throw new RecordRejected(`${table} ${id}: record of unit ${String(values[unitAt])}`);
        if (versionAt >= 0) {
          for (const refAt of [unitAt, communeAt]) {
            if (refAt >= 0 && values[refAt] !== null && !unitExists.get(values[versionAt], values[refAt])) {
              throw new RecordRejected(`${table} ${id}: unit ${String(values[refAt])} does not exist`);
            }
          }
        }
      } else if (values !== null) throw new RecordRejected(`${table} ${id}: a deletion carries values`);

      const held = getOrigin.get(table, id) as OriginRow | undefined;
      const foreign = held ? held.installation_id !== origin.installationId : exists.get(id) !== undefined;
      if (foreign) {
        // A shared record with a fixed id (a built-in checklist template every office seeds the same
        // way) arrives from each office: the same content is no change; anything else is refused.
        if (op === 'U' && sameContent(values as (string | number | null)[])) {
          tally.skipped++;
          continue;
        }
        throw new RecordRejected(`${table} ${id}: ${held ? 'belongs to another office' : 'a record of this installation'}`);
      }
      if (held && held.change_seq >= seq) {
        tally.skipped++;
        continue;
      }
      const present = held !== undefined && held.deleted === 0;
      try {
        if (op === 'D') remove.run(id);
        else upsert.run(...(values as (string | number | null)[]));
      } catch (error) {
        throw asRejected(error, `${table} ${id}`);
      }
      setOrigin.run(table, id, origin.installationId, seq, op === 'D' ? 1 : 0);
      if (op === 'D') tally.deleted += present ? 1 : 0;
      else if (present) tally.changed++;
      else tally.added++;
    }
  }

  if (origin.snapshotUpToSeq !== null) deleteOmitted(db, seen, origin as ApplyOrigin & { snapshotUpToSeq: number }, summary, setOrigin, synced);
  checkForeignKeys(db, synced);
  checkParentOrigins(db, records, origin.installationId, synced);
  onProgress?.(1);
  return summary;
}

/** A snapshot lists every row its origin had at `snapshotUpToSeq`: older rows it omits were deleted since. */
function deleteOmitted(
  db: Db,
  listed: Set<string>,
  origin: ApplyOrigin & { snapshotUpToSeq: number },
  summary: ApplySummary,
  setOrigin: Database.Statement,
  synced: Set<string>,
): void {
  const held = db
    .prepare('SELECT table_name AS t, row_id AS id FROM row_origin WHERE installation_id = ? AND deleted = 0 AND change_seq <= ?')
    .all(origin.installationId, origin.snapshotUpToSeq) as { t: string; id: string }[];
  for (const { t, id } of held) {
    if (listed.has(`${t}\0${id}`) || !synced.has(t)) continue;
    try {
      db.prepare(`DELETE FROM ${t} WHERE id = ?`).run(id);
    } catch (error) {
      throw asRejected(error, `${t} ${id}`);
    }
    setOrigin.run(t, id, origin.installationId, origin.snapshotUpToSeq, 1);
    (summary[t] ??= { added: 0, changed: 0, deleted: 0, skipped: 0 }).deleted++;
  }
}

function checkForeignKeys(db: Db, synced: Set<string>): void {
  for (const table of synced) {
    const hasKeys = db.prepare('SELECT 1 FROM pragma_foreign_key_list(?) LIMIT 1').get(table);
    if (hasKeys && db.prepare('SELECT 1 FROM pragma_foreign_key_check(?) LIMIT 1').get(table)) {
      throw new RecordRejected(`${table}: a record points at a row that does not exist`);
    }
  }
}

/**
 * A record an office sends may point only at its own records (or at the receiver's own, such as a
 * built-in checklist template): never at a row another office sent, which it could not have seen.
 */
/** Tables of records every installation seeds with the same ids (built-in checklist templates): anyone's to point at. */
const SHARED_PARENTS: ReadonlySet<string> = new Set(['checklist_template']);

function checkParentOrigins(db: Db, records: RecordSet, installationId: string, synced: Set<string>): void {
  for (const [table, { rows }] of Object.entries(records)) {
    const keys = db.prepare('SELECT "table" AS parent, "from" AS col FROM pragma_foreign_key_list(?)').all(table) as { parent: string; col: string }[];
    for (const { parent, col } of keys) {
      if (!synced.has(parent) || SHARED_PARENTS.has(parent) || !IDENTIFIER.test(col) || !IDENTIFIER.test(parent)) continue;
      const foreignParent = db.prepare(
        `SELECT 1 FROM ${table} c JOIN row_origin p ON p.table_name = '${parent}' AND p.row_id = c.${col}
         WHERE c.id = ? AND p.installation_id <> ?`,
      );
      for (const [, op, id] of rows) {
        if (op === 'U' && foreignParent.get(id, installationId)) throw new RecordRejected(`${table} ${id}: points at a ${parent} of another office`);
      }
    }
  }
}

/** SQLite's refusals (types of STRICT tables, CHECK, NOT NULL, UNIQUE, foreign keys) are bad content. */
function asRejected(error: unknown, what: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^SQLITE_(CONSTRAINT|MISMATCH|TOOBIG|RANGE)/.test(code)) {
    return new RecordRejected(`${what}: ${(error as Error).message}`);
  }
  return error;
}

// ---------------------------------------------------------------------------------------------
// Consolidated view and figures

/** SQL condition: the row `alias`.id of `table` came from this installation (for any synced table). */
export function fromOriginSql(table: string, alias: string): string {
  if (!IDENTIFIER.test(table) || !IDENTIFIER.test(alias)) throw new Error('bad identifier');
  return `${alias}.id IN (SELECT row_id FROM row_origin WHERE table_name = '${table}' AND installation_id = ? AND deleted = 0)`;
}

/** The consolidated view's filter at the province: rows sent by one installation, and/or of one unit. */
export interface OfficeFilter {
  originInstallationId?: string | null;
  unitCode?: string | null;
}

/**
 * SQL condition for OfficeFilter with the named parameters @originInstallationId and @unitCode (null:
 * no filter); pass officeFilterParams(filter) with the query's own parameters. Given the `filter` itself,
 * a filter naming nothing gives a plain true condition that reads no column, so a figure's covering
 * index stays usable when nothing is filtered.
 */
export function officeFilterSql(table: string, alias: string, filter?: OfficeFilter): string {
  if (!IDENTIFIER.test(table) || !IDENTIFIER.test(alias)) throw new Error('bad identifier');
  if (filter && (filter.originInstallationId ?? null) === null && (filter.unitCode ?? null) === null) return '1';
  return `(@originInstallationId IS NULL OR ${alias}.id IN (SELECT row_id FROM row_origin WHERE table_name = '${table}' AND installation_id = @originInstallationId AND deleted = 0))
    AND (@unitCode IS NULL OR ${alias}.unit_code = @unitCode)`;
}

export function officeFilterParams(filter: OfficeFilter = {}): { originInstallationId: string | null; unitCode: string | null } {
  return { originInstallationId: filter.originInstallationId ?? null, unitCode: filter.unitCode ?? null };
}

/** Row counts of every table and the last change-log sequence: a rejected import changes neither. */
export function databaseStats(db: Db): { tables: Record<string, number>; lastChangeSeq: number } {
  const names = (
    db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
      .all() as { name: string }[]
  ).map((r) => r.name);
  const tables: Record<string, number> = {};
  for (const name of names) tables[name] = (db.prepare(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`).get() as { n: number }).n;
  return { tables, lastChangeSeq: lastChangeSeq(db) };
}
