import type Database from 'better-sqlite3';

import { countedBusiness, countedStaff } from './figureDefinitions';

type Db = Database.Database;

/*
 * The counts behind the periodic report's tables, for a unit and a span of days [from, to]; a null unit
 * counts every unit's records (the province's consolidated report over its offices' packages). Each returns
 * rows keyed by a code (business type, handling, outreach type); electron/plan/report.ts names them from
 * the report layout. Plain SQL over the registers, so the report can run on a snapshot at any sequence.
 */

export interface BusinessCount {
  type: string;
  operating: number;
  suspended: number;
  closed: number;
  total: number;
}

export function businessesByType(db: Db, unitCode: string | null): BusinessCount[] {
  return db
    .prepare(
      `SELECT type, sum(status = 'operating') AS operating, sum(status = 'suspended') AS suspended, sum(status = 'closed') AS closed,
         count(*) AS total
       FROM business WHERE (@unitCode IS NULL OR unit_code = @unitCode) GROUP BY type ORDER BY type`,
    )
    .all({ unitCode }) as BusinessCount[];
}

export interface InspectionCount {
  type: string;
  active: number;
  inspected: number;
  visits: number;
  withViolations: number;
}

/** Per business type: active businesses, those inspected (final) in the span, visits, those with violations found in it. */
export function inspectionsByType(db: Db, unitCode: string | null, from: string, to: string): InspectionCount[] {
  return db
    .prepare(
      `WITH visits AS (
         SELECT i.business_id, count(*) AS n FROM inspection i
         WHERE (@unitCode IS NULL OR i.unit_code = @unitCode) AND i.status = 'final' AND i.inspected_on BETWEEN @from AND @to GROUP BY i.business_id),
       violating AS (
         SELECT DISTINCT i.business_id FROM violation v JOIN inspection i ON i.id = v.inspection_id
         WHERE (@unitCode IS NULL OR v.unit_code = @unitCode) AND v.found_on BETWEEN @from AND @to)
       SELECT b.type, sum(${countedBusiness('b')}) AS active, count(vi.business_id) AS inspected, coalesce(sum(vi.n), 0) AS visits,
         count(vg.business_id) AS withViolations
       FROM business b LEFT JOIN visits vi ON vi.business_id = b.id LEFT JOIN violating vg ON vg.business_id = b.id
       WHERE (@unitCode IS NULL OR b.unit_code = @unitCode) GROUP BY b.type ORDER BY b.type`,
    )
    .all({ unitCode, from, to }) as InspectionCount[];
}

export interface ViolationCount {
  /** Null: found but not yet handled. */
  handling: string | null;
  count: number;
  fines: number;
  closed: number;
}

/** The report's handling keys, in print order; null: found, nothing recorded yet. */
export const REPORT_HANDLINGS = [
  'sanctioned_warning', 'sanctioned_fine', 'sanctioned_other', 'transferred_competent', 'transferred_police', 'closed_lawful',
  'record_only', 'reminder', null,
] as const;

/** Violations found in the span, by how far their handling came (a decision by its main sanction). */
export function violationsByHandling(db: Db, unitCode: string | null, from: string, to: string): ViolationCount[] {
  return db
    .prepare(
      `SELECT CASE
           WHEN outcome = 'sanctioned' THEN 'sanctioned_' || coalesce(main_sanction, 'other')
           WHEN outcome IS NOT NULL THEN outcome
           WHEN record_no <> '' THEN 'record_only'
           WHEN reminded_on IS NOT NULL THEN 'reminder'
         END AS handling, count(*) AS count, coalesce(sum(fine_amount), 0) AS fines, count(closed_on) AS closed
       FROM violation WHERE (@unitCode IS NULL OR unit_code = @unitCode) AND found_on BETWEEN @from AND @to GROUP BY 1`,
    )
    .all({ unitCode, from, to }) as ViolationCount[];
}

export interface TrainingCounts {
  courses: number;
  participants: number;
  completed: number;
  people: number;
  activeStaff: number;
}

/**
 * Courses ending in the span, their participants and completions; `people` and `activeStaff` are T12's
 * numerator and denominator over the span (people in the register on `to` who completed a course ending in it).
 */
export function trainingCounts(db: Db, unitCode: string | null, from: string, to: string): TrainingCounts {
  const courses = db
    .prepare(
      `SELECT count(DISTINCT c.id) AS courses, count(p.id) AS participants, coalesce(sum(p.completed), 0) AS completed
       FROM training_course c LEFT JOIN training_participant p ON p.course_id = c.id
       WHERE (@unitCode IS NULL OR c.unit_code = @unitCode) AND c.end_date BETWEEN @from AND @to`,
    )
    .get({ unitCode, from, to }) as Omit<TrainingCounts, 'activeStaff' | 'people'>;
  const staff = db
    .prepare(
      `SELECT count(*) AS activeStaff, coalesce(sum(EXISTS (SELECT 1 FROM training_participant p JOIN training_course c ON c.id = p.course_id
                WHERE p.person_id = s.id AND p.completed = 1 AND c.end_date BETWEEN @from AND @to)), 0) AS people
       FROM staff_person s WHERE (@unitCode IS NULL OR s.unit_code = @unitCode) AND ${countedStaff('s')}`,
    )
    .get({ unitCode, from, to, until: to }) as Pick<TrainingCounts, 'activeStaff' | 'people'>;
  return { ...courses, ...staff };
}

export interface OutreachCount {
  type: string;
  events: number;
  workers: number;
  students: number;
  public: number;
}

export function outreachByType(db: Db, unitCode: string | null, from: string, to: string): OutreachCount[] {
  return db
    .prepare(
      `SELECT type, count(*) AS events, sum(workers_reached) AS workers, sum(students_reached) AS students, sum(public_reached) AS public
       FROM outreach_event WHERE (@unitCode IS NULL OR unit_code = @unitCode) AND event_date BETWEEN @from AND @to GROUP BY type ORDER BY type`,
    )
    .all({ unitCode, from, to }) as OutreachCount[];
}

export interface CaseCount {
  kind: string;
  received: number;
}

export function casesReceived(db: Db, unitCode: string | null, from: string, to: string): CaseCount[] {
  return db
    .prepare('SELECT kind, count(*) AS received FROM case_record WHERE (@unitCode IS NULL OR unit_code = @unitCode) AND received_on BETWEEN @from AND @to GROUP BY kind')
    .all({ unitCode, from, to }) as CaseCount[];
}
