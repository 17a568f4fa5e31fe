// Turning spreadsheet cells into the values a record schema checks: shared by every import.
import { normalizeForSearch } from '../../db/text';
import { en } from '../../renderer/i18n/en';
import { vi, type MessageKey } from '../../renderer/i18n/vi';
import type { CellValue } from '../businesses/sheetReader';

export type PlainCell = Exclude<CellValue, { formulaWithoutValue: true }>;

/** A converted cell; `warning` tells the clerk how it was read (an old commune mapped to today's). */
export type Coerced =
  | { ok: true; value: unknown; warning?: { messageKey: MessageKey; params?: Record<string, string | number> } }
  | { ok: false; messageKey: MessageKey; params?: Record<string, string | number> };

export const ok = (value: unknown): Coerced => ({ ok: true, value });
export const fail = (messageKey: MessageKey, params?: Record<string, string | number>): Coerced => ({ ok: false, messageKey, ...(params ? { params } : {}) });

/** Compares labels and codes ignoring case, diacritics, Unicode form and punctuation. */
export function labelKey(text: string): string {
  return normalizeForSearch(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Label (vi, en) or code -> value, for a choice column such as a type or a status. */
export function labelIndex<T extends string>(values: readonly T[], prefix: string): Map<string, T> {
  const index = new Map<string, T>();
  for (const value of values) {
    const key = `${prefix}${value}` as MessageKey;
    for (const label of [value, vi[key], en[key]]) if (label) index.set(labelKey(label), value);
  }
  return index;
}

// Excel's largest date, 31/12/9999.
const MAX_SERIAL = 2958465;
const DAY_MS = 86_400_000;

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null; // 31/02 rolls over into March
  return date.toISOString().slice(0, 10);
}

function serialToIso(serial: number): string | null {
  const days = Math.floor(serial);
  if (days < 1 || days > MAX_SERIAL || days === 60) return null; // 60 is Excel's fictitious 29/02/1900
  // Excel counts 1900 as a leap year, so serials after it are one day ahead.
  const epoch = days > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  return new Date(epoch + days * DAY_MS).toISOString().slice(0, 10);
}

const DMY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

function textToIso(text: string): string | null {
  const dmy = DMY.exec(text);
  if (dmy) return isoDate(Number(dmy[4]), Number(dmy[3]), Number(dmy[1]));
  const ymd = YMD.exec(text);
  if (ymd) return isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  return null;
}

function dateToDmy(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** A number as Excel would show it: no float noise, no ".0". */
function numberText(n: number): string {
  return String(Number(n.toPrecision(15)));
}

export function cellText(cell: PlainCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell.normalize('NFC').trim();
  if (typeof cell === 'number') return numberText(cell);
  if (cell instanceof Date) return dateToDmy(cell);
  return String(cell);
}

/** The first day a real serial can mean: ExcelJS turns a date-formatted 0, 60 or -5 into 1899/1900 dates. */
const FIRST_REAL_DATE = '1900-03-01';
/** Registrations and certificates of a business in operation: none before 1950, none beyond next year. */
export const MIN_PLAUSIBLE_YEAR = 1950;

/** The current year in Vietnam (the office's calendar, whatever the PC's time zone). */
export function localYear(now: Date = new Date()): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(now));
}

function plausible(iso: string, maxYear: number): Coerced {
  const year = Number(iso.slice(0, 4));
  if (year < MIN_PLAUSIBLE_YEAR || year > maxYear) {
    return fail('import.dateImplausible', { date: `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`, min: String(MIN_PLAUSIBLE_YEAR), max: String(maxYear) });
  }
  return ok(iso);
}

/**
 * A date cell, however it is formatted (a date-formatted number arrives as a Date, a plain one as
 * a serial, text as dd/mm/yyyy): the same serial checks and the same plausible years for all.
 */
export function coerceDate(cell: PlainCell, maxYear: number = localYear() + 1): Coerced {
  if (cell === null) return ok(null);
  if (cell instanceof Date) {
    const iso = cell.toISOString().slice(0, 10);
    return iso < FIRST_REAL_DATE ? fail('validation.date') : plausible(iso, maxYear);
  }
  if (typeof cell === 'number') {
    const iso = serialToIso(cell);
    return iso ? plausible(iso, maxYear) : fail('validation.date');
  }
  if (typeof cell === 'string') {
    const text = cell.trim();
    if (text === '') return ok(null);
    const iso = textToIso(text);
    return iso ? plausible(iso, maxYear) : fail('validation.date');
  }
  return fail('validation.date');
}

const THOUSANDS = /^[+-]?\d{1,3}(\.\d{3})+$/;
const INTEGER = /^[+-]?\d+$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

export function coerceInteger(cell: PlainCell): Coerced {
  if (cell === null) return ok(null);
  if (typeof cell !== 'string') return ok(cell); // numbers pass; anything else gets the schema's message
  const text = cell.replace(/[\s\u00a0\u202f]/g, '');
  if (text === '') return ok(null);
  if (INTEGER.test(text)) return ok(Number(text));
  // Vietnamese writes 1.234 for a thousand and 1,5 for a decimal.
  if (THOUSANDS.test(text)) return ok(Number(text.replace(/\./g, '')));
  if (DECIMAL_COMMA.test(text)) return ok(Number(text.replace(',', '.')));
  if (/^[+-]?\d+\.\d+$/.test(text)) return ok(Number(text));
  return ok(text);
}

export const isFormulaWithoutValue = (cell: CellValue): cell is { formulaWithoutValue: true } =>
  cell !== null && typeof cell === 'object' && !(cell instanceof Date);
