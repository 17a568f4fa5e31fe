import { localDateText, localDateTimeText } from '../../db/localDate';
import { en } from './en';
import { vi, type MessageKey } from './vi';

export type Locale = 'vi' | 'en';
export type MessageParams = Record<string, string | number>;

const catalogs: Record<Locale, Record<MessageKey, string>> = { vi, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(vi, key);
}

const numberFormats: Record<Locale, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN'),
  en: new Intl.NumberFormat('en-GB'),
};

/** Translates a key (unknown keys come from other versions: show a generic message, not the key). */
export function translate(locale: Locale, key: string, params: MessageParams = {}): string {
  const template = isMessageKey(key) ? catalogs[locale][key] : catalogs[locale]['validation.invalid'];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormats[locale].format(value) : value;
  });
}

/** A count with the locale's separators (vi-VN: 20.000). */
export function formatNumber(locale: Locale, value: number | null | undefined): string {
  return value === null || value === undefined ? '' : numberFormats[locale].format(value);
}

const sizeFormats: Record<Locale, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
};

/** A file size in the locale's form: 15,6 KB, 2,0 MB (vi-VN). */
export function formatSize(locale: Locale, bytes: number): string {
  if (bytes < 1024) return `${numberFormats[locale].format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${sizeFormats[locale].format(bytes / 1024)} KB`;
  return `${sizeFormats[locale].format(bytes / 1024 / 1024)} MB`;
}

/** Megabytes with one decimal in the locale's form (15,6). */
export function formatMegabytes(locale: Locale, bytes: number): string {
  return sizeFormats[locale].format(bytes / 1024 / 1024);
}


/** dd/mm/yyyy HH:mm in the office's zone (Asia/Ho_Chi_Minh) from an ISO instant; '' for none. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return localDateTimeText(iso) ?? iso;
}

/** dd/mm/yyyy from an ISO calendar date or instant; '' for none. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  if (iso.length > 10) {
    const local = localDateText(iso);
    if (local) return local;
  }
  return `${match[3]}/${match[2]}/${match[1]}`;
}
