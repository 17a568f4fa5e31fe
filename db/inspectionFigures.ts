import type { Db } from './open';

export interface CoverageLine {
  communeCode: string;
  communeName: string;
  active: number;
  /** Distinct active businesses with an inspection in the year, done or planned. */
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
 */
export function coverage(db: Db, year: number): Coverage {
  const communes = db
    .prepare(
      `SELECT b.commune_code AS communeCode, coalesce(u.name, b.commune_code) AS communeName, count(*) AS active,
         sum(EXISTS (SELECT 1 FROM inspection i WHERE i.year = ? AND i.business_id = b.id)) AS covered
       FROM business b LEFT JOIN admin_unit u ON u.list_version = b.unit_list_version AND u.code = b.commune_code
       WHERE b.status <> 'closed' GROUP BY b.commune_code ORDER BY min(u.sort_key), b.commune_code`,
    )
    .all(year) as CoverageLine[];
  return {
    year,
    active: communes.reduce((n, c) => n + c.active, 0),
    covered: communes.reduce((n, c) => n + c.covered, 0),
    communes,
  };
}

export interface InspectionFigures {
  year: number;
  /** T9: distinct businesses with a final inspection in the year, over active businesses. */
  inspected: number;
  active: number;
  /** T8: violations found in the year and those with a handling recorded. */
  violationsFound: number;
  violationsHandled: number;
  /** Open violations whose correction deadline has passed (any year). */
  overdue: number;
}

export function inspectionFigures(db: Db, year: number, today: string): InspectionFigures {
  const t9 = db
    .prepare(
      `SELECT count(*) AS active,
         sum(EXISTS (SELECT 1 FROM inspection i WHERE i.year = ? AND i.business_id = b.id AND i.status = 'final')) AS inspected
       FROM business b WHERE b.status <> 'closed'`,
    )
    .get(year) as { active: number; inspected: number | null };
  const t8 = db
    .prepare(
      `SELECT count(*) AS found, count(handling) AS handled FROM violation WHERE found_on >= ? AND found_on <= ?`,
    )
    .get(`${year}-01-01`, `${year}-12-31`) as { found: number; handled: number };
  const overdue = db
    .prepare('SELECT count(*) AS n FROM violation WHERE closed_on IS NULL AND deadline < ?')
    .get(today) as { n: number };
  return {
    year,
    inspected: t9.inspected ?? 0,
    active: t9.active,
    violationsFound: t8.found,
    violationsHandled: t8.handled,
    overdue: overdue.n,
  };
}
