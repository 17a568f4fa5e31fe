import type { Db } from '../../db/open';
import { figureRecords, trainingFigures, type TrainingFigureId } from '../../db/trainingFigures';
import type { Indicator, IndicatorResult } from './indicators';
import type { FigureScope } from './scope';

/**
 * T1, T3, T4 and T12 on the dashboard, computed by the training area's own figures (db/trainingFigures.ts),
 * so the dashboard and the training page can never disagree. Per-commune and monthly series are not given
 * yet: the dashboard then shows the unit figure only.
 */
function trainingIndicator(id: string, figure: TrainingFigureId, source: string): Indicator {
  return {
    id,
    targetIds: [figure],
    accumulates: true,
    compute(db: Db, scope: FigureScope): IndicatorResult {
      const training = { year: scope.year, communeCodes: scope.communeCodes, communeCode: null };
      const value = trainingFigures(db, training).find((f) => f.id === figure);
      return {
        numerator: value?.numerator ?? 0,
        denominator: value?.denominator ?? 0,
        records: () =>
          figureRecords(db, training, figure).map((r) => ({
            id: r.id,
            source,
            date: '',
            label: r.label,
            detail: r.detail,
            counted: r.count > 0,
          })),
      };
    },
  };
}

export const TRAINING_INDICATORS: readonly Indicator[] = [
  trainingIndicator('training.staff', 'T12', 'staff'),
  trainingIndicator('outreach.communes', 'T1', 'commune'),
  trainingIndicator('outreach.workers', 'T3', 'outreach'),
  trainingIndicator('outreach.students', 'T4', 'outreach'),
];
