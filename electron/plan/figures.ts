import type { Db } from '../../db/open';
import type { AnnualPlan, PlanTarget } from '../../db/plan';
import { findDenominator } from './denominators';
import { findIndicator, INDICATORS, type Indicator } from './indicators';
import { yearSpan, type FigureScope } from './scope';

export type TargetStatus = 'met' | 'on_track' | 'behind' | 'no_data' | 'nothing_due' | 'not_declared';

export interface TargetFigure {
  targetId: string;
  code: string;
  text: string;
  kind: PlanTarget['kind'];
  /** percent: value is numerator / denominator in %; count: value is the numerator itself (3.500 workers reached). */
  thresholdKind: PlanTarget['thresholdKind'];
  threshold: number;
  /** What the figure counts, in words. */
  measure: string;
  indicatorId: string | null;
  numerator: number | null;
  /** The denominator the value uses: the frozen one when the target has it, else the live one. */
  denominator: number | null;
  frozenDenominator: number | null;
  liveDenominator: number | null;
  /** Percentage (0..100+), or the count for a count target; null when there is no data or nothing is due. */
  value: number | null;
  /** Linear projection to year end for accumulating indicators; the value itself for rates. */
  projected: number | null;
  status: TargetStatus;
  perCommune: { communeCode: string; value: number; numerator: number; denominator: number }[];
  monthly: { month: number; value: number | null }[];
}

const percent = (numerator: number, denominator: number): number | null =>
  denominator > 0 ? Math.round((numerator / denominator) * 1000) / 10 : null;

/** Share of the year elapsed at `until` (1 for a past year). */
export function yearFraction(year: number, until: string): number {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const at = Date.parse(`${until}T00:00:00Z`) + 86_400_000;
  return Math.min(1, Math.max(0, (at - start) / (end - start)));
}

/** met when the value reaches the threshold; otherwise on track when the projection does. */
export function statusOf(value: number | null, projected: number | null, threshold: number): TargetStatus {
  if (value === null) return 'nothing_due';
  if (value >= threshold) return 'met';
  return projected !== null && projected >= threshold ? 'on_track' : 'behind';
}

function declaredFigure(target: PlanTarget): Pick<TargetFigure, 'value' | 'projected' | 'status'> {
  if (target.declaredValue === null) return { value: null, projected: null, status: 'not_declared' };
  const value = target.kind === 'declared_yes_no' ? (target.declaredValue ? 100 : 0) : target.declaredValue;
  return { value, projected: value, status: value >= target.threshold ? 'met' : 'behind' };
}

function computedFigure(db: Db, target: PlanTarget, indicator: Indicator | undefined, scope: FigureScope) {
  const liveDenominator = findDenominator(target.denominatorId)?.compute(db, scope) ?? null;
  if (!indicator) return { liveDenominator, status: 'no_data' as const };
  const result = indicator.compute(db, scope);
  const denominator = target.frozenDenominator ?? liveDenominator ?? result.denominator;
  // A count target measures the numerator against the threshold; a percentage divides it by the denominator.
  const measured = target.thresholdKind === 'count' ? (numerator: number) => numerator : (numerator: number, of: number) => percent(numerator, of);
  const value = measured(result.numerator, denominator);
  const fraction = yearFraction(scope.year, yearSpan(scope).until);
  const projected = value === null ? null : indicator.accumulates && fraction > 0 ? Math.round((value / fraction) * 10) / 10 : value;
  return {
    liveDenominator: liveDenominator ?? result.denominator,
    numerator: result.numerator,
    denominator,
    value,
    projected,
    status: statusOf(value, projected, target.threshold),
    perCommune: (result.perCommune ?? [])
      .filter((c) => c.denominator > 0)
      .map((c) => ({ ...c, value: measured(c.numerator, c.denominator) ?? 0 }))
      .sort((a, b) => b.value - a.value || a.communeCode.localeCompare(b.communeCode)),
    // Monthly points use the live monthly denominator, except for a frozen stock.
    monthly: (result.monthly ?? []).map((m) => ({
      month: m.month,
      value: measured(m.numerator, target.frozenDenominator ?? liveDenominator ?? m.denominator),
    })),
  };
}

/** Every target of a plan with its figures, as of scope.now. */
export function planFigures(db: Db, plan: AnnualPlan, scope: FigureScope, registry: readonly Indicator[] = INDICATORS): TargetFigure[] {
  return plan.targets.map((target) => {
    const base = {
      targetId: target.id,
      code: target.code,
      text: target.text,
      kind: target.kind,
      thresholdKind: target.thresholdKind,
      threshold: target.threshold,
      measure: target.measure,
      indicatorId: target.indicatorId,
      numerator: null,
      denominator: null,
      frozenDenominator: target.frozenDenominator,
      liveDenominator: null,
      value: null,
      projected: null,
      perCommune: [],
      monthly: [],
    };
    if (target.kind !== 'computed') return { ...base, ...declaredFigure(target) };
    return { ...base, ...computedFigure(db, target, findIndicator(target.indicatorId, registry), scope) };
  });
}
