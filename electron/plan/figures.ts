import type { Db } from '../../db/open';
import { getPlan, type AnnualPlan, type PlanTarget } from '../../db/plan';
import { findDenominator } from './denominators';
import { DEFAULT_TARGETS } from './defaultTargets';
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
  /** Linear projection to year end for accumulating indicators while it means something (projectionOf); else null. */
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

/** Before a quarter of the year has passed a straight-line projection says nothing: it is not shown. */
const PROJECTION_FROM = 0.25;

/**
 * Year-end projection of an accumulating figure while the year runs: null for rates, for a finished year and
 * in its first quarter; never above what can be reached (100%, or the value itself where reach already passed it).
 */
export function projectionOf(value: number | null, accumulates: boolean, fraction: number, count = false): number | null {
  if (value === null || !accumulates || fraction >= 1 || fraction < PROJECTION_FROM) return null;
  const projected = Math.round((value / fraction) * 10) / 10;
  // A count target (3.500 workers reached) has no 100% ceiling.
  return count ? projected : Math.min(Math.max(100, value), projected);
}

/** met when the value reaches the threshold; on track when an accumulating figure keeps pace with the year. */
export function statusOf(value: number | null, threshold: number, accumulates: boolean, fraction: number): TargetStatus {
  if (value === null) return 'nothing_due';
  if (value >= threshold) return 'met';
  return accumulates && fraction > 0 && fraction < 1 && value / fraction >= threshold ? 'on_track' : 'behind';
}

function declaredFigure(target: PlanTarget): Pick<TargetFigure, 'value' | 'projected' | 'status'> {
  if (target.declaredValue === null) return { value: null, projected: null, status: 'not_declared' };
  const value = target.kind === 'declared_yes_no' ? (target.declaredValue ? 100 : 0) : target.declaredValue;
  return { value, projected: null, status: value >= target.threshold ? 'met' : 'behind' };
}

/** How a figure is measured: its indicator, and the denominator the plan froze (absent: no plan, live only). */
export interface FigureDefinition {
  indicatorId: string | null;
  denominatorId: string | null;
  frozenDenominator: number | null;
  threshold?: number;
  /** count: the value is the numerator itself, against a count threshold; absent or percent: a percentage. */
  thresholdKind?: PlanTarget['thresholdKind'];
}

/**
 * THE computation of a target figure: the dashboard card and its commune bars (planFigures), the inspections
 * and training headers (headerFigures), the report and the CLI all come here. The value uses the frozen
 * denominator when the plan has one, else the live one; both are returned so every place can label them.
 * A count target's value is its numerator (the commune bars and monthly points too).
 */
export function computeFigure(db: Db, definition: FigureDefinition, scope: FigureScope, registry: readonly Indicator[] = INDICATORS) {
  const indicator = findIndicator(definition.indicatorId, registry);
  const liveDenominator = findDenominator(definition.denominatorId)?.compute(db, scope) ?? null;
  if (!indicator) return { liveDenominator, status: 'no_data' as const };
  const result = indicator.compute(db, scope);
  const live = liveDenominator ?? result.denominator;
  const denominator = definition.frozenDenominator ?? live;
  // A count target measures the numerator against the threshold; a percentage divides it by the denominator.
  const count = definition.thresholdKind === 'count';
  const measured = count ? (numerator: number) => numerator : (numerator: number, of: number) => percent(numerator, of);
  const value = measured(result.numerator, denominator);
  const fraction = yearFraction(scope.year, yearSpan(scope).until);
  return {
    liveDenominator: live,
    numerator: result.numerator,
    denominator,
    value,
    projected: projectionOf(value, indicator.accumulates, fraction, count),
    status: statusOf(value, definition.threshold ?? 0, indicator.accumulates, fraction),
    perCommune: (result.perCommune ?? [])
      .filter((c) => c.denominator > 0)
      .map((c) => ({ ...c, value: measured(c.numerator, c.denominator) ?? 0 }))
      .sort((a, b) => b.value - a.value || a.communeCode.localeCompare(b.communeCode)),
    // Monthly points use the live monthly denominator, except for a frozen stock.
    monthly: (result.monthly ?? []).map((m) => ({
      month: m.month,
      value: measured(m.numerator, definition.frozenDenominator ?? liveDenominator ?? m.denominator),
    })),
  };
}

const computedFigure = (db: Db, target: PlanTarget, scope: FigureScope, registry: readonly Indicator[]) => computeFigure(db, target, scope, registry);

/** One figure as a header shows it: the plan's target when the year has one, else the default target's live figure. */
export interface HeaderFigure {
  code: string;
  indicatorId: string;
  numerator: number;
  denominator: number;
  frozenDenominator: number | null;
  liveDenominator: number;
  value: number | null;
}

/** The figures of `indicatorIds` for headers and the CLI, from computeFigure with the year's plan (if any). */
export function headerFigures(db: Db, plan: AnnualPlan | undefined, scope: FigureScope, indicatorIds: readonly string[]): HeaderFigure[] {
  return indicatorIds.flatMap((indicatorId) => {
    const target = plan?.targets.find((t) => t.kind === 'computed' && t.indicatorId === indicatorId);
    const fallback = DEFAULT_TARGETS.find((t) => t.indicatorId === indicatorId);
    // Frozen for the whole unit: a province filtered to one office or unit measures that one against its live register.
    const filtered = (scope.office?.originInstallationId ?? null) !== null || (scope.office?.unitCode ?? null) !== null;
    const frozen = filtered ? null : (target?.frozenDenominator ?? null);
    // Headers show the share (%) beside the numerator, also for a count target (whose card shows the count itself).
    const definition = { ...(target ?? fallback ?? { indicatorId, denominatorId: null }), frozenDenominator: frozen, thresholdKind: 'percent' as const };
    const f = computeFigure(db, definition, scope);
    if (f.numerator === undefined) return [];
    return [
      {
        code: target?.code ?? fallback?.code ?? indicatorId,
        indicatorId,
        numerator: f.numerator,
        denominator: f.denominator,
        frozenDenominator: definition.frozenDenominator,
        liveDenominator: f.liveDenominator,
        value: f.value,
      },
    ];
  });
}

/** headerFigures with the scope's year plan (at the province: the province's own plan, over its offices' records). */
export function yearHeaderFigures(db: Db, scope: FigureScope, indicatorIds: readonly string[]): HeaderFigure[] {
  return headerFigures(db, getPlan(db, scope.unitCode, scope.year), scope, indicatorIds);
}

/** One commune's figure (live denominators: nothing is frozen per commune), from the same indicator as the card's bars. */
export function communeFigure(db: Db, scope: FigureScope, indicatorId: string, communeCode: string): { numerator: number; denominator: number; value: number | null } {
  const found = findIndicator(indicatorId)?.compute(db, scope).perCommune?.find((c) => c.communeCode === communeCode);
  const numerator = found?.numerator ?? 0;
  const denominator = found?.denominator ?? 0;
  return { numerator, denominator, value: percent(numerator, denominator) };
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
    return { ...base, ...computedFigure(db, target, scope, registry) };
  });
}
