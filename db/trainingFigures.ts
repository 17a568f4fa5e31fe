import type Database from 'better-sqlite3';

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
}

const yearRange = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

function figure(id: TrainingFigureId, numerator: number, denominator: number): TrainingFigure {
  return { id, numerator, denominator, percent: denominator > 0 ? Math.round((numerator * 1000) / denominator) / 10 : null };
}

const count = (db: Db, sql: string, params: Record<string, unknown>) => (db.prepare(sql).get(params) as { n: number | null }).n ?? 0;

// Fragments shared by the figures and their records, so a figure and its list cannot disagree.
// Walks active people and asks each for one completed place in the year: no DISTINCT over places.
const TRAINED = `FROM staff_person s
  WHERE s.status = 'active' AND (@commune IS NULL OR s.work_unit_code = @commune)
    AND EXISTS (SELECT 1 FROM training_participant p JOIN training_course c ON c.id = p.course_id
                WHERE p.person_id = s.id AND p.completed = 1 AND c.end_date BETWEEN @from AND @to)`;
const EVENTS_IN_YEAR = `FROM outreach_event e WHERE e.event_date BETWEEN @from AND @to
  AND (@commune IS NULL OR EXISTS (SELECT 1 FROM outreach_event_commune ec WHERE ec.event_id = e.id AND ec.commune_code = @commune))`;

/** T12, T1, T3 and T4 for one year, for the unit or one of its communes. A person trained twice counts once. */
export function trainingFigures(db: Db, scope: FigureScope): TrainingFigure[] {
  const params = { ...yearRange(scope.year), commune: scope.communeCode, communes: JSON.stringify(scope.communeCodes) };
  const trained = count(db, `SELECT count(*) AS n ${TRAINED}`, params);
  const active = count(
    db,
    `SELECT count(*) AS n FROM staff_person WHERE status = 'active' AND (@commune IS NULL OR work_unit_code = @commune)`,
    params,
  );
  const communesReached = count(
    db,
    `SELECT count(DISTINCT ec.commune_code) AS n FROM outreach_event_commune ec JOIN outreach_event e ON e.id = ec.event_id
     WHERE e.event_date BETWEEN @from AND @to AND ec.commune_code IN (SELECT value FROM json_each(@communes))
       AND (@commune IS NULL OR ec.commune_code = @commune)`,
    params,
  );
  const communeTotal = scope.communeCode === null ? scope.communeCodes.length : 1;
  const workersReached = count(db, `SELECT sum(e.workers_reached) AS n ${EVENTS_IN_YEAR}`, params);
  const workers = count(
    db,
    `SELECT sum(workers_total) AS n FROM business WHERE status <> 'closed' AND (@commune IS NULL OR commune_code = @commune)`,
    params,
  );
  const studentsReached = count(db, `SELECT sum(e.students_reached) AS n ${EVENTS_IN_YEAR}`, params);
  const enrolment = count(db, `SELECT sum(enrolment) AS n FROM school WHERE (@commune IS NULL OR commune_code = @commune)`, params);
  return [
    figure('T12', trained, active),
    figure('T1', communesReached, communeTotal),
    figure('T3', workersReached, workers),
    figure('T4', studentsReached, enrolment),
  ];
}

/** The records a figure counts: who was trained, which communes held events, which events reached workers or students. */
export function figureRecords(db: Db, scope: FigureScope, id: TrainingFigureId): FigureRecord[] {
  const params = { ...yearRange(scope.year), commune: scope.communeCode, communes: JSON.stringify(scope.communeCodes) };
  switch (id) {
    case 'T12':
      return db
        .prepare(
          `SELECT s.id, s.full_name AS label, s.agency AS detail,
             (SELECT count(*) FROM training_participant p JOIN training_course c ON c.id = p.course_id
              WHERE p.person_id = s.id AND p.completed = 1 AND c.end_date BETWEEN @from AND @to) AS count
           ${TRAINED} ORDER BY s.sort_key`,
        )
        .all(params) as FigureRecord[];
    case 'T1':
      return db
        .prepare(
          `SELECT ec.commune_code AS id, coalesce(u.name, ec.commune_code) AS label, '' AS detail, count(DISTINCT e.id) AS count
           FROM outreach_event_commune ec JOIN outreach_event e ON e.id = ec.event_id
           LEFT JOIN admin_unit u ON u.list_version = e.unit_list_version AND u.code = ec.commune_code
           WHERE e.event_date BETWEEN @from AND @to AND ec.commune_code IN (SELECT value FROM json_each(@communes))
             AND (@commune IS NULL OR ec.commune_code = @commune)
           GROUP BY ec.commune_code ORDER BY u.sort_key`,
        )
        .all(params) as FigureRecord[];
    case 'T3':
    case 'T4': {
      const column = id === 'T3' ? 'e.workers_reached' : 'e.students_reached';
      return db
        .prepare(
          `SELECT e.id, e.event_date AS label, e.type AS detail, ${column} AS count ${EVENTS_IN_YEAR} AND ${column} > 0
           ORDER BY e.event_date, e.id`,
        )
        .all(params) as FigureRecord[];
    }
  }
}
