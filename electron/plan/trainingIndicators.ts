import type { Db } from '../../db/open';
import {
  activeStaffByCommune,
  communesReachedRecords,
  communesReachedSeries,
  enrolmentByCommune,
  reachedSeries,
  trainedSeries,
  trainingDenominator,
  workersByCommune,
  workersReachedSeries,
} from '../../db/planSeries';
import { figureRecords, type TrainingFigureId } from '../../db/trainingFigures';
import type { FigureRecord, Indicator, IndicatorResult } from './indicators';
import { officeOf, yearSpan, type FigureScope } from './scope';
import { communeSeries, cumulativeMonthly, monthsSoFar } from './series';

type Figure = Omit<IndicatorResult, 'records'>;

const total = (points: readonly { n: number }[]) => points.reduce((sum, p) => sum + p.n, 0);

/**
 * Each figure with its per-commune bars and monthly points, from db/planSeries.ts: the definitions of the
 * training page's figures (db/trainingFigures.ts; electron/plan/indicators.test.ts checks they agree), each
 * computed alone so one figure does not pay for the other three.
 */
const FIGURES: Record<TrainingFigureId, (db: Db, scope: FigureScope) => Figure> = {
  T12: (db, scope) => {
    const until = yearSpan(scope).until;
    const points = trainedSeries(db, scope.year, scope.communeCodes, officeOf(scope), until);
    const denominator = trainingDenominator(db, 'activeStaff', officeOf(scope), until);
    return {
      numerator: total(points),
      denominator,
      perCommune: communeSeries(points, activeStaffByCommune(db, scope.communeCodes, officeOf(scope), until), scope.communeCodes),
      monthly: cumulativeMonthly(points, monthsSoFar(scope), denominator),
    };
  },
  T1: (db, scope) => {
    const points = communesReachedSeries(db, scope.year, scope.communeCodes, officeOf(scope), yearSpan(scope).until);
    const denominator = scope.communeCodes.length;
    return {
      numerator: points.length,
      denominator,
      perCommune: communeSeries(points, () => 1, scope.communeCodes),
      monthly: cumulativeMonthly(points, monthsSoFar(scope), denominator),
    };
  },
  // T3 counts a business's workers once a year (db/planSeries.ts workersReachedEvents).
  T3: (db, scope) =>
    reached(scope, workersReachedSeries(db, scope.year, scope.communeCodes, officeOf(scope), yearSpan(scope).until), trainingDenominator(db, 'workers', officeOf(scope)), workersByCommune(db, scope.communeCodes, officeOf(scope))),
  T4: (db, scope) =>
    reached(scope, reachedSeries(db, scope.year, scope.communeCodes, 'students_reached', officeOf(scope), yearSpan(scope).until), trainingDenominator(db, 'enrolment', officeOf(scope)), enrolmentByCommune(db, scope.communeCodes, officeOf(scope))),
};

function reached(scope: FigureScope, series: ReturnType<typeof reachedSeries>, denominator: number, perCommune: { communeCode: string; n: number }[]): Figure {
  const { perCommune: points, unit } = series;
  return {
    numerator: total(unit),
    denominator,
    perCommune: communeSeries(points, perCommune, scope.communeCodes),
    monthly: cumulativeMonthly(unit, monthsSoFar(scope), denominator),
  };
}

function records(db: Db, scope: FigureScope, figure: TrainingFigureId, source: string): FigureRecord[] {
  if (figure === 'T1') {
    return communesReachedRecords(db, scope.year, scope.communeCodes, officeOf(scope), yearSpan(scope).until).map((r) => ({ id: r.id, source, date: r.first, label: r.label, detail: String(r.events), counted: true }));
  }
  return figureRecords(db, { year: scope.year, communeCodes: scope.communeCodes, communeCode: null, office: officeOf(scope), until: yearSpan(scope).until }, figure).map((r) => ({
    id: r.id,
    source,
    date: '',
    label: r.label,
    detail: r.detail,
    counted: r.count > 0,
  }));
}

/** T1, T3, T4 and T12 on the dashboard: the training page's figures, per commune and month. */
function trainingIndicator(id: string, figure: TrainingFigureId, source: string): Indicator {
  return {
    id,
    targetIds: [figure],
    accumulates: true,
    compute: (db, scope) => ({ ...FIGURES[figure](db, scope), records: () => records(db, scope, figure, source) }),
  };
}

export const TRAINING_INDICATORS: readonly Indicator[] = [
  trainingIndicator('training.staff', 'T12', 'staff'),
  trainingIndicator('outreach.communes', 'T1', 'commune'),
  trainingIndicator('outreach.workers', 'T3', 'outreach'),
  trainingIndicator('outreach.students', 'T4', 'outreach'),
];
