import type Database from 'better-sqlite3';

type Db = Database.Database;

/**
 * Change-log triggers are generated from each synced table's current columns, so a column added
 * by a later migration is logged without anyone editing a trigger by hand.
 */
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
/** Local-only columns that never travel (an integer key for the search index). */
const LOCAL_COLUMNS = new Set(['row_no']);

const OPERATIONS = [
  { suffix: 'insert', event: 'INSERT', op: 'I', row: 'NEW' },
  { suffix: 'update', event: 'UPDATE', op: 'U', row: 'NEW' },
  { suffix: 'delete', event: 'DELETE', op: 'D', row: 'OLD' },
] as const;

export function syncedTables(db: Db): string[] {
  return (db.prepare('SELECT name FROM synced_table ORDER BY name').all() as { name: string }[]).map((r) => r.name);
}

/**
 * (Re)creates each synced table's triggers from its current columns. A trigger whose stored text is
 * already the one generated is left alone: migrations call this after each step, and most steps touch
 * no synced table, so an unchanged schema costs a few reads instead of dropping and creating them all.
 */
export function installChangeLogTriggers(db: Db): void {
  const hasRegistry = db
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'synced_table'")
    .get();
  if (!hasRegistry) return;
  const existing = new Map(
    (db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'change\\_log\\_%' ESCAPE '\\'").all() as { name: string; sql: string }[]).map(
      (t) => [t.name, t.sql],
    ),
  );
  const columnsOf = db.prepare('SELECT name FROM pragma_table_info(?)').pluck();
  for (const table of syncedTables(db)) {
    if (!IDENTIFIER.test(table)) throw new Error(`bad synced table name ${table}`);
    const columns = columnsOf.all(table) as string[];
    if (!columns.includes('id')) throw new Error(`synced table ${table} has no id column`);
    for (const { suffix, event, op, row } of OPERATIONS) {
      const trigger = `change_log_${table}_${suffix}`;
      const json = columns
        .filter((c) => IDENTIFIER.test(c) && !LOCAL_COLUMNS.has(c))
        .map((c) => `'${c}', ${row}.${c}`)
        .join(', ');
      const sql = `CREATE TRIGGER ${trigger} AFTER ${event} ON ${table} BEGIN
           INSERT INTO change_log (table_name, row_id, op, row_json, changed_at)
           VALUES ('${table}', ${row}.id, '${op}', json_object(${json}), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
         END`;
      if (existing.get(trigger) === sql) continue;
      db.exec(`DROP TRIGGER IF EXISTS ${trigger}`);
      db.exec(sql);
    }
  }
}

export interface ChangeLogEntry {
  seq: number;
  tableName: string;
  rowId: string;
  op: 'I' | 'U' | 'D';
  row: Record<string, unknown>;
  changedAt: string;
}

interface ChangeLogRow {
  seq: number;
  table_name: string;
  row_id: string;
  op: 'I' | 'U' | 'D';
  row_json: string;
  changed_at: string;
}

function toEntry(r: ChangeLogRow): ChangeLogEntry {
  return {
    seq: r.seq,
    tableName: r.table_name,
    rowId: r.row_id,
    op: r.op,
    row: JSON.parse(r.row_json) as Record<string, unknown>,
    changedAt: r.changed_at,
  };
}

export function changesForRow(db: Db, table: string, rowId: string): ChangeLogEntry[] {
  const rows = db
    .prepare('SELECT * FROM change_log WHERE table_name = ? AND row_id = ? ORDER BY seq')
    .all(table, rowId) as ChangeLogRow[];
  return rows.map(toEntry);
}

export function changesSince(db: Db, afterSeq: number, limit = 10_000): ChangeLogEntry[] {
  const rows = db
    .prepare('SELECT * FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?')
    .all(afterSeq, limit) as ChangeLogRow[];
  return rows.map(toEntry);
}
