import type Database from 'better-sqlite3';
import { vietnameseSortKey } from './text';
import type { AdminUnit, UnitLevel, UnitMappingRow } from './units/index';

type Db = Database.Database;

export type UnitRecord = AdminUnit;

interface UnitRow {
  list_version: string;
  code: string;
  name: string;
  level: UnitLevel;
  kind: string;
  parent_code: string | null;
  ended_on: string | null;
  end_basis: string;
}

function toUnit(r: UnitRow): UnitRecord {
  return { listVersion: r.list_version, code: r.code, name: r.name, level: r.level, kind: r.kind, parentCode: r.parent_code, endedOn: r.ended_on, endBasis: r.end_basis };
}

export interface UnitListRecord {
  listVersion: string;
  label: string;
  source: string;
}

/** Loads a unit list (embedded or from the official spreadsheet), all or nothing; codes of that version are replaced. */
export function saveUnitList(db: Db, list: UnitListRecord & { units: readonly UnitRecord[] }, now: string): void {
  db.transaction(() => {
    db.prepare(
      `INSERT INTO unit_list (list_version, label, source, loaded_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (list_version) DO UPDATE SET label = excluded.label, source = excluded.source, loaded_at = excluded.loaded_at`,
    ).run(list.listVersion, list.label, list.source, now);
    saveUnits(db, list.units);
  }).immediate();
}

export function unitLists(db: Db): UnitListRecord[] {
  return db.prepare('SELECT list_version AS listVersion, label, source FROM unit_list ORDER BY list_version').all() as UnitListRecord[];
}

function saveUnits(db: Db, units: readonly UnitRecord[]): void {
  const insert = db.prepare(
    `INSERT INTO admin_unit (list_version, code, name, level, kind, parent_code, sort_key, ended_on, end_basis)
     VALUES (@listVersion, @code, @name, @level, @kind, @parentCode, @sortKey, @endedOn, @endBasis)
     ON CONFLICT (list_version, code) DO UPDATE SET name = excluded.name, level = excluded.level,
       kind = excluded.kind, parent_code = excluded.parent_code, sort_key = excluded.sort_key,
       ended_on = coalesce(excluded.ended_on, admin_unit.ended_on), end_basis = CASE WHEN excluded.ended_on IS NULL THEN admin_unit.end_basis ELSE excluded.end_basis END`,
  );
  // A spreadsheet reloaded later carries no end dates: those already known are kept.
  for (const unit of units) insert.run({ ...unit, endedOn: unit.endedOn ?? null, endBasis: unit.endBasis ?? '', sortKey: vietnameseSortKey(unit.name) });
}

export function hasUnitList(db: Db, listVersion: string): boolean {
  return db.prepare('SELECT 1 FROM unit_list WHERE list_version = ?').get(listVersion) !== undefined;
}

export function findUnitRecord(db: Db, listVersion: string, code: string): UnitRecord | undefined {
  const row = db.prepare('SELECT * FROM admin_unit WHERE list_version = ? AND code = ?').get(listVersion, code) as
    | UnitRow
    | undefined;
  return row && toUnit(row);
}

export function listUnits(db: Db, listVersion: string, filter: { level: UnitLevel | null; parentCode: string | null; provinceCode?: string | null }) {
  // provinceCode: the units of one province (itself, its districts, their communes), for choosing the province first.
  const rows = db
    .prepare(
      `SELECT * FROM admin_unit WHERE list_version = @listVersion
         AND (@level IS NULL OR level = @level) AND (@parentCode IS NULL OR parent_code = @parentCode)
         AND (@provinceCode IS NULL OR code = @provinceCode OR parent_code = @provinceCode
              OR parent_code IN (SELECT code FROM admin_unit WHERE list_version = @listVersion AND parent_code = @provinceCode))
       ORDER BY sort_key`,
    )
    .all({ listVersion, level: filter.level, parentCode: filter.parentCode, provinceCode: filter.provinceCode ?? null }) as UnitRow[];
  return rows.map(toUnit);
}

/** The communes an office's records may belong to: its own, or those under its district or province. */
export function communesOfUnit(db: Db, listVersion: string, unitCode: string): UnitRecord[] {
  const rows = db
    .prepare(
      `WITH RECURSIVE tree(code) AS (
         SELECT code FROM admin_unit WHERE list_version = @listVersion AND code = @unitCode
         UNION ALL
         SELECT u.code FROM admin_unit u JOIN tree t ON u.parent_code = t.code WHERE u.list_version = @listVersion
       )
       SELECT u.* FROM admin_unit u JOIN tree t ON t.code = u.code
       WHERE u.list_version = @listVersion AND u.level = 'commune' ORDER BY u.sort_key`,
    )
    .all({ listVersion, unitCode }) as UnitRow[];
  return rows.map(toUnit);
}

/** A stored mapping row is the embedded file's row (db/units). */
export type UnitMappingRecord = UnitMappingRow;

export function hasUnitMapping(db: Db, fromVersion: string, toVersion: string): boolean {
  return db.prepare('SELECT 1 FROM unit_mapping WHERE from_version = ? AND to_version = ? LIMIT 1').get(fromVersion, toVersion) !== undefined;
}

/** Loads the old-to-new mapping between two lists, all or nothing; rows of that pair are replaced. */
export function saveUnitMapping(db: Db, fromVersion: string, toVersion: string, rows: readonly UnitMappingRecord[]): void {
  db.transaction(() => {
    db.prepare('DELETE FROM unit_mapping WHERE from_version = ? AND to_version = ?').run(fromVersion, toVersion);
    const insert = db.prepare(
      `INSERT OR IGNORE INTO unit_mapping (from_version, to_version, old_code, old_name, old_district, old_province_code, new_code)
       VALUES (@fromVersion, @toVersion, @oldCode, @oldName, @oldDistrict, @oldProvinceCode, @newCode)`,
    );
    for (const row of rows) insert.run(row);
  }).immediate();
}

/** The mapping rows whose new commune lies in `provinceCode` of the new list (the old communes of a province or commune office). */
export function unitMappingInto(db: Db, fromVersion: string, toVersion: string, provinceCode: string | null): UnitMappingRecord[] {
  return db
    .prepare(
      `SELECT m.from_version AS fromVersion, m.to_version AS toVersion, m.old_code AS oldCode, m.old_name AS oldName,
              m.old_district AS oldDistrict, m.old_province_code AS oldProvinceCode, m.new_code AS newCode
       FROM unit_mapping m JOIN admin_unit n ON n.list_version = m.to_version AND n.code = m.new_code
       WHERE m.from_version = @fromVersion AND m.to_version = @toVersion
         AND (@provinceCode IS NULL OR n.parent_code = @provinceCode OR n.code = @provinceCode)
       ORDER BY m.old_province_code, m.old_district, m.old_name, m.new_code`,
    )
    .all({ fromVersion, toVersion, provinceCode }) as UnitMappingRecord[];
}

/** The province a unit belongs to in its list (itself for a province). */
export function provinceOfUnit(db: Db, listVersion: string, code: string): string | undefined {
  const row = db
    .prepare(
      `WITH RECURSIVE up(code, parent_code) AS (
         SELECT code, parent_code FROM admin_unit WHERE list_version = @listVersion AND code = @code
         UNION ALL
         SELECT u.code, u.parent_code FROM admin_unit u JOIN up ON u.code = up.parent_code WHERE u.list_version = @listVersion
       )
       SELECT code FROM up WHERE parent_code IS NULL`,
    )
    .get({ listVersion, code }) as { code: string } | undefined;
  return row?.code;
}

/** The list versions that hold a unit with this code and level (to say which list it belongs to). */
export function listsHoldingUnit(db: Db, code: string, level: UnitLevel): string[] {
  return (db.prepare('SELECT list_version AS v FROM admin_unit WHERE code = ? AND level = ? ORDER BY list_version').all(code, level) as { v: string }[]).map((r) => r.v);
}
