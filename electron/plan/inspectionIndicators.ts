import { localDate } from '../../db/localDate';
import { inspectionFigures } from '../../db/inspectionFigures';
import { activeBusinessesByCommune, inspectedRecords, inspectedSeries, violationRecords, violationSeries } from '../../db/planSeries';
import type { Indicator } from './indicators';
import { officeOf } from './scope';
import { communeSeries, cumulativeMonthly, monthsSoFar } from './series';

/**
 * T9 and T8 on the dashboard, from the inspections area's own figures (db/inspectionFigures.ts), so the
 * dashboard and the inspections page agree; per-commune and monthly series and the records behind each
 * figure come from db/planSeries.ts with the same definitions.
 */
export const INSPECTION_INDICATORS: readonly Indicator[] = [
  {
    id: 'inspections.coverage',
    targetIds: ['T9'],
    accumulates: true,
    compute(db, scope) {
      const office = officeOf(scope);
      const f = inspectionFigures(db, scope.year, localDate(scope.now), office);
      const points = inspectedSeries(db, scope.year, office);
      return {
        numerator: f.inspected,
        denominator: f.active,
        perCommune: communeSeries(points, activeBusinessesByCommune(db, office), scope.communeCodes),
        monthly: cumulativeMonthly(points, monthsSoFar(scope), f.active),
        records: () => inspectedRecords(db, scope.year, office).map((r) => ({ ...r, source: 'inspection', counted: true })),
      };
    },
  },
  {
    id: 'inspections.violationsHandled',
    targetIds: ['T8'],
    accumulates: false,
    compute(db, scope) {
      const office = officeOf(scope);
      const f = inspectionFigures(db, scope.year, localDate(scope.now), office);
      const points = violationSeries(db, scope.year, office);
      const found = communeSeries(points, [], scope.communeCodes);
      const handled = communeSeries(points.map((p) => ({ ...p, n: p.handled })), [], scope.communeCodes);
      // A rate: each month's point is handled / found among violations found up to that month.
      const foundMonthly = cumulativeMonthly(points, monthsSoFar(scope), 0);
      const monthly = cumulativeMonthly(points.map((p) => ({ month: p.month, n: p.handled })), monthsSoFar(scope), 0).map((m, i) => ({
        ...m,
        denominator: foundMonthly[i]?.numerator ?? 0,
      }));
      return {
        numerator: f.violationsHandled,
        denominator: f.violationsFound,
        perCommune: found.map((c, i) => ({ communeCode: c.communeCode, numerator: handled[i]?.numerator ?? 0, denominator: c.numerator })),
        monthly,
        records: () =>
          violationRecords(db, scope.year, office).map((r) => ({ id: r.id, source: 'violation', date: r.date, label: r.label, detail: r.detail, counted: r.handled === 1 })),
      };
    },
  },
];
