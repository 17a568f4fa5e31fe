import { foldText } from '../app/foldText';

export interface PeriodChoice {
  code: string;
  from: string;
  to: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const day = (iso: string) => iso.split('-').reverse().join('/');

type Translate = (key: string, params?: Record<string, string>) => string;

/** "Quý IV/2026 (01/10/2026 – 31/12/2026)": the period's name and the span its plan's convention gives it. */
export function periodLabel(t: Translate, p: PeriodChoice): string {
  const year = p.code.slice(0, 4);
  const rest = p.code.slice(5);
  const name =
    rest === ''
      ? t('report.periodName.year', { year })
      : rest.startsWith('Q')
        ? t('report.periodName.quarter', { year, roman: ROMAN[Number(rest.slice(1)) - 1] ?? rest })
        : rest.startsWith('H')
          ? t(`report.periodName.half${rest.slice(1)}`, { year })
          : t('report.periodName.month', { year, n: String(Number(rest)) });
  return t('report.periodSpan', { name, from: day(p.from), to: day(p.to), code: p.code });
}

/** Typed "2026-q3", "quy iv" or "thang 7" finds the period: by its code or its name, without diacritics. */
export function periodMatches(input: string, option?: { value?: unknown; label?: unknown }): boolean {
  const query = foldText(input.trim());
  if (query === '') return true;
  return foldText(String(option?.value ?? '')).startsWith(query) || foldText(String(option?.label ?? '')).includes(query);
}

/** The option whose code is exactly what was typed comes first, so Enter picks "2026" rather than 2026-Q1. */
export function periodOrder(input: string): (a: { value?: unknown }, b: { value?: unknown }) => number {
  const query = foldText(input.trim());
  const exact = (o: { value?: unknown }) => (foldText(String(o.value ?? '')) === query ? 0 : 1);
  return (a, b) => exact(a) - exact(b);
}
