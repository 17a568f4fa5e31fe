import { dueCases } from '../../db/cases';
import type { Db } from '../../db/open';
import { officeOf, yearSpan, type FigureScope } from './scope';
import { INSPECTION_INDICATORS } from './inspectionIndicators';
import { TRAINING_INDICATORS } from './trainingIndicators';

/** One record behind a figure: what it is, its date, and whether it counts towards the numerator. */
export interface FigureRecord {
  id: string;
  /** Which list it comes from ('case', 'inspection', ...), so the screen can open it. */
  source: string;
  date: string;
  label: string;
  detail: string;
  counted: boolean;
}

export interface IndicatorResult {
  numerator: number;
  /** The live denominator as the indicator sees it (for flows such as cases due). */
  denominator: number;
  perCommune?: { communeCode: string; numerator: number; denominator: number }[];
  /** Cumulative numerator and denominator at the end of each month so far (index 0 = January). */
  monthly?: { month: number; numerator: number; denominator: number }[];
  records(): FigureRecord[];
}

export interface Indicator {
  id: string;
  /** The default targets it computes (documentation; a plan links targets to indicators by id). */
  targetIds: readonly string[];
  /** True when the numerator grows through the year (coverage), so a linear projection applies; false for rates. */
  accumulates: boolean;
  compute(db: Db, scope: FigureScope): IndicatorResult;
}

function monthEnd(year: number, month: number): string {
  return new Date(Date.UTC(year, month + 1, 0)).toISOString().slice(0, 10);
}

/** T7: cases resolved on or before their deadline / cases due in the year (db/cases.ts dueCases). */
const casesOnTime: Indicator = {
  id: 'cases.onTime',
  targetIds: ['T7'],
  accumulates: false,
  compute(db, scope) {
    const span = yearSpan(scope);
    // At the province (scope.office set) every office's cases, narrowed by the filter; at an office its own unit's.
    const due = dueCases(db, scope.office ? null : scope.unitCode, span.from, span.to, span.today, officeOf(scope));
    const byCommune = new Map<string, { numerator: number; denominator: number }>();
    for (const c of due) {
      if (!c.communeCode) continue;
      const entry = byCommune.get(c.communeCode) ?? { numerator: 0, denominator: 0 };
      entry.denominator += 1;
      if (c.onTime) entry.numerator += 1;
      byCommune.set(c.communeCode, entry);
    }
    const lastMonth = Number(span.until.slice(5, 7)) - 1;
    const monthly = Array.from({ length: lastMonth + 1 }, (_, month) => {
      const end = monthEnd(scope.year, month);
      const upTo = due.filter((c) => c.deadlineOn <= end);
      return { month, numerator: upTo.filter((c) => c.onTime).length, denominator: upTo.length };
    });
    return {
      numerator: due.filter((c) => c.onTime).length,
      denominator: due.length,
      perCommune: [...byCommune].map(([communeCode, v]) => ({ communeCode, ...v })),
      monthly,
      records: () =>
        due.map((c) => ({
          id: c.id,
          source: 'case',
          date: c.deadlineOn,
          label: c.content,
          detail: c.resolvedOn ?? '',
          counted: c.onTime,
        })),
    };
  },
};

/**
 * Indicators whose records exist in this build. Another area adds its own with ONE line here after its
 * branch lands, e.g. `inspectionCoverage` (T9), `violationsHandled` (T8), `outreachCommunes` (T1),
 * `outreachWorkers` (T3), `outreachStudents` (T4), `trainedStaff` (T12), using the ids in ./defaultTargets.ts.
 * A computed target whose indicator is not listed shows "chưa có dữ liệu", never a number.
 */
export const INDICATORS: readonly Indicator[] = [casesOnTime, ...TRAINING_INDICATORS, ...INSPECTION_INDICATORS];

export function findIndicator(id: string | null, registry: readonly Indicator[] = INDICATORS): Indicator | undefined {
  return id === null ? undefined : registry.find((i) => i.id === id);
}
