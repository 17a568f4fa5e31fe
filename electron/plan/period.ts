import type { PeriodConvention } from '../../db/plan';
import { ApiError } from '../api/errors';

/**
 * A reporting period: a month (2026-07), quarter (2026-Q3), half year (2026-H1) or year (2026), on the
 * calendar or by the administrative cut-off convention the plan chose: from the 15th of the month before
 * to the 14th (2026-07: 15/06-14/07/2026; 2026: 15/12/2025-14/12/2026).
 */
export interface ReportPeriod {
  code: string;
  year: number;
  from: string;
  to: string;
  convention: PeriodConvention;
}

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

/** The first day the cut-off convention counts in a period starting with `month`: the 15th of the month before. */
const CUTOFF_DAY = 15;

function span(code: string, year: number, firstMonth: number, months: number, convention: PeriodConvention): ReportPeriod {
  const endMonth = firstMonth + months - 1;
  if (convention === 'cutoff') {
    const [fromYear, fromMonth] = firstMonth === 1 ? [year - 1, 12] : [year, firstMonth - 1];
    return { code, year, convention, from: `${fromYear}-${pad(fromMonth)}-${pad(CUTOFF_DAY)}`, to: `${year}-${pad(endMonth)}-${pad(CUTOFF_DAY - 1)}` };
  }
  return { code, year, convention, from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(endMonth)}-${pad(lastDay(year, endMonth))}` };
}

/** Reads a period code; a period that does not exist (2026-Q5, 2026-13) is refused with a clear message. */
export function parsePeriod(text: string, convention: PeriodConvention = 'calendar'): ReportPeriod {
  const code = text.trim().toUpperCase();
  const refuse = () => new ApiError('PERIOD_INVALID', 'report.error.period', { period: text });
  const match = /^(\d{4})(?:-(Q|H|M)?(\d{1,2}))?$/.exec(code);
  if (!match) throw refuse();
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) throw refuse();
  const [, , unit, numberText] = match;
  if (numberText === undefined) return span(code, year, 1, 12, convention);
  const n = Number(numberText);
  if (unit === 'Q' && n >= 1 && n <= 4) return span(code, year, (n - 1) * 3 + 1, 3, convention);
  if (unit === 'H' && n >= 1 && n <= 2) return span(code, year, (n - 1) * 6 + 1, 6, convention);
  if ((unit === 'M' || unit === undefined) && n >= 1 && n <= 12) return span(`${year}-${pad(n)}`, year, n, 1, convention);
  throw refuse();
}

/** The period as the plan of its year counts periods (calendar when there is no plan: the report refuses it anyway). */
export function planPeriod(text: string, conventionOfYear: (year: number) => PeriodConvention | undefined): ReportPeriod {
  const calendar = parsePeriod(text);
  const convention = conventionOfYear(calendar.year) ?? 'calendar';
  return convention === 'calendar' ? calendar : parsePeriod(text, convention);
}

/** The quarter `today` falls in, as the convention counts it (15/12/2026 is already 2027-Q1 on the cut-off). */
export function quarterOf(today: string, convention: PeriodConvention): ReportPeriod {
  const year = Number(today.slice(0, 4));
  for (const y of [year, year + 1]) {
    for (let q = 1; q <= 4; q += 1) {
      const period = parsePeriod(`${y}-Q${q}`, convention);
      if (period.from <= today && today <= period.to) return period;
    }
  }
  return parsePeriod(`${year}-Q4`, convention);
}

/**
 * The periods a report of `year` can be made for (quarters, halves, the year, months) and the one offered first:
 * the quarter of today; in another year, that year's nearest quarter. On the cut-off convention the last days of
 * December belong to next year's first quarter, which is then offered too.
 */
export function periodChoices(year: number, convention: PeriodConvention, today: string): { current: string; periods: ReportPeriod[] } {
  const codes = [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
  codes.push(`${year}-H1`, `${year}-H2`, String(year));
  for (let m = 1; m <= 12; m += 1) codes.push(`${year}-${pad(m)}`);
  const periods = codes.map((code) => parsePeriod(code, convention));
  const now = quarterOf(today, convention);
  if (now.year === year) return { current: now.code, periods };
  if (now.year === year + 1 && today.slice(0, 4) === String(year)) return { current: now.code, periods: [now, ...periods] };
  return { current: now.year < year ? `${year}-Q1` : `${year}-Q4`, periods };
}
