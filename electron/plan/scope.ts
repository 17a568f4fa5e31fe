import { localDate } from '../../db/localDate';
import type { Db } from '../../db/open';
import type { OfficeFilter } from '../../db/packageRecords';

/** What a figure is computed for: one unit's year, as of `now` (AppContext.now(), fixed in tests). */
export interface FigureScope {
  year: number;
  unitCode: string;
  /** The communes of the unit (codes of the office's list version). */
  communeCodes: readonly string[];
  now: string;
  /**
   * At a province installation: the consolidated filter (one sending installation or unit; both null =
   * every office's records), with communeCodes those of the filtered unit. Absent at an office, which
   * holds only its own records.
   */
  office?: OfficeFilter;
}

/** The scope's filter for db/ queries (empty: every record held). */
export const officeOf = (scope: Pick<FigureScope, 'office'>): OfficeFilter => scope.office ?? {};

export interface YearSpan {
  from: string;
  to: string;
  /** The last day counted: the end of the year, or today while the year runs. */
  until: string;
  today: string;
}

export function yearSpan(scope: Pick<FigureScope, 'year' | 'now'>): YearSpan {
  const from = `${scope.year}-01-01`;
  const to = `${scope.year}-12-31`;
  const today = localDate(scope.now);
  return { from, to, today, until: today < to ? today : to };
}

/** A stock denominator (businesses, workers, communes, staff, enrolment): frozen when a plan is adopted. */
export interface Denominator {
  id: string;
  compute(db: Db, scope: FigureScope): number;
}
