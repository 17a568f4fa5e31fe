import { describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../../electron/api/schemas/inspections';
import { TemplateEdit } from '../../electron/api/schemas/inspections';
import * as rules from './templateDraft';
import type { TemplateDraft } from './templateDraft';

const { addItem, addSection, draftIssues, draftToSave, move, moveItem, moveSection, newItemKey, removeItem, removeSection, updateItem, withKind } = rules;

const item = (key: string, over: Partial<ChecklistItem> = {}): ChecklistItem => ({
  key,
  text: `Mục ${key}`,
  kind: 'yesno',
  unit: '',
  required: true,
  violation: { kind: 'answer', answer: 'no' },
  severity: 'minor',
  legalBasis: '',
  ...over,
});

const draft: TemplateDraft = {
  title: 'Phiếu kiểm tra karaoke',
  sections: [
    { title: 'I. Điều kiện chung', items: [item('registration'), item('muc_1')] },
    { title: 'II. Riêng', items: [item('room_area', { kind: 'number', unit: 'm²', violation: { kind: 'below', limit: 20 } })] },
  ],
};

const keys = (d: TemplateDraft) => d.sections.map((s) => s.items.map((i) => i.key));

describe('template editor rules', () => {
  it('gives a new item the first free key and never changes existing keys', () => {
    expect(newItemKey(draft.sections)).toBe('muc_2');
    const added = addItem(draft, 1);
    expect(keys(added)).toEqual([['registration', 'muc_1'], ['room_area', 'muc_2']]);
    expect(added.sections[1]?.items[1]).toMatchObject({ text: '', kind: 'yesno', required: true, violation: { kind: 'answer', answer: 'no' } });
    const section = addSection(added);
    expect(section.sections[2]).toMatchObject({ title: '', items: [{ key: 'muc_3' }] });
  });

  it('moves items and sections up and down, and a move past either end changes nothing', () => {
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(keys(moveItem(draft, 0, 1, -1))).toEqual([['muc_1', 'registration'], ['room_area']]);
    expect(moveSection(draft, 1, -1).sections.map((s) => s.title)).toEqual(['II. Riêng', 'I. Điều kiện chung']);
    expect(keys(removeItem(draft, 0, 0))).toEqual([['muc_1'], ['room_area']]);
    expect(removeSection(draft, 0).sections.map((s) => s.title)).toEqual(['II. Riêng']);
    expect(draft.sections[0]?.items[0]?.key).toBe('registration');
  });

  it('drops a violation rule that no longer fits when the answer kind changes, and the unit of a non-number', () => {
    const area = draft.sections[1]?.items[0];
    if (!area) throw new Error('no item');
    expect(withKind(area, 'yesno')).toMatchObject({ kind: 'yesno', unit: '', violation: null });
    expect(withKind(area, 'text')).toMatchObject({ kind: 'text', violation: null });
    expect(withKind(item('x'), 'number')).toMatchObject({ kind: 'number', violation: null });
    expect(withKind(item('x'), 'yesno').violation).toEqual({ kind: 'answer', answer: 'no' });
  });

  it('lists what stops a save, numbering items through the template as on paper', () => {
    expect(draftIssues(draft)).toEqual([]);
    let bad = updateItem(draft, 1, 0, (i) => ({ ...i, violation: { kind: 'above', limit: Number.NaN } }));
    bad = updateItem(bad, 0, 1, (i) => ({ ...i, text: '  ' }));
    bad = { ...addSection(bad), title: ' ' };
    bad = { ...bad, sections: bad.sections.map((s, i) => (i === 2 ? { title: '', items: [] } : s)) };
    expect(draftIssues(bad)).toEqual([
      { messageKey: 'inspections.templateEdit.titleMissing' },
      { messageKey: 'inspections.templateEdit.itemTextMissing', params: { n: 2 } },
      { messageKey: 'inspections.templateEdit.ruleMissing', params: { n: 3 } },
      { messageKey: 'inspections.templateEdit.sectionTitleMissing', params: { n: 3 } },
      { messageKey: 'inspections.templateEdit.sectionEmpty', params: { n: 3 } },
    ]);
    expect(draftIssues({ title: 'x', sections: [] })).toEqual([{ messageKey: 'inspections.template.empty' }]);
  });

  it('sends trimmed text that the API accepts; the API refuses a rule that does not fit the kind', () => {
    const spaced = updateItem({ ...draft, title: ' Phiếu ' }, 0, 0, (i) => ({ ...i, text: ' Có giấy phép ', legalBasis: ' NĐ 96 ' }));
    const sent = draftToSave(spaced);
    expect(sent.title).toBe('Phiếu');
    expect(sent.sections[0]?.items[0]).toMatchObject({ text: 'Có giấy phép', legalBasis: 'NĐ 96' });
    expect(TemplateEdit.safeParse({ templateKey: 'default.karaoke', ...sent }).success).toBe(true);
    const mismatch = updateItem(draft, 0, 0, (i) => ({ ...i, kind: 'text' }));
    const parsed = TemplateEdit.safeParse({ templateKey: 'default.karaoke', ...mismatch });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toContain('inspections.template.ruleKind');
  });
});
