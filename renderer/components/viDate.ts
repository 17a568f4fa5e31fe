/**
 * Calendar dates as clerks type them: 01/12/2026, 1/12/26, 01122026, 011226, 01-12-2026,
 * 01.12.2026 (and 2026-12-01, as exported). A date that does not exist (31/02) or cannot be read
 * is refused with a reason, never replaced by today. Dates are calendar dates of Asia/Ho_Chi_Minh,
 * held as YYYY-MM-DD. Pure, no React.
 */

export const DATE_PLACEHOLDER = 'dd/mm/yyyy';
export const OFFICE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export type DateProblem = 'notDate' | 'noSuchDay' | 'yearRange';
export type DateParse = { ok: true; iso: string | null } | { ok: false; problem: DateProblem };

/** Today's calendar date at the office (Asia/Ho_Chi_Minh), as YYYY-MM-DD. */
export function officeToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: OFFICE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A two-digit year is this century's unless that would be more than ten years ahead. */
function fullYear(yy: number, thisYear: number): number {
  const candidate = 2000 + yy;
  return candidate > thisYear + 10 ? candidate - 100 : candidate;
}

function parts(text: string): [number, number, number, boolean] | null {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return [Number(m[3]), Number(m[2]), Number(m[1]), false];
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), (m[3] ?? '').length === 2];
  m = /^(\d{2})(\d{2})(\d{4}|\d{2})$/.exec(text);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), (m[3] ?? '').length === 2];
  return null;
}

export function parseViDate(typed: string, options: { today?: string; minYear?: number; maxYear?: number } = {}): DateParse {
  const text = typed.trim().replace(/\s*([/.-])\s*/g, '$1');
  if (text === '') return { ok: true, iso: null };
  const found = parts(text);
  if (!found) return { ok: false, problem: 'notDate' };
  const [day, month, rawYear, short] = found;
  const thisYear = Number((options.today ?? officeToday()).slice(0, 4));
  const year = short ? fullYear(rawYear, thisYear) : rawYear;
  if (year < (options.minYear ?? 1900) || year > (options.maxYear ?? 2100)) return { ok: false, problem: 'yearRange' };
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || day < 1 || probe.getUTCDate() !== day || probe.getUTCMonth() !== month - 1) return { ok: false, problem: 'noSuchDay' };
  return { ok: true, iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/** YYYY-MM-DD as the clerk reads it: dd/mm/yyyy. */
export function formatViDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}
