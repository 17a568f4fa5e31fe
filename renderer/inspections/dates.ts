import { localDate } from '../../db/localDate';
import dayjs, { type Dayjs } from 'dayjs';

/** The calendar date a date picker holds, as stored (YYYY-MM-DD), or null. */
export function isoDate(value: Dayjs | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}

export function pickerDate(iso: string | null | undefined): Dayjs | null {
  return iso ? dayjs(iso) : null;
}

/** Today in the office's calendar (Asia/Ho_Chi_Minh), not the PC's zone nor UTC. */
export function todayIso(): string {
  return localDate();
}
