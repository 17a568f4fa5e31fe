import type Database from 'better-sqlite3';
import { transferableColumns } from './packageRecords';

type Db = Database.Database;

/*
 * Tables the province sends to its offices in the configuration package (checklist templates, the
 * year's plan, targets): each later issue lists its table in config_table and it travels as a
 * named section, with whatever columns it has.
 */

export interface ConfigTableRows {
  columns: string[];
  rows: (string | number | null)[][];
}

export function configTables(db: Db): string[] {
  return (db.prepare("SELECT c.name FROM config_table c JOIN sqlite_schema s ON s.type = 'table' AND s.name = c.name ORDER BY c.name").all() as { name: string }[]).map(
    (r) => r.name,
  );
}

export function readConfigTable(db: Db, table: string): ConfigTableRows {
  const columns = transferableColumns(db, table);
  const select = db.prepare(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY rowid`);
  select.raw(true);
  return { columns, rows: select.all() as (string | number | null)[][] };
}

/**
 * The province's rows replace this office's copy of the table. Columns this version does not know
 * are refused (the caller reports INVALID_CONTENT); SQLite checks the values.
 */
export function replaceConfigTable(db: Db, table: string, content: ConfigTableRows): void {
  const allowed = new Set(transferableColumns(db, table));
  if (content.columns.length === 0 || !content.columns.every((c) => allowed.has(c))) throw new Error(`${table}: unknown columns`);
  db.prepare(`DELETE FROM ${table}`).run();
  const insert = db.prepare(`INSERT INTO ${table} (${content.columns.join(', ')}) VALUES (${content.columns.map(() => '?').join(', ')})`);
  for (const row of content.rows) insert.run(...row);
}
