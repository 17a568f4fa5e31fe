import type Database from 'better-sqlite3';
import { countedBusiness, countedStaff } from './figureDefinitions';
import { officeFilterParams, officeFilterSql, type OfficeFilter } from './packageRecords';
import { lastCountedDay, workersReachedEvents } from './planSeries';

type Db = Database.Database;

export const TRAINING_FIGURES = ['T12', 'T1', 'T3', 'T4'] as const;
export type TrainingFigureId = (typeof TRAINING_FIGURES)[number];

export interface TrainingFigure {
  id: TrainingFigureId;
  numerator: number;
  denominator: number;
  /** Null when the denominator is 0 (nothing to measure against). */
  percent: number | null;
}

/** One record behind a figure: a person, a commune or an event, with the number it adds. */
export interface FigureRecord {
  id: string;
  label: string;
  detail: string;
  count: number;
}

export interface FigureScope {
  year: number;
  /** The unit's communes (the T1 denominator); one commune narrows every figure to it. */
  communeCodes: readonly string[];
  communeCode: string | null;
  /** At the province: the consolidated filter (one sending installation or unit); absent = every record held. */
  office?: OfficeFilter;
  /** The day figures are taken on (today while the year runs): later courses, events and departures do not count yet. */
  until?: string;
}

const yearRange = (year: number, until?: string) => ({ from: `${year}-01-01`, to: lastCountedDay(year, until), until: lastCountedDay(year, until) });

function figure(id: TrainingFigureId, numerator: number, denominator: number): TrainingFigure {
  return { id, numerator, denominator, percent: denominator > 0 ? Math.round((numerator * 1000) / denominator) / 10 : null };
}

const figureParams = (scope: FigureScope) => ({
  ...yearRange(scope.year, scope.until),
  commune: scope.communeCode,
  communes: JSON.stringify(scope.communeCodes),
  ...officeFilterParams(scope.office),
});

const count = (db: Db, sql: string, params: Record<string, unknown>) => (db.prepare(sql).get(params) as { n: number | null }).n ?? 0;

// Fragments shared by the figures and their records, so a figure and its list cannot disagree.
// Walks active people and asks each for one completed place in the year: no DISTINCT over places.
const trainedPeople = (office: OfficeFilter) => `FROM staff_person s
  WHERE ${countedStaff('s')} AND (@commune IS NULL OR s.work_unit_code = @commune) AND ${officeFilterSql('staff_person', 's', office)}
    AND EXISTS (SELECT 1 FROM training_participant p JOIN training_course c ON c.id = p.course_id
                WHERE p.person_id = s.id AND p.completed = 1 AND c.end_date BETWEEN @from AND @to)`;
const eventsInYear = (office: OfficeFilter) => `FROM outreach_event e
  WHERE e.event_date BETWEEN @from AND @to AND ${officeFilterSql('outreach_event', 'e', office)}
  AND (@commune IS NULL OR EXISTS (SELECT 1 FROM outreach_event_commune ec WHERE ec.event_id = e.id AND ec.commune_code = @commune))`;

/** T12, T1, T3 and T4 for one year, for the unit or one of its communes. A person trained twice counts once. */
export function trainingFigures(db: Db, scope: FigureScope): TrainingFigure[] {
  const params = figureParams(scope);
  const office = scope.office ?? {};
  const trained = count(db, `SELECT count(*) AS n ${trainedPeople(office)}`, params);
  const active = count(
    db,
    `SELECT count(*) AS n FROM staff_person s
     WHERE ${countedStaff('s')} AND (@commune IS NULL OR s.work_unit_code = @commune) AND ${officeFilterSql('staff_person', 's', office)}`,
    params,
  );
  const communesReached = count(
    db,
    `SELECT count(DISTINCT ec.commune_code) AS n FROM outreach_event_commune ec JOIN outreach_event e ON e.id = ec.event_id
     WHERE e.event_date BETWEEN @from AND @to AND ec.commune_code IN (SELECT value FROM json_each(@communes))
       AND (@commune IS NULL OR ec.commune_code = @commune) AND ${officeFilterSql('outreach_event', 'e', office)}`,
    params,
  );
  const communeTotal = scope.communeCode === null ? scope.communeCodes.length : 1;
  // A business's workers once a year (planSeries.ts workersReachedEvents), as the dashboard counts them.
  const workersReached = workersReachedEvents(db, scope.year, office, scope.communeCode, scope.until).reduce((sum, e) => sum + e.counted, 0);
  const workers = count(
    db,
    `SELECT sum(b.workers_total) AS n FROM business b
     WHERE ${countedBusiness('b')} AND (@commune IS NULL OR b.commune_code = @commune) AND ${officeFilterSql('business', 'b', office)}`,
    params,
  );
  const studentsReached = count(db, `SELECT sum(e.students_reached) AS n ${eventsInYear(office)}`, params);
  const enrolment = count(db, `SELECT sum(s.enrolment) AS n FROM school s WHERE (@commune IS NULL OR s.commune_code = @commune) AND ${officeFilterSql('school', 's', office)}`, params);
  return [
    figure('T12', trained, active),
    figure('T1', communesReached, communeTotal),
    figure('T3', workersReached, workers),
    figure('T4', studentsReached, enrolment),
  ];
}

/** The records a figure counts: who was trained, which communes held events, which events reached workers or students. */
export function figureRecords(db: Db, scope: FigureScope, id: TrainingFigureId): FigureRecord[] {
  const params = figureParams(scope);
  const office = scope.office ?? {};
  switch (id) {
    case 'T12':
      return db
        .prepare(
          `SELECT s.id, s.full_name AS label, s.agency AS detail,
             (SELECT count(*) FROM training_participant p JOIN training_course c ON c.id = p.course_id
              WHERE p.person_id = s.id AND p.completed = 1 AND c.end_date BETWEEN @from AND @to) AS count
           ${trainedPeople(office)} ORDER BY s.sort_key`,
        )
        .all(params) as FigureRecord[];
    case 'T1':
      return db
        .prepare(
          `SELECT ec.commune_code AS id, coalesce(u.name, ec.commune_code) AS label, '' AS detail, count(DISTINCT e.id) AS count
           FROM outreach_event_commune ec JOIN outreach_event e ON e.id = ec.event_id
           LEFT JOIN admin_unit u ON u.list_version = e.unit_list_version AND u.code = ec.commune_code
           WHERE e.event_date BETWEEN @from AND @to AND ec.commune_code IN (SELECT value FROM json_each(@communes))
             AND (@commune IS NULL OR ec.commune_code = @commune) AND ${officeFilterSql('outreach_event', 'e', office)}
           GROUP BY ec.commune_code ORDER BY u.sort_key`,
        )
        .all(params) as FigureRecord[];
    case 'T3':
      return workersReachedEvents(db, scope.year, office, scope.communeCode, scope.until).map((e) => ({ id: e.id, label: e.date, detail: e.type, count: e.counted }));
    case 'T4': {
      const column = 'e.students_reached';
      return db
        .prepare(
          `SELECT e.id, e.event_date AS label, e.type AS detail, ${column} AS count ${eventsInYear(office)} AND ${column} > 0
           ORDER BY e.event_date, e.id`,
        )
        .all(params) as FigureRecord[];
    }
  }
}
