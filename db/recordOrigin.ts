import type Database from 'better-sqlite3';

type Db = Database.Database;

/**
 * The office a record came from in a data package (at the province), or undefined for the province's own
 * records. An office owns its records: it corrects them and sends them again, so the province only reads them.
 */
export function importedFrom(db: Db, table: string, id: string): { installationId: string; officeName: string } | undefined {
  return db
    .prepare(
      `SELECT o.installation_id AS installationId, coalesce(r.office_name, o.installation_id) AS officeName
       FROM row_origin o LEFT JOIN registered_office r ON r.installation_id = o.installation_id
       WHERE o.table_name = ? AND o.row_id = ? AND o.deleted = 0`,
    )
    .get(table, id) as { installationId: string; officeName: string } | undefined;
}
