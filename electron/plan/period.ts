import { ApiError } from '../api/errors';

/** A reporting period: a month (2026-07), quarter (2026-Q3), half year (2026-H1) or year (2026). */
export interface ReportPeriod {
  code: string;
  year: number;
  from: string;
  to: string;
}

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

function span(code: string, year: number, firstMonth: number, months: number): ReportPeriod {
  const endMonth = firstMonth + months - 1;
  return { code, year, from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(endMonth)}-${pad(lastDay(year, endMonth))}` };
}

/** Reads a period code; a period that does not exist (2026-Q5, 2026-13) is refused with a clear message. */
export function parsePeriod(text: string): ReportPeriod {
  const code = text.trim().toUpperCase();
  const refuse = () => new ApiError('PERIOD_INVALID', 'report.error.period', { period: text });
  const match = /^(\d{4})(?:-(Q|H|M)?(\d{1,2}))?$/.exec(code);
  if (!match) throw refuse();
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) throw refuse();
  const [, , unit, numberText] = match;
  if (numberText === undefined) return span(code, year, 1, 12);
  const n = Number(numberText);
  if (unit === 'Q' && n >= 1 && n <= 4) return span(code, year, (n - 1) * 3 + 1, 3);
  if (unit === 'H' && n >= 1 && n <= 2) return span(code, year, (n - 1) * 6 + 1, 6);
  if ((unit === 'M' || unit === undefined) && n >= 1 && n <= 12) return span(`${year}-${pad(n)}`, year, n, 1);
  throw refuse();
}
