import type Database from 'better-sqlite3';
import { countedBusiness, countedStaff } from './figureDefinitions';
import { officeFilterParams, officeFilterSql, type OfficeFilter } from './packageRecords';

type Db = Database.Database;

/*
 * Queries over outreach events are driven from the year's events (CROSS JOIN keeps that order): without
 * statistics SQLite would otherwise walk every year's commune links.
 *
 * Per-commune and monthly series of the training, outreach and inspection figures for the targets dashboard.
 * Each query returns events keyed by commune and month (0 = January) of the year; electron/plan turns them into
 * cumulative monthly points and commune bars. The definitions follow db/trainingFigures.ts and
 * db/inspectionFigures.ts (an outreach event counts in every commune it names, as the training page counts it).
 * Each takes the consolidated filter (OfficeFilter, empty = every record held) on the rows it counts.
 */

export interface SeriesPoint {
  communeCode: string;
  month: number;
  n: number;
}

export interface CommuneCount {
  communeCode: string;
  n: number;
}

/** The last day a figure counts: the year's end, or `until` (today) while the year runs; records dated later do not count yet. */
export const lastCountedDay = (year: number, until?: string): string => (until !== undefined && until < `${year}-12-31` ? until : `${year}-12-31`);

const yearParams = (year: number, communes: readonly string[], filter: OfficeFilter, until?: string) => ({
  from: `${year}-01-01`,
  to: lastCountedDay(year, until),
  until: lastCountedDay(year, until),
  communes: JSON.stringify(communes),
  ...officeFilterParams(filter),
});

/** T12: active people by the unit they serve and the month of their first completed course in the year. */
export function trainedSeries(db: Db, year: number, communes: readonly string[], filter: OfficeFilter = {}, until?: string): SeriesPoint[] {
  return db
    .prepare(
      `SELECT communeCode, CAST(substr(first, 6, 2) AS INTEGER) - 1 AS month, count(*) AS n FROM (
         SELECT s.work_unit_code AS communeCode, min(c.end_date) AS first
         FROM staff_person s JOIN training_participant p ON p.person_id = s.id AND p.completed = 1
           JOIN training_course c ON c.id = p.course_id AND c.end_date BETWEEN @from AND @to
         WHERE ${countedStaff('s')} AND ${officeFilterSql('staff_person', 's', filter)} GROUP BY s.id)
       GROUP BY communeCode, month`,
    )
    .all(yearParams(year, communes, filter, until)) as SeriesPoint[];
}

/** T12's denominator per commune: active people serving it. */
export function activeStaffByCommune(db: Db, communes: readonly string[], filter: OfficeFilter = {}, until = '9999-12-31'): CommuneCount[] {
  return db
    .prepare(
      `SELECT s.work_unit_code AS communeCode, count(*) AS n FROM staff_person s
       WHERE ${countedStaff('s')} AND s.work_unit_code IN (SELECT value FROM json_each(@communes)) AND ${officeFilterSql('staff_person', 's', filter)}
       GROUP BY s.work_unit_code`,
    )
    .all({ communes: JSON.stringify(communes), until, ...officeFilterParams(filter) }) as CommuneCount[];
}

/** T1: each commune of the unit reached by an event, with the month of its first event in the year. */
export function communesReachedSeries(db: Db, year: number, communes: readonly string[], filter: OfficeFilter = {}, until?: string): SeriesPoint[] {
  return db
    .prepare(
      `SELECT ec.commune_code AS communeCode, CAST(substr(min(e.event_date), 6, 2) AS INTEGER) - 1 AS month, 1 AS n
       FROM outreach_event e CROSS JOIN outreach_event_commune ec ON ec.event_id = e.id
       WHERE e.event_date BETWEEN @from AND @to AND +ec.commune_code IN (SELECT value FROM json_each(@communes))
         AND ${officeFilterSql('outreach_event', 'e', filter)}
       GROUP BY ec.commune_code`,
    )
    .all(yearParams(year, communes, filter, until)) as SeriesPoint[];
}

/** T3 and T4: people reached by the year's events, per commune named and month (unit total counts each event once). */
export function reachedSeries(
  db: Db,
  year: number,
  communes: readonly string[],
  column: 'workers_reached' | 'students_reached',
  filter: OfficeFilter = {},
  until?: string,
): { perCommune: SeriesPoint[]; unit: SeriesPoint[] } {
  const params = yearParams(year, communes, filter, until);
  const perCommune = db
    .prepare(
      `SELECT ec.commune_code AS communeCode, CAST(substr(e.event_date, 6, 2) AS INTEGER) - 1 AS month, sum(e.${column}) AS n
       FROM outreach_event e CROSS JOIN outreach_event_commune ec ON ec.event_id = e.id
       WHERE e.event_date BETWEEN @from AND @to AND e.${column} > 0 AND +ec.commune_code IN (SELECT value FROM json_each(@communes))
         AND ${officeFilterSql('outreach_event', 'e', filter)}
       GROUP BY ec.commune_code, month`,
    )
    .all(params) as SeriesPoint[];
  const unit = db
    .prepare(
      `SELECT '' AS communeCode, CAST(substr(e.event_date, 6, 2) AS INTEGER) - 1 AS month, sum(e.${column}) AS n
       FROM outreach_event e WHERE e.event_date BETWEEN @from AND @to AND e.${column} > 0 AND ${officeFilterSql('outreach_event', 'e', filter)}
       GROUP BY month`,
    )
    .all(params) as SeriesPoint[];
  return { perCommune, unit };
}

/** An outreach event that reached workers, with the workers T3 counts from it (see workersReachedEvents). */
export interface WorkersReachedEvent {
  id: string;
  date: string;
  type: string;
  month: number;
  /** The headcount entered for the event. */
  entered: number;
  /** What T3 counts: the headcount, less workers of the named businesses already counted this year. */
  counted: number;
  communes: string[];
}

/**
 * T3's one definition (the dashboard, the training page and their records use it): a business's workers are
 * counted once a year. The year's events are taken in date order; an event that names businesses counts at
 * most the workers of those businesses not yet counted (two events at the same karaoke do not count its
 * staff twice), plus any surplus over their workforce the clerk gave a reason for (seasonal workers); an event
 * that names no business counts its headcount as entered, since nothing says whom it reached. `commune` narrows the result to events naming that commune, after the year has been counted.
 */
export function workersReachedEvents(db: Db, year: number, filter: OfficeFilter = {}, commune: string | null = null, until?: string): WorkersReachedEvent[] {
  const rows = db
    .prepare(
      `SELECT e.id, e.event_date AS date, e.type, e.workers_reached AS entered, e.headcount_reason <> '' AS surplusGiven,
         (SELECT json_group_array(ec.commune_code) FROM outreach_event_commune ec WHERE ec.event_id = e.id) AS communes,
         (SELECT json_group_array(json_array(b.id, b.workers_total)) FROM outreach_event_business eb JOIN business b ON b.id = eb.business_id
          WHERE eb.event_id = e.id) AS businesses
       FROM outreach_event e
       WHERE e.event_date BETWEEN @from AND @to AND e.workers_reached > 0 AND ${officeFilterSql('outreach_event', 'e', filter)}
       ORDER BY e.event_date, e.created_at, e.id`,
    )
    .all({ from: `${year}-01-01`, to: lastCountedDay(year, until), ...officeFilterParams(filter) }) as { id: string; date: string; type: string; entered: number; surplusGiven: number; communes: string; businesses: string }[];
  const remaining = new Map<string, number>();
  const events = rows.map((r) => {
    const businesses = JSON.parse(r.businesses) as [string, number | null][];
    let counted = r.entered;
    if (businesses.length > 0) {
      // More workers than the businesses employ, with the clerk's reason (seasonal workers): the surplus counts as entered.
      const employed = businesses.reduce((sum, [, total]) => sum + Math.max(0, total ?? 0), 0);
      const surplus = r.surplusGiven ? Math.max(0, r.entered - employed) : 0;
      let left = r.entered - surplus;
      for (const [id, total] of businesses) {
        const free = remaining.get(id) ?? Math.max(0, total ?? 0);
        const taken = Math.min(free, left);
        remaining.set(id, free - taken);
        left -= taken;
      }
      counted = r.entered - left;
    }
    return { id: r.id, date: r.date, type: r.type, month: Number(r.date.slice(5, 7)) - 1, entered: r.entered, counted, communes: JSON.parse(r.communes) as string[] };
  });
  return commune === null ? events : events.filter((e) => e.communes.includes(commune));
}

/** T3 per commune named and month, and for the unit (each event once), from workersReachedEvents. */
export function workersReachedSeries(
  db: Db,
  year: number,
  communes: readonly string[],
  filter: OfficeFilter = {},
  until?: string,
): { perCommune: SeriesPoint[]; unit: SeriesPoint[] } {
  const inUnit = new Set(communes);
  const events = workersReachedEvents(db, year, filter, null, until).filter((e) => e.counted > 0);
  return {
    perCommune: events.flatMap((e) => e.communes.filter((c) => inUnit.has(c)).map((communeCode) => ({ communeCode, month: e.month, n: e.counted }))),
    unit: events.map((e) => ({ communeCode: '', month: e.month, n: e.counted })),
  };
}

/** T3's denominator per commune: workers of operating businesses. */
export function workersByCommune(db: Db, communes: readonly string[], filter: OfficeFilter = {}): CommuneCount[] {
  return db
    .prepare(
      `SELECT b.commune_code AS communeCode, coalesce(sum(b.workers_total), 0) AS n FROM business b
       WHERE ${countedBusiness('b')} AND b.commune_code IN (SELECT value FROM json_each(@communes)) AND ${officeFilterSql('business', 'b', filter)}
       GROUP BY b.commune_code`,
    )
    .all({ communes: JSON.stringify(communes), ...officeFilterParams(filter) }) as CommuneCount[];
}

/** T4's denominator per commune: school enrolment. */
export function enrolmentByCommune(db: Db, communes: readonly string[], filter: OfficeFilter = {}): CommuneCount[] {
  return db
    .prepare(
      `SELECT s.commune_code AS communeCode, sum(s.enrolment) AS n FROM school s
       WHERE s.commune_code IN (SELECT value FROM json_each(@communes)) AND ${officeFilterSql('school', 's', filter)} GROUP BY s.commune_code`,
    )
    .all({ communes: JSON.stringify(communes), ...officeFilterParams(filter) }) as CommuneCount[];
}

/** T9: operating businesses with a final inspection of the year, by commune and month of the first visit. */
export function inspectedSeries(db: Db, year: number, filter: OfficeFilter = {}): SeriesPoint[] {
  return db
    .prepare(
      `SELECT b.commune_code AS communeCode, CAST(substr(i.first, 6, 2) AS INTEGER) - 1 AS month, count(*) AS n
       FROM (SELECT business_id, min(coalesce(inspected_on, '${year}-12-31')) AS first FROM inspection
             WHERE year = @year AND status = 'final' GROUP BY business_id) i
       JOIN business b ON b.id = i.business_id
       WHERE ${countedBusiness('b')} AND ${officeFilterSql('business', 'b', filter)} GROUP BY b.commune_code, month`,
    )
    .all({ year, ...officeFilterParams(filter) }) as SeriesPoint[];
}

/** T9's denominator per commune: operating businesses. */
export function activeBusinessesByCommune(db: Db, filter: OfficeFilter = {}): CommuneCount[] {
  return db
    .prepare(`SELECT b.commune_code AS communeCode, count(*) AS n FROM business b WHERE ${countedBusiness('b')} AND ${officeFilterSql('business', 'b', filter)} GROUP BY b.commune_code`)
    .all(officeFilterParams(filter)) as CommuneCount[];
}

/** T8: violations found in the year and those handled, by the business's commune and the month found. */
export function violationSeries(db: Db, year: number, filter: OfficeFilter = {}): (SeriesPoint & { handled: number })[] {
  return db
    .prepare(
      `SELECT b.commune_code AS communeCode, CAST(substr(v.found_on, 6, 2) AS INTEGER) - 1 AS month, count(*) AS n,
         count(v.outcome) AS handled
       FROM violation v JOIN inspection i ON i.id = v.inspection_id JOIN business b ON b.id = i.business_id
       WHERE v.found_on BETWEEN @from AND @to AND ${officeFilterSql('violation', 'v', filter)} GROUP BY b.commune_code, month`,
    )
    .all(yearParams(year, [], filter)) as (SeriesPoint & { handled: number })[];
}

export interface InspectedRecord {
  id: string;
  date: string;
  label: string;
  detail: string;
}

/** The records behind T9: each business counted, with its first final inspection of the year. */
export function inspectedRecords(db: Db, year: number, filter: OfficeFilter = {}): InspectedRecord[] {
  return db
    .prepare(
      `SELECT b.id, coalesce(min(i.inspected_on), '') AS date, b.name AS label, min(i.code) AS detail
       FROM inspection i JOIN business b ON b.id = i.business_id
       WHERE i.year = @year AND i.status = 'final' AND ${countedBusiness('b')} AND ${officeFilterSql('business', 'b', filter)}
       GROUP BY b.id ORDER BY date, b.sort_key`,
    )
    .all({ year, ...officeFilterParams(filter) }) as InspectedRecord[];
}

export interface ViolationFigureRecord extends InspectedRecord {
  handled: number;
}

/** The records behind T8: every violation found in the year, handled or not. */
export function violationRecords(db: Db, year: number, filter: OfficeFilter = {}): ViolationFigureRecord[] {
  return db
    .prepare(
      `SELECT v.id, v.found_on AS date, b.name || ': ' || v.description AS label, coalesce(v.handled_on, '') AS detail,
         v.outcome IS NOT NULL AS handled
       FROM violation v JOIN inspection i ON i.id = v.inspection_id JOIN business b ON b.id = i.business_id
       WHERE v.found_on BETWEEN @from AND @to AND ${officeFilterSql('violation', 'v', filter)} ORDER BY v.found_on, b.sort_key`,
    )
    .all(yearParams(year, [], filter)) as ViolationFigureRecord[];
}

/** One unit-wide denominator of T12, T3 or T4 as the training page counts it (each alone: a figure pays only for its own). */
export function trainingDenominator(db: Db, which: 'activeStaff' | 'workers' | 'enrolment', filter: OfficeFilter = {}, until = '9999-12-31'): number {
  const sql = {
    activeStaff: () => `SELECT count(*) AS n FROM staff_person s WHERE ${countedStaff('s')} AND ${officeFilterSql('staff_person', 's', filter)}`,
    workers: () => `SELECT sum(b.workers_total) AS n FROM business b WHERE ${countedBusiness('b')} AND ${officeFilterSql('business', 'b', filter)}`,
    enrolment: () => `SELECT sum(s.enrolment) AS n FROM school s WHERE ${officeFilterSql('school', 's', filter)}`,
  }[which]();
  const params = which === 'activeStaff' ? { until, ...officeFilterParams(filter) } : officeFilterParams(filter);
  return (db.prepare(sql).get(params) as { n: number | null }).n ?? 0;
}

/** The records behind T1: each commune of the unit reached in the year, with its number of events. */
export function communesReachedRecords(
  db: Db,
  year: number,
  communes: readonly string[],
  filter: OfficeFilter = {},
  until?: string,
): { id: string; label: string; events: number; first: string }[] {
  return db
    .prepare(
      `SELECT ec.commune_code AS id, coalesce(u.name, ec.commune_code) AS label, count(*) AS events, min(e.event_date) AS first
       FROM outreach_event e CROSS JOIN outreach_event_commune ec ON ec.event_id = e.id
       LEFT JOIN admin_unit u ON u.list_version = e.unit_list_version AND u.code = ec.commune_code
       WHERE e.event_date BETWEEN @from AND @to AND +ec.commune_code IN (SELECT value FROM json_each(@communes))
         AND ${officeFilterSql('outreach_event', 'e', filter)}
       GROUP BY ec.commune_code ORDER BY min(u.sort_key)`,
    )
    .all(yearParams(year, communes, filter, until)) as { id: string; label: string; events: number; first: string }[];
}
