/** A share as a percentage with one decimal (0 when there is nothing to divide by). */
export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0;
}

/** The programme's T9 target: at least 30% of active businesses inspected in the year. */
export const COVERAGE_TARGET = 30;

export function reachesTarget(part: number, whole: number): boolean {
  return whole > 0 && part * 100 >= COVERAGE_TARGET * whole;
}
