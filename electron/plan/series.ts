import type { CommuneCount, SeriesPoint } from '../../db/planSeries';
import type { IndicatorResult } from './indicators';
import { yearSpan, type FigureScope } from './scope';

/** The months shown so far: January to the current month (all twelve for a past year). */
export function monthsSoFar(scope: FigureScope): number {
  return Number(yearSpan(scope).until.slice(5, 7));
}

/** Cumulative monthly numerator from points per month, against a constant denominator. */
export function cumulativeMonthly(points: readonly Pick<SeriesPoint, 'month' | 'n'>[], months: number, denominator: number): NonNullable<IndicatorResult['monthly']> {
  const perMonth = new Array<number>(12).fill(0);
  for (const p of points) if (p.month >= 0 && p.month < 12) perMonth[p.month] = (perMonth[p.month] ?? 0) + p.n;
  let running = 0;
  return Array.from({ length: months }, (_, month) => {
    running += perMonth[month] ?? 0;
    return { month, numerator: running, denominator };
  });
}

/** Commune bars: each commune of the unit with its numerator (summed over months) and its own denominator. */
export function communeSeries(points: readonly SeriesPoint[], denominators: readonly CommuneCount[] | ((code: string) => number), communes: readonly string[]): NonNullable<IndicatorResult['perCommune']> {
  const numerators = new Map<string, number>();
  for (const p of points) numerators.set(p.communeCode, (numerators.get(p.communeCode) ?? 0) + p.n);
  const denominatorOf =
    typeof denominators === 'function' ? denominators : ((map) => (code: string) => map.get(code) ?? 0)(new Map(denominators.map((d) => [d.communeCode, d.n])));
  return communes.map((communeCode) => ({ communeCode, numerator: numerators.get(communeCode) ?? 0, denominator: denominatorOf(communeCode) }));
}
