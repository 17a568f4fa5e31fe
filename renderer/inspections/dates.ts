import dayjs, { type Dayjs } from 'dayjs';

/** The calendar date a date picker holds, as stored (YYYY-MM-DD), or null. */
export function isoDate(value: Dayjs | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}

export function pickerDate(iso: string | null | undefined): Dayjs | null {
  return iso ? dayjs(iso) : null;
}

export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}
