import { getPlan, insertPlan, type AnnualPlan, type TargetSpec } from '../../db/plan';
import type { AppContext } from '../api/context';
import { ApiError } from '../api/errors';
import { DEFAULT_TARGETS } from './defaultTargets';
import { findDenominator } from './denominators';

export interface AdoptPlanInput {
  year: number;
  documentRef: string;
  adoptedOn: string;
  /** Start from the Lạng Sơn 2023 defaults, or copy last year's targets (text, thresholds, indicators). */
  startFrom: 'defaults' | 'previous';
  /** Thresholds the administrator changed before adopting, by target code (each 0 < t <= 100, checked by the API). */
  thresholds?: Record<string, number>;
}

/** The targets a new plan starts from: the defaults, or last year's plan (refused when there is none). */
export function targetsToStart(app: AppContext, unitCode: string, input: AdoptPlanInput): readonly TargetSpec[] {
  if (input.startFrom === 'defaults') return DEFAULT_TARGETS;
  const previous = getPlan(app.db, unitCode, input.year - 1);
  if (!previous) throw new ApiError('NO_PREVIOUS_PLAN', 'plan.error.noPrevious', { year: String(input.year - 1) });
  return previous.targets;
}

/**
 * Records the year's plan with fresh ids and freezes each stock denominator at this moment, so a
 * business registered in November does not lower January's figure. One transaction.
 */
export function adoptPlan(app: AppContext, userId: string | null, input: AdoptPlanInput): AnnualPlan {
  const office = app.office();
  if (!office) throw new ApiError('NOT_SET_UP', 'errors.notSetUp');
  const scope = { year: input.year, unitCode: office.unitCode, communeCodes: app.communes().map((c) => c.code), now: app.now() };
  app.db
    .transaction(() => {
      if (getPlan(app.db, office.unitCode, input.year)) throw new ApiError('PLAN_EXISTS', 'plan.error.exists', { year: String(input.year) });
      const specs = targetsToStart(app, office.unitCode, input);
      insertPlan(
        app.db,
        {
          id: app.newId(),
          unitCode: office.unitCode,
          year: input.year,
          documentRef: input.documentRef,
          adoptedOn: input.adoptedOn,
          targets: specs.map((t) => ({
            code: t.code,
            text: t.text,
            kind: t.kind,
            threshold: input.thresholds?.[t.code] ?? t.threshold,
            indicatorId: t.indicatorId,
            denominatorId: t.denominatorId,
            id: app.newId(),
            frozenDenominator: findDenominator(t.denominatorId)?.compute(app.db, scope) ?? null,
          })),
        },
        { userId, now: app.now() },
      );
    })
    .immediate();
  const plan = getPlan(app.db, office.unitCode, input.year);
  if (!plan) throw new Error('plan vanished after insert');
  return plan;
}
