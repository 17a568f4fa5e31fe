/** What an answer means: whether it fits its item, and whether it counts as a violation. Pure, tested. */
import type { ChecklistItem, ChecklistSection } from './inspectionTypes';

const NUMBER = /^-?\d+(?:[.,]\d+)?$/;
export const MAX_TEXT_ANSWER = 500;

/** The stored form of a typed answer ("12,5" -> "12.5"), or null when it does not fit the item. */
export function normaliseAnswer(item: ChecklistItem, value: string): string | null {
  const v = value.normalize('NFC').trim();
  if (item.kind === 'yesno') return v === 'yes' || v === 'no' || v === 'na' ? v : null;
  if (item.kind === 'number') return NUMBER.test(v) ? String(Number(v.replace(',', '.'))) : null;
  return v.length <= MAX_TEXT_ANSWER ? v : null;
}

export function isViolation(item: ChecklistItem, value: string | undefined): boolean {
  const rule = item.violation;
  if (!rule || value === undefined || value === '' || value === 'na') return false;
  if (rule.kind === 'answer') return value === rule.answer;
  const n = Number(value);
  if (!Number.isFinite(n)) return false;
  return rule.kind === 'below' ? n < rule.limit : n > rule.limit;
}

/** Items in paper order (sections, then items). */
export function itemsInOrder(sections: ChecklistSection[]): ChecklistItem[] {
  return sections.flatMap((s) => s.items);
}

export function missingRequired(sections: ChecklistSection[], answers: ReadonlyMap<string, string>): ChecklistItem[] {
  return itemsInOrder(sections).filter((item) => item.required && !(answers.get(item.key) ?? '').trim());
}
