import { BUSINESS_STATUSES, BUSINESS_TYPES, type BusinessChange } from '../../db/businessTypes';
import { formatDate, formatNumber, isMessageKey, type Locale } from '../i18n/translate';
import type { MessageKey } from '../i18n/vi';

/** Change-log fields are the table's snake_case columns: owner_name -> ownerName. */
export function camelField(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

const DATE_FIELDS = new Set(['registrationDate', 'securityCertDate']);

export interface HistoryLine {
  field: string;
  labelKey: MessageKey;
  before: string;
  after: string;
}

export interface HistoryFormat {
  locale: Locale;
  t: (key: MessageKey) => string;
  communeName: (code: string) => string | undefined;
}

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** A logged value as a clerk reads it: translated choices, dd/mm/yyyy dates, commune names. */
export function historyValue(field: string, value: unknown, format: HistoryFormat): string {
  if (value === null || value === undefined || value === '') return '';
  if (field === 'type' && isOneOf(BUSINESS_TYPES, value)) return format.t(`business.type.${value}`);
  if (field === 'status' && isOneOf(BUSINESS_STATUSES, value)) return format.t(`business.status.${value}`);
  if (field === 'communeCode' && typeof value === 'string') return format.communeName(value) ?? value;
  if (DATE_FIELDS.has(field) && typeof value === 'string') return formatDate(value);
  if (typeof value === 'number') return formatNumber(format.locale, value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The changed fields a clerk knows by name (internal columns such as ids are left out). */
export function historyLines(change: BusinessChange, format: HistoryFormat): HistoryLine[] {
  const lines: HistoryLine[] = [];
  for (const { field: column, before, after } of change.fields) {
    const field = camelField(column);
    const labelKey = `business.field.${field}`;
    if (!isMessageKey(labelKey)) continue;
    lines.push({ field, labelKey, before: historyValue(field, before, format), after: historyValue(field, after, format) });
  }
  return lines;
}
