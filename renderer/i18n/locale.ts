import type { Locale } from './translate';

export const LOCALE_STORAGE_KEY = 'dd.locale';

/** The remembered choice, Vietnamese unless English was chosen. */
export function storedLocale(value: string | null | undefined): Locale {
  return value === 'en' ? 'en' : 'vi';
}
