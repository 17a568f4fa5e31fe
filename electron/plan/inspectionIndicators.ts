import { inspectionFigures } from '../../db/inspectionFigures';
import type { Indicator } from './indicators';

/**
 * T9 and T8 on the dashboard, from the inspections area's own figures (db/inspectionFigures.ts), so the
 * dashboard and the inspections page agree. Records behind them are listed on the inspections page.
 */
export const INSPECTION_INDICATORS: readonly Indicator[] = [
  {
    id: 'inspections.coverage',
    targetIds: ['T9'],
    accumulates: true,
    compute(db, scope) {
      const f = inspectionFigures(db, scope.year, scope.now.slice(0, 10));
      return { numerator: f.inspected, denominator: f.active, records: () => [] };
    },
  },
  {
    id: 'inspections.violationsHandled',
    targetIds: ['T8'],
    accumulates: false,
    compute(db, scope) {
      const f = inspectionFigures(db, scope.year, scope.now.slice(0, 10));
      return { numerator: f.violationsHandled, denominator: f.violationsFound, records: () => [] };
    },
  },
];
