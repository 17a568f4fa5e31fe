// "Chuyển sang danh mục sau 01/07/2025" (issue 17 item 3): an installation set up on the old list
// (VN-2004) re-codes every record's commune through the official mapping, in one transaction. Split
// communes are listed for the clerk to settle first; each record keeps the code and list it had.
import type Database from 'better-sqlite3';
import { findUnitRecord } from '../../db/adminUnits';
import type { AppContext } from '../api/context';
import { ApiError } from '../api/errors';
import { ensureEmbeddedUnits } from './setup';

type Db = Database.Database;

const FROM = 'VN-2004';
const TO = 'VN-2025';

/** The commune columns records carry, with the column keeping the code they had before. */
const RECODED: readonly { table: string; column: string; previous: string; versioned: boolean }[] = [
  { table: 'business', column: 'commune_code', previous: 'previous_commune_code', versioned: true },
  { table: 'school', column: 'commune_code', previous: 'previous_commune_code', versioned: true },
  { table: 'staff_person', column: 'work_unit_code', previous: 'previous_unit_code', versioned: true },
  { table: 'case_record', column: 'commune_code', previous: 'previous_commune_code', versioned: false },
  { table: 'outreach_event_commune', column: 'commune_code', previous: 'previous_commune_code', versioned: false },
];

export interface ConversionCase {
  oldCode: string;
  oldName: string;
  /** The new communes to choose from: several for a split commune, none for a unit the mapping does not cover (a district). */
  choices: { code: string; name: string }[];
  records: number;
}

export interface ConversionPlan {
  /** Old code -> new code, where the mapping leaves no doubt or the clerk chose. */
  recode: Map<string, string>;
  /** To settle first: split communes and units without a mapping. */
  unsettled: ConversionCase[];
}

function oldCodesInUse(db: Db): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of RECODED) {
    const where = r.versioned ? 'WHERE unit_list_version = @fromVersion' : `WHERE ${r.previous} IS NULL`;
    const rows = db.prepare(`SELECT ${r.column} AS code, count(*) AS n FROM ${r.table} ${where} AND ${r.column} IS NOT NULL GROUP BY 1`).all(r.versioned ? { fromVersion: FROM } : {}) as { code: string; n: number }[];
    for (const { code, n } of rows) counts.set(code, (counts.get(code) ?? 0) + n);
  }
  return counts;
}

/** What converting would do: the codes it re-codes and the cases the clerk must settle first. */
export function planConversion(app: AppContext, choices: Readonly<Record<string, string>>, newUnitCode: string): ConversionPlan {
  const db = app.db;
  const office = app.office();
  if (!office || office.unitListVersion !== FROM) throw new ApiError('CONVERSION_NOT_NEEDED', 'convert.notNeeded');
  ensureEmbeddedUnits(app);
  const targets = db.prepare('SELECT DISTINCT new_code AS code FROM unit_mapping WHERE from_version = ? AND to_version = ? AND old_code = ? ORDER BY 1');
  const recode = new Map<string, string>();
  const unsettled: ConversionCase[] = [];
  for (const [oldCode, records] of oldCodesInUse(db)) {
    const codes = (targets.all(FROM, TO, oldCode) as { code: string }[]).map((r) => r.code);
    // The office's own unit (a district or province code on a staff record) becomes the office's new unit.
    const own = codes.length === 0 && oldCode === office.unitCode ? newUnitCode : undefined;
    const chosen = choices[oldCode];
    const target = codes.length === 1 ? codes[0] : own ?? (chosen && (codes.length === 0 || codes.includes(chosen)) ? chosen : undefined);
    if (target && findUnitRecord(db, TO, target)) {
      recode.set(oldCode, target);
      continue;
    }
    unsettled.push({
      oldCode,
      oldName: findUnitRecord(db, FROM, oldCode)?.name ?? oldCode,
      choices: codes.map((code) => ({ code, name: findUnitRecord(db, TO, code)?.name ?? code })),
      records,
    });
  }
  return { recode, unsettled };
}

/**
 * Converts in one IMMEDIATE transaction, or refuses with the cases to settle: a kill half-way leaves
 * the old list whole. `newUnitCode` is the unit the office became (a former district office chooses).
 */
export function convertToNewList(app: AppContext, input: { newUnitCode: string; choices: Readonly<Record<string, string>> }): { recoded: number; unsettled: ConversionCase[] } {
  const db = app.db;
  const newUnit = findUnitRecord(db, TO, input.newUnitCode);
  if (!newUnit) throw new ApiError('VALIDATION', 'errors.validation', undefined, [{ path: 'newUnitCode', messageKey: 'validation.choice' }]);
  const { recode, unsettled } = planConversion(app, input.choices, newUnit.code);
  if (unsettled.length > 0) return { recoded: 0, unsettled };
  const now = app.now();
  let recoded = 0;
  db.transaction(() => {
    for (const r of RECODED) {
      const versionSet = r.versioned ? ', unit_list_version = @toVersion, previous_list_version = @fromVersion' : ', previous_list_version = @fromVersion';
      const scope = r.versioned ? 'unit_list_version = @fromVersion' : `${r.previous} IS NULL`;
      const stamp = r.table === 'outreach_event_commune' ? '' : ', updated_at = @now';
      const update = db.prepare(`UPDATE ${r.table} SET ${r.previous} = ${r.column}, ${r.column} = @to${versionSet}${stamp} WHERE ${scope} AND ${r.column} = @from`);
      for (const [from, to] of recode) recoded += update.run({ from, to, fromVersion: FROM, ...(r.versioned ? { toVersion: TO } : {}), ...(stamp ? { now } : {}) }).changes;
    }
    db.prepare('UPDATE outreach_event SET unit_list_version = ?, updated_at = ? WHERE unit_list_version = ?').run(TO, now, FROM);
    db.prepare(
      `UPDATE office SET previous_unit_code = unit_code, previous_list_version = unit_list_version, unit_code = ?, level = ?, unit_list_version = ?, updated_at = ? WHERE singleton = 1`,
    ).run(newUnit.code, newUnit.level, TO, now);
  }).immediate();
  app.invalidateOffice();
  return { recoded, unsettled: [] };
}
