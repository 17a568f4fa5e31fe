import type { Db } from '../../db/open';
import {
  activeStaffByCommune,
  communesReachedSeries,
  enrolmentByCommune,
  reachedSeries,
  trainedSeries,
  workersByCommune,
  type SeriesPoint,
} from '../../db/planSeries';
import { figureRecords, trainingFigures, type TrainingFigureId } from '../../db/trainingFigures';
import type { Indicator, IndicatorResult } from './indicators';
import type { FigureScope } from './scope';
import { communeSeries, cumulativeMonthly, monthsSoFar } from './series';

type Series = Pick<IndicatorResult, 'perCommune' | 'monthly'>;

/** Per-commune bars and monthly points of each figure (db/planSeries.ts), with the figure's own denominator. */
const SERIES: Record<TrainingFigureId, (db: Db, scope: FigureScope, denominator: number) => Series> = {
  T12: (db, scope, denominator) => {
    const points = trainedSeries(db, scope.year, scope.communeCodes);
    return { perCommune: communeSeries(points, activeStaffByCommune(db, scope.communeCodes), scope.communeCodes), monthly: cumulativeMonthly(points, monthsSoFar(scope), denominator) };
  },
  T1: (db, scope, denominator) => {
    const points = communesReachedSeries(db, scope.year, scope.communeCodes);
    return { perCommune: communeSeries(points, () => 1, scope.communeCodes), monthly: cumulativeMonthly(points, monthsSoFar(scope), denominator) };
  },
  T3: (db, scope, denominator) => reached(db, scope, denominator, 'workers_reached', workersByCommune(db, scope.communeCodes)),
  T4: (db, scope, denominator) => reached(db, scope, denominator, 'students_reached', enrolmentByCommune(db, scope.communeCodes)),
};

function reached(db: Db, scope: FigureScope, denominator: number, column: 'workers_reached' | 'students_reached', perCommune: { communeCode: string; n: number }[]): Series {
  const { perCommune: points, unit } = reachedSeries(db, scope.year, scope.communeCodes, column);
  return { perCommune: communeSeries(points satisfies SeriesPoint[], perCommune, scope.communeCodes), monthly: cumulativeMonthly(unit, monthsSoFar(scope), denominator) };
}

/**
 * T1, T3, T4 and T12 on the dashboard, computed by the training area's own figures (db/trainingFigures.ts),
 * so the dashboard and the training page can never disagree; the series follow the same definitions.
 */
function trainingIndicator(id: string, figure: TrainingFigureId, source: string): Indicator {
  return {
    id,
    targetIds: [figure],
    accumulates: true,
    compute(db: Db, scope: FigureScope): IndicatorResult {
      const training = { year: scope.year, communeCodes: scope.communeCodes, communeCode: null };
      const value = trainingFigures(db, training).find((f) => f.id === figure);
      const denominator = value?.denominator ?? 0;
      return {
        numerator: value?.numerator ?? 0,
        denominator,
        ...SERIES[figure](db, scope, denominator),
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
