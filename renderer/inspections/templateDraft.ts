/**
 * The template editor's rules, kept apart from the screen so they are tested: adding, removing and
 * moving items and sections, keeping a violation rule that fits the answer kind, and what must be
 * filled in before a version is saved. Item keys never change once given: answers and violations of
 * earlier versions follow an item by its key.
 */
import { ruleFits, type AnswerKind, type ChecklistItem, type ChecklistSection } from '../../electron/api/schemas/inspections';

export interface TemplateDraft {
  title: string;
  sections: ChecklistSection[];
}

export interface DraftIssue {
  messageKey: string;
  params?: Record<string, string | number>;
}

/** The first free key of a new item ("muc_1", "muc_2", ...): lower-case ASCII, as the API requires. */
export function newItemKey(sections: readonly ChecklistSection[]): string {
  const taken = new Set(sections.flatMap((s) => s.items.map((i) => i.key)));
  let n = 1;
  while (taken.has(`muc_${n}`)) n += 1;
  return `muc_${n}`;
}

export function newItem(sections: readonly ChecklistSection[]): ChecklistItem {
  return { key: newItemKey(sections), text: '', kind: 'yesno', unit: '', required: true, violation: { kind: 'answer', answer: 'no' }, severity: 'minor', legalBasis: '' };
}

/** The list with the element at `index` moved by `delta` places (a move past either end changes nothing). */
export function move<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  const [moved] = next.splice(index, 1);
  if (moved !== undefined) next.splice(target, 0, moved);
  return next;
}

/** The item after its answer kind changed: a rule that no longer fits is dropped, a unit only stays on numbers. */
export function withKind(item: ChecklistItem, kind: AnswerKind): ChecklistItem {
  return { ...item, kind, unit: kind === 'number' ? item.unit : '', violation: ruleFits(kind, item.violation) ? item.violation : null };
}

export function updateItem(draft: TemplateDraft, section: number, index: number, change: (item: ChecklistItem) => ChecklistItem): TemplateDraft {
  return {
    ...draft,
    sections: draft.sections.map((s, si) => (si === section ? { ...s, items: s.items.map((item, ii) => (ii === index ? change(item) : item)) } : s)),
  };
}

export function addItem(draft: TemplateDraft, section: number): TemplateDraft {
  const item = newItem(draft.sections);
  return { ...draft, sections: draft.sections.map((s, si) => (si === section ? { ...s, items: [...s.items, item] } : s)) };
}

export function removeItem(draft: TemplateDraft, section: number, index: number): TemplateDraft {
  return { ...draft, sections: draft.sections.map((s, si) => (si === section ? { ...s, items: s.items.filter((_, ii) => ii !== index) } : s)) };
}

export function moveItem(draft: TemplateDraft, section: number, index: number, delta: -1 | 1): TemplateDraft {
  return { ...draft, sections: draft.sections.map((s, si) => (si === section ? { ...s, items: move(s.items, index, delta) } : s)) };
}

/** A new section comes with one empty item (a section without items cannot be saved). */
export function addSection(draft: TemplateDraft): TemplateDraft {
  return { ...draft, sections: [...draft.sections, { title: '', items: [newItem(draft.sections)] }] };
}

export function removeSection(draft: TemplateDraft, section: number): TemplateDraft {
  return { ...draft, sections: draft.sections.filter((_, si) => si !== section) };
}

export function moveSection(draft: TemplateDraft, section: number, delta: -1 | 1): TemplateDraft {
  return { ...draft, sections: move(draft.sections, section, delta) };
}

/** What stops the draft from being saved, with the numbers the clerk sees (items counted through the template, as on paper). */
export function draftIssues(draft: TemplateDraft): DraftIssue[] {
  const issues: DraftIssue[] = [];
  if (!draft.title.trim()) issues.push({ messageKey: 'inspections.templateEdit.titleMissing' });
  if (draft.sections.length === 0) issues.push({ messageKey: 'inspections.template.empty' });
  let number = 0;
  draft.sections.forEach((section, si) => {
    if (!section.title.trim()) issues.push({ messageKey: 'inspections.templateEdit.sectionTitleMissing', params: { n: si + 1 } });
    if (section.items.length === 0) issues.push({ messageKey: 'inspections.templateEdit.sectionEmpty', params: { n: si + 1 } });
    for (const item of section.items) {
      number += 1;
      if (!item.text.trim()) issues.push({ messageKey: 'inspections.templateEdit.itemTextMissing', params: { n: number } });
      if (!ruleFits(item.kind, item.violation)) issues.push({ messageKey: 'inspections.templateEdit.ruleMissing', params: { n: number } });
    }
  });
  return issues;
}

/** What is sent to the API: text trimmed, as the server would store it. */
export function draftToSave(draft: TemplateDraft): TemplateDraft {
  return {
    title: draft.title.trim(),
    sections: draft.sections.map((s) => ({
      title: s.title.trim(),
      items: s.items.map((i) => ({ ...i, text: i.text.trim(), unit: i.unit.trim(), legalBasis: i.legalBasis.trim() })),
    })),
  };
}
