/**
 * The office's calendar: every "today", printed date and "not in the future" check is a date in
 * Asia/Ho_Chi_Minh (UTC+7, no daylight saving), whatever time zone the PC or the test host is set to.
 * Instants stay UTC ISO strings; calendar dates are YYYY-MM-DD in the office's zone.
 */
export const OFFICE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: OFFICE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function fields(at: string | number | Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> | null {
  const d = at instanceof Date ? at : new Date(at);
  if (Number.isNaN(d.getTime())) return null;
  const out: Record<string, string> = {};
  for (const p of parts.formatToParts(d)) out[p.type] = p.value;
  return { year: out.year ?? '', month: out.month ?? '', day: out.day ?? '', hour: out.hour ?? '', minute: out.minute ?? '' };
}

/** YYYY-MM-DD of an instant (default: now) in the office's zone. */
export function localDate(at: string | number | Date = Date.now()): string {
  const f = fields(at);
  if (!f) throw new RangeError(`not an instant: ${String(at)}`);
  return `${f.year}-${f.month}-${f.day}`;
}

/** The office's calendar year of an instant (default: now). */
export function localYear(at: string | number | Date = Date.now()): number {
  return Number(localDate(at).slice(0, 4));
}

/** dd/mm/yyyy HH:mm of an instant in the office's zone; null when it is not an instant. */
export function localDateTimeText(at: string | number | Date): string | null {
  const f = fields(at);
  return f && `${f.day}/${f.month}/${f.year} ${f.hour}:${f.minute}`;
}

/** dd/mm/yyyy of an instant in the office's zone; null when it is not an instant. */
export function localDateText(at: string | number | Date): string | null {
  const f = fields(at);
  return f && `${f.day}/${f.month}/${f.year}`;
}

/** The UTC instant at which a local calendar day begins (00:00 in Asia/Ho_Chi_Minh). */
export function localDayStart(date: string): string {
  return new Date(`${date}T00:00:00+07:00`).toISOString();
}

/** A calendar date plus (or minus) whole days: plain calendar arithmetic, no time zone involved. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
