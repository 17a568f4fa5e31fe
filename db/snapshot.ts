import Database from 'better-sqlite3';
import { syncedTables } from './changeLog';
import { migrate } from './migrate';

type Db = Database.Database;

/**
 * The office's records as they stood at change-log sequence `seq`, in a fresh in-memory database of the same
 * schema: each synced row's last logged state at or before `seq` (deleted rows left out), plus the local
 * reference data (office, unit lists, settings) as they are now. Every synced row is logged from its first
 * insert, so this is exact for synced tables.
 */
export function snapshotAt(db: Db, seq: number): Db {
  const copy = new Database(':memory:');
  migrate(copy);
  copy.pragma('foreign_keys = OFF');
  const tables = new Set(syncedTables(db));
  copy.transaction(() => {
    for (const table of ['office', 'admin_unit', 'unit_list', 'case_deadline_rule']) {
      copy.prepare(`DELETE FROM ${table}`).run();
      const rows = db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
      for (const row of rows) insertRow(copy, table, row);
    }
    const latest = db
      .prepare(
        `SELECT l.table_name, l.op, l.row_json FROM change_log l
         JOIN (SELECT table_name, row_id, max(seq) AS seq FROM change_log WHERE seq <= ? GROUP BY table_name, row_id) m
           ON m.seq = l.seq
         ORDER BY l.seq`,
      )
      .all(seq) as { table_name: string; op: string; row_json: string }[];
    for (const entry of latest) {
      if (entry.op === 'D' || !tables.has(entry.table_name)) continue;
      insertRow(copy, entry.table_name, JSON.parse(entry.row_json) as Record<string, unknown>);
    }
  })();
  return copy;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function insertRow(db: Db, table: string, row: Record<string, unknown>): void {
  const known = new Set((db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map((c) => c.name));
  const columns = Object.keys(row).filter((c) => IDENTIFIER.test(c) && known.has(c));
  db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(
    Object.fromEntries(columns.map((c) => [c, row[c]])),
  );
}

export function lastChangeSeq(db: Db): number {
  return (db.prepare('SELECT coalesce(max(seq), 0) AS seq FROM change_log').get() as { seq: number }).seq;
}
