import type Database from 'better-sqlite3';

type Db = Database.Database;

export interface OfficeRecord {
  installationId: string;
  officeName: string;
  level: 'province' | 'district' | 'commune';
  unitCode: string;
  unitName: string;
  unitListVersion: string;
}

interface OfficeRow {
  installation_id: string;
  office_name: string;
  level: OfficeRecord['level'];
  unit_code: string;
  unit_list_version: string;
  unit_name: string | null;
}

export function getOffice(db: Db): OfficeRecord | undefined {
  const row = db
    .prepare(
      `SELECT o.*, u.name AS unit_name FROM office o
       LEFT JOIN admin_unit u ON u.list_version = o.unit_list_version AND u.code = o.unit_code
       WHERE o.singleton = 1`,
    )
    .get() as OfficeRow | undefined;
  if (!row) return undefined;
  return {
    installationId: row.installation_id,
    officeName: row.office_name,
    level: row.level,
    unitCode: row.unit_code,
    unitName: row.unit_name ?? row.unit_code,
    unitListVersion: row.unit_list_version,
  };
}

export function insertOffice(db: Db, office: Omit<OfficeRecord, 'unitName'>, now: string): void {
  db.prepare(
    `INSERT INTO office (singleton, installation_id, office_name, level, unit_code, unit_list_version, created_at, updated_at)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(office.installationId, office.officeName, office.level, office.unitCode, office.unitListVersion, now, now);
}

/** Moving an office to another PC: it takes the identity its key backup names. */
export function setInstallationId(db: Db, installationId: string, now: string): void {
  db.prepare('UPDATE office SET installation_id = ?, updated_at = ? WHERE singleton = 1').run(installationId, now);
}
