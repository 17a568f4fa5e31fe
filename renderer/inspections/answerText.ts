import type { useT } from '../app/i18n';

const YES_NO = new Set(['yes', 'no', 'na']);

/** A stored answer as the clerk reads it: "Có", "Không", "Không áp dụng"; numbers and notes as typed. */
export function answerText(t: ReturnType<typeof useT>['t'], value: string | null): string {
  if (value === null || value === '') return '';
  return YES_NO.has(value) ? t(`inspections.answer.${value as 'yes' | 'no' | 'na'}`) : value;
}
