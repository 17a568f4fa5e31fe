import { unitsOn } from '../../db/units/index';
import { getPlan, insertPlan, type AnnualPlan, type PeriodConvention, type TargetSpec, type ThresholdKind } from '../../db/plan';
import type { AppContext } from '../api/context';
import { ApiError } from '../api/errors';
import { defaultTargets } from './defaultTargets';
import { findDenominator } from './denominators';

export interface AdoptPlanInput {
  year: number;
  documentRef: string;
  adoptedOn: string;
  /** Start from the defaults of the year (two-tier wording from 2026), or copy last year's targets (text, thresholds, indicators). */
  startFrom: 'defaults' | 'previous';
  /** Thresholds the administrator changed before adopting, by target code (a percentage at most 100, or a count). */
  thresholds?: Record<string, number>;
  /** Threshold kinds changed before adopting, by target code (a count: "3.500 người lao động"). */
  thresholdKinds?: Record<string, ThresholdKind>;
  /** Calendar periods, or the administrative cut-off (15th of the month before to the 14th). */
  periodConvention?: PeriodConvention;
}

/** A percentage above 100 is refused (a count may be any positive number), naming the target's field. */
function checkThresholds(specs: readonly TargetSpec[], input: AdoptPlanInput): void {
  const issues = specs
    .filter((t) => (input.thresholdKinds?.[t.code] ?? t.thresholdKind) === 'percent' && (input.thresholds?.[t.code] ?? t.threshold) > 100)
    .map((t) => ({ path: `thresholds.${t.code}`, messageKey: 'plan.error.thresholdRange' }));
  if (issues.length > 0) throw new ApiError('VALIDATION', 'errors.validation', undefined, issues);
}

/** The targets a new plan starts from: the defaults, or last year's plan (refused when there is none). */
export function targetsToStart(app: AppContext, unitCode: string, input: AdoptPlanInput): readonly TargetSpec[] {
  if (input.startFrom === 'defaults') return defaultTargets(input.year);
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
  const scope = { year: input.year, unitCode: office.unitCode, communeCodes: unitsOn(app.communes(), `${input.year}-01-01`).map((c) => c.code), now: app.now() };
  app.db
    .transaction(() => {
      if (getPlan(app.db, office.unitCode, input.year)) throw new ApiError('PLAN_EXISTS', 'plan.error.exists', { year: String(input.year) });
      const specs = targetsToStart(app, office.unitCode, input);
      checkThresholds(specs, input);
      insertPlan(
        app.db,
        {
          id: app.newId(),
          unitCode: office.unitCode,
          year: input.year,
          documentRef: input.documentRef,
          adoptedOn: input.adoptedOn,
          periodConvention: input.periodConvention ?? 'calendar',
          targets: specs.map((t) => ({
            code: t.code,
            text: t.text,
            kind: t.kind,
            thresholdKind: input.thresholdKinds?.[t.code] ?? t.thresholdKind,
            threshold: input.thresholds?.[t.code] ?? t.threshold,
            measure: t.measure,
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
