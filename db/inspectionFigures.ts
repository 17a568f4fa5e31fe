import type { Db } from './open';
import { countedBusiness } from './figureDefinitions';
import { officeFilterParams, officeFilterSql, type OfficeFilter } from './packageRecords';

export interface CoverageLine {
  communeCode: string;
  communeName: string;
  active: number;
  /** Distinct operating businesses (db/figureDefinitions.ts) with an inspection in the year, done or planned. */
  covered: number;
}

export interface Coverage {
  year: number;
  active: number;
  covered: number;
  communes: CoverageLine[];
}

/**
 * Coverage of the year (T9 while planning): distinct active businesses inspected or planned / active
 * businesses, for the unit and per commune. One grouped pass over businesses, probing the year index.
 * At the province, `filter` narrows it to the businesses of one sending installation or unit.
 */
export function coverage(db: Db, year: number, filter: OfficeFilter = {}): Coverage {
  const params = officeFilterParams(filter);
  const active = db
    .prepare(
      `SELECT g.communeCode, coalesce(u.name, g.communeCode) AS communeName, g.active
       FROM (SELECT b.commune_code AS communeCode, b.unit_list_version AS listVersion, count(*) AS active FROM business b
             WHERE ${countedBusiness('b')} AND ${officeFilterSql('business', 'b', filter)} GROUP BY b.commune_code, b.unit_list_version) g
       LEFT JOIN admin_unit u ON u.list_version = g.listVersion AND u.code = g.communeCode
       ORDER BY u.sort_key, g.communeCode`,
    )
    .all(params) as Omit<CoverageLine, 'covered'>[];
  // Driven from the year's inspections (index on year), probing businesses by id: no per-business subquery.
  const covered = new Map(
    (
      db
        .prepare(
          `SELECT b.commune_code AS communeCode, count(*) AS covered
           FROM (SELECT DISTINCT business_id FROM inspection WHERE year = @year) i JOIN business b ON b.id = i.business_id
           WHERE ${countedBusiness('b')} AND ${officeFilterSql('business', 'b', filter)} GROUP BY b.commune_code`,
        )
        .all({ year, ...params }) as { communeCode: string; covered: number }[]
    ).map((r) => [r.communeCode, r.covered]),
  );
  const communes = active.map((line) => ({ ...line, covered: covered.get(line.communeCode) ?? 0 }));
  return {
    year,
    active: communes.reduce((n, c) => n + c.active, 0),
    covered: communes.reduce((n, c) => n + c.covered, 0),
    communes,
  };
}

export interface InspectionFigures {
  year: number;
  /** T9: distinct operating businesses with a final inspection in the year, over operating businesses. */
  inspected: number;
  active: number;
  /** T8: violations found in the year and those handled according to law (a sanction decision, a transfer, a lawful closing; not a reminder). */
  violationsFound: number;
  violationsHandled: number;
  /** Open violations whose correction deadline has passed (any year). */
  overdue: number;
}

export function inspectionFigures(db: Db, year: number, today: string, filter: OfficeFilter = {}): InspectionFigures {
  const params = officeFilterParams(filter);
  const active = db.prepare(`SELECT count(*) AS n FROM business b WHERE ${countedBusiness('b')} AND ${officeFilterSql('business', 'b', filter)}`).get(params) as { n: number };
  const inspected = db
    .prepare(
      `SELECT count(*) AS n FROM (SELECT DISTINCT business_id FROM inspection WHERE year = @year AND status = 'final') i
       JOIN business b ON b.id = i.business_id WHERE ${countedBusiness('b')} AND ${officeFilterSql('business', 'b', filter)}`,
    )
    .get({ year, ...params }) as { n: number };
  const t8 = db
    .prepare(
      `SELECT count(*) AS found, count(v.outcome) AS handled FROM violation v
       WHERE v.found_on >= @from AND v.found_on <= @to AND ${officeFilterSql('violation', 'v', filter)}`,
    )
    .get({ from: `${year}-01-01`, to: `${year}-12-31`, ...params }) as { found: number; handled: number };
  const overdue = db
    .prepare(`SELECT count(*) AS n FROM violation v WHERE v.closed_on IS NULL AND v.deadline < @today AND ${officeFilterSql('violation', 'v', filter)}`)
    .get({ today, ...params }) as { n: number };
  return {
    year,
    inspected: inspected.n,
    active: active.n,
    violationsFound: t8.found,
    violationsHandled: t8.handled,
    overdue: overdue.n,
  };
}
