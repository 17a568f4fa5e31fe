/**
 * Messages of one area of the app, Vietnamese and English side by side (areas/*.ts).
 * vi.ts and en.ts spread them, so MessageKey covers them and a missing translation fails typecheck.
 */
export interface AreaMessages<V extends Record<string, string>> {
  vi: V;
  en: Record<keyof V, string>;
}

export function areaMessages<const V extends Record<string, string>>(vi: V, en: Record<keyof V, string>): AreaMessages<V> {
  return { vi, en };
}
