import type Database from 'better-sqlite3';

type Db = Database.Database;

/** One row of the periodic report's layout (migration 0009): a document line, a table, or a term. */
export interface ReportLayoutRow {
  id: string;
  version: number;
  position: number;
  kind: 'text' | 'table' | 'term';
  text: string;
  /** For tables: [key, header] pairs in print order. */
  columns: [string, string][];
  shown: boolean;
}

interface Row {
  id: string;
  version: number;
  position: number;
  kind: ReportLayoutRow['kind'];
  text: string;
  columns: string;
  shown: number;
}

function parseColumns(json: string): [string, string][] {
  try {
    const value = JSON.parse(json) as unknown;
    if (!Array.isArray(value)) return [];
    return value.filter((c): c is [string, string] => Array.isArray(c) && typeof c[0] === 'string' && typeof c[1] === 'string');
  } catch {
    return [];
  }
}

export function reportLayoutRows(db: Db): ReportLayoutRow[] {
  return (db.prepare('SELECT * FROM report_layout ORDER BY position, id').all() as Row[]).map((r) => ({
    id: r.id,
    version: r.version,
    position: r.position,
    kind: r.kind,
    text: r.text,
    columns: parseColumns(r.columns),
    shown: r.shown === 1,
  }));
}

/** The layout's version: the highest version of any of its rows. */
export function reportLayoutVersion(db: Db): number {
  return (db.prepare('SELECT coalesce(max(version), 1) AS v FROM report_layout').get() as { v: number }).v;
}

/**
 * Changes one row's text (and a table's columns or whether it is shown); the row takes the next layout
 * version. Returns false when there is no such row. The caller holds the transaction.
 */
export function updateReportLayoutRow(
  db: Db,
  id: string,
  change: { text: string; columns?: [string, string][]; shown?: boolean },
): boolean {
  const next = reportLayoutVersion(db) + 1;
  return (
    db
      .prepare(
        `UPDATE report_layout SET text = @text, columns = coalesce(@columns, columns), shown = coalesce(@shown, shown), version = @next
         WHERE id = @id`,
      )
      .run({
        id,
        text: change.text,
        columns: change.columns ? JSON.stringify(change.columns) : null,
        shown: change.shown === undefined ? null : change.shown ? 1 : 0,
        next,
      }).changes === 1
  );
}
