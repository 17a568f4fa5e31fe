import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LOCALE_STORAGE_KEY, storedLocale } from '../i18n/locale';
import { translate, type Locale, type MessageParams } from '../i18n/translate';
import type { MessageKey } from '../i18n/vi';

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** A message of the app's own catalog (checked by the compiler). */
  t: (key: MessageKey, params?: MessageParams) => string;
  /** A key that came as data (API errors, validation issues); unknown keys read as a generic message. */
  tKey: (key: string, params?: MessageParams) => string;
}

const I18nContext = createContext<I18n | null>(null);

function readStoredLocale(): Locale {
  try {
    return storedLocale(localStorage.getItem(LOCALE_STORAGE_KEY));
  } catch {
    return 'vi';
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(readStoredLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
    dayjs.locale(locale);
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // Storage may be unavailable; the choice then lasts for this session only.
    }
  }, []);

  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, params) => translate(locale, key, params),
      tKey: (key, params) => translate(locale, key, params),
    }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useT(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT outside I18nProvider');
  return value;
}
