import { countedBusiness } from '../../db/figureDefinitions';
import type { Db } from '../../db/open';
import { officeFilterParams, officeFilterSql } from '../../db/packageRecords';
import { trainingDenominator } from '../../db/planSeries';
import { officeOf, yearSpan, type Denominator, type FigureScope } from './scope';

/**
 * Stock denominators frozen when a plan is adopted. Only those whose register exists in this build are
 * listed; another area registers its own in one line (e.g. `staff.active` from the training area's staff
 * register, `schools.enrolment` from its enrolment table). A target whose denominator is missing freezes nothing.
 */
/**
 * The unit's businesses; at the province, every office's (imported in data packages, issue 6), or those
 * of the office or unit the consolidated filter picks.
 */
const ofUnit = (scope: FigureScope) =>
  `(unit_code = @unit OR EXISTS (SELECT 1 FROM office WHERE level = 'province' AND unit_code = @unit)) AND ${officeFilterSql('business', 'business', officeOf(scope))}`;
const unitParams = (scope: FigureScope) => ({ unit: scope.unitCode, ...officeFilterParams(scope.office) });

export const DENOMINATORS: readonly Denominator[] = [
  {
    id: 'businesses.active',
    compute: (db: Db, scope) =>
      (db.prepare(`SELECT count(*) AS n FROM business WHERE ${ofUnit(scope)} AND ${countedBusiness('business')}`).get(unitParams(scope)) as { n: number }).n,
  },
  {
    id: 'businesses.workers',
    compute: (db: Db, scope) =>
      (
        db
          .prepare(`SELECT coalesce(sum(workers_total), 0) AS n FROM business WHERE ${ofUnit(scope)} AND ${countedBusiness('business')}`)
          .get(unitParams(scope)) as { n: number }
      ).n,
  },
  { id: 'communes.all', compute: (_db, scope) => scope.communeCodes.length },
  // The training page's own denominators (db/planSeries.ts), so T12 and T4 freeze like the others.
  { id: 'staff.active', compute: (db: Db, scope) => trainingDenominator(db, 'activeStaff', officeOf(scope), yearSpan(scope).until) },
  { id: 'schools.enrolment', compute: (db: Db, scope) => trainingDenominator(db, 'enrolment', officeOf(scope)) },
];

export function findDenominator(id: string | null): Denominator | undefined {
  return id === null ? undefined : DENOMINATORS.find((d) => d.id === id);
}
