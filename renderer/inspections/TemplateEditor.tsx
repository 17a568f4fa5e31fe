import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Checkbox, Input, Radio, Space } from 'antd';
import { NumberInput } from '../components/NumberInput';
import { useRef, useState } from 'react';
import type { ProcedureOutput } from '../../electron/api/contract';
import type { AnswerKind, ChecklistItem } from '../../electron/api/schemas/inspections';
import { api } from '../api';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';
import {
  addItem,
  addSection,
  draftIssues,
  draftToSave,
  moveItem,
  moveSection,
  removeItem,
  removeSection,
  updateItem,
  withKind,
  type TemplateDraft,
} from './templateDraft';

type Template = ProcedureOutput<'inspections.templates'>[number];
type ViolationRule = NonNullable<ChecklistItem['violation']>;
type Severity = ChecklistItem['severity'];
type RuleChoice = 'none' | 'yes' | 'no' | 'below' | 'above';

function ruleChoice(rule: ViolationRule | null): RuleChoice {
  if (rule === null) return 'none';
  return rule.kind === 'answer' ? rule.answer : rule.kind;
}

function ruleOf(choice: RuleChoice, previous: ViolationRule | null): ViolationRule | null {
  if (choice === 'none') return null;
  if (choice === 'yes' || choice === 'no') return { kind: 'answer', answer: choice };
  return { kind: choice, limit: previous && previous.kind !== 'answer' ? previous.limit : Number.NaN };
}

const RULES: Record<AnswerKind, RuleChoice[]> = { yesno: ['none', 'yes', 'no'], number: ['none', 'below', 'above'], text: ['none'] };

/** One item: its text, answer kind, whether required, what counts as a violation, severity, legal basis. */
function ItemEditor({
  item,
  n,
  autoFocus,
  onChange,
  onMove,
  onRemove,
}: {
  item: ChecklistItem;
  n: number;
  autoFocus: boolean;
  onChange: (change: (item: ChecklistItem) => ChecklistItem) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useT();
  const rule = item.violation;
  return (
    <fieldset className="dd-fieldset dd-template-item">
      <legend>{t('inspections.templateEdit.item', { n })}</legend>
      <Input.TextArea
        aria-label={t('inspections.templateEdit.itemText', { n })}
        value={item.text}
        autoSize={{ minRows: 1, maxRows: 4 }}
        maxLength={500}
        autoFocus={autoFocus}
        onChange={(e) => onChange((i) => ({ ...i, text: e.target.value }))}
      />
      <div className="dd-template-row">
        <Radio.Group
          aria-label={t('inspections.templateEdit.kind', { n })}
          optionType="button"
          value={item.kind}
          onChange={(e) => onChange((i) => withKind(i, e.target.value as AnswerKind))}
          options={(['yesno', 'number', 'text'] as const).map((k) => ({ value: k, label: t(`inspections.templateEdit.kind.${k}`) }))}
        />
        {item.kind === 'number' && (
          <Input
            className="dd-template-unit"
            aria-label={t('inspections.templateEdit.unit', { n })}
            placeholder={t('inspections.templateEdit.unit', { n })}
            value={item.unit}
            maxLength={20}
            onChange={(e) => onChange((i) => ({ ...i, unit: e.target.value }))}
          />
        )}
        <Checkbox checked={item.required} onChange={(e) => onChange((i) => ({ ...i, required: e.target.checked }))}>
          {t('inspections.templateEdit.required', { n })}
        </Checkbox>
      </div>
      {item.kind !== 'text' && (
        <div className="dd-template-row">
          <Radio.Group
            aria-label={t('inspections.templateEdit.rule', { n })}
            optionType="button"
            value={ruleChoice(rule)}
            onChange={(e) => onChange((i) => ({ ...i, violation: ruleOf(e.target.value as RuleChoice, i.violation) }))}
            options={RULES[item.kind].map((r) => ({ value: r, label: t(`inspections.templateEdit.rule.${r}`) }))}
          />
          {rule && rule.kind !== 'answer' && (
            <NumberInput
              aria-label={t('inspections.templateEdit.limit', { n })}
              placeholder={t('inspections.templateEdit.limit', { n })}
              min={-1e12}
              value={Number.isFinite(rule.limit) ? rule.limit : null}
              onChange={(value) => onChange((i) => ({ ...i, violation: { kind: rule.kind, limit: typeof value === 'number' ? value : Number.NaN } }))}
            />
          )}
          {rule && (
            <Radio.Group
              aria-label={t('inspections.templateEdit.severity', { n })}
              value={item.severity}
              onChange={(e) => onChange((i) => ({ ...i, severity: e.target.value as Severity }))}
              options={(['minor', 'serious'] as const).map((s) => ({ value: s, label: t(`inspections.templateEdit.severity.${s}`) }))}
            />
          )}
        </div>
      )}
      <Input
        aria-label={t('inspections.templateEdit.legalBasis', { n })}
        placeholder={t('inspections.templateEdit.legalBasis', { n })}
        value={item.legalBasis}
        maxLength={300}
        onChange={(e) => onChange((i) => ({ ...i, legalBasis: e.target.value }))}
      />
      <Space className="dd-gap-top">
        <Button size="small" icon={<ArrowUpOutlined aria-hidden />} aria-label={t('inspections.templateEdit.itemUp', { n })} onClick={() => onMove(-1)} />
        <Button size="small" icon={<ArrowDownOutlined aria-hidden />} aria-label={t('inspections.templateEdit.itemDown', { n })} onClick={() => onMove(1)} />
        <Button size="small" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('inspections.templateEdit.removeItem', { n })} onClick={onRemove} />
      </Space>
    </fieldset>
  );
}

/**
 * An administrator edits a template's sections and items; saving writes the next version (never
 * changing one that inspections were printed with). Every control is reachable by Tab; items and
 * sections move with their up/down buttons.
 */
export function TemplateEditor({ template, onSaved }: { template: Template; onSaved: (saved: Template) => void }) {
  const { t, tKey } = useT();
  const { message } = AntApp.useApp();
  const call = useApiCall();
  const [draft, setDraft] = useState<TemplateDraft>({ title: template.title, sections: template.sections });
  const [problems, setProblems] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);

  function change(next: TemplateDraft, focus: string | null = null) {
    setDraft(next);
    setFocusKey(focus);
  }

  function showProblems(texts: string[]) {
    setProblems(texts);
    if (texts.length > 0) setTimeout(() => alertRef.current?.focus(), 0);
  }

  async function save() {
    const issues = draftIssues(draft);
    if (issues.length > 0) {
      showProblems(issues.map((i) => tKey(i.messageKey, i.params)));
      return;
    }
    setBusy(true);
    const saved = await call(api['inspections.saveTemplate']({ templateKey: template.templateKey, ...draftToSave(draft) }), {
      form: { setFields: () => undefined },
      fields: [],
      setFormError: (text) => showProblems(text ? [text] : []),
    });
    setBusy(false);
    if (!saved) return;
    showProblems([]);
    void message.success(t('inspections.templateEdit.saved', { version: saved.version }));
    onSaved(saved);
  }

  let number = 0;
  return (
    <section aria-label={t('inspections.templateEdit.heading', { title: template.title })}>
      <p className="dd-hint">{t('inspections.templateEdit.note', { version: template.version + 1 })}</p>
      {problems.length > 0 && (
        <div ref={alertRef} tabIndex={-1}>
          <Alert className="dd-gap-bottom" type="error" showIcon role="alert" title={problems.join(' ')} />
        </div>
      )}
      <label className="dd-block-label">
        {t('inspections.templateEdit.title')}
        <Input value={draft.title} maxLength={300} onChange={(e) => change({ ...draft, title: e.target.value })} />
      </label>
      {draft.sections.map((section, si) => {
        const n = si + 1;
        return (
          <fieldset key={si} className="dd-fieldset">
            <legend>{t('inspections.templateEdit.section', { n })}</legend>
            <Space.Compact className="dd-template-section-title">
              <Input
                aria-label={t('inspections.templateEdit.sectionTitle', { n })}
                value={section.title}
                maxLength={200}
                onChange={(e) => change({ ...draft, sections: draft.sections.map((s, i) => (i === si ? { ...s, title: e.target.value } : s)) })}
              />
              <Button icon={<ArrowUpOutlined aria-hidden />} aria-label={t('inspections.templateEdit.sectionUp', { n })} onClick={() => change(moveSection(draft, si, -1))} />
              <Button icon={<ArrowDownOutlined aria-hidden />} aria-label={t('inspections.templateEdit.sectionDown', { n })} onClick={() => change(moveSection(draft, si, 1))} />
              <Button danger icon={<DeleteOutlined aria-hidden />} aria-label={t('inspections.templateEdit.removeSection', { n })} onClick={() => change(removeSection(draft, si))} />
            </Space.Compact>
            {section.items.map((item, ii) => (
              <ItemEditor
                key={item.key}
                item={item}
                n={(number += 1)}
                autoFocus={item.key === focusKey}
                onChange={(update) => change(updateItem(draft, si, ii, update))}
                onMove={(delta) => change(moveItem(draft, si, ii, delta))}
                onRemove={() => change(removeItem(draft, si, ii))}
              />
            ))}
            <Button
              icon={<PlusOutlined aria-hidden />}
              onClick={() => {
                const next = addItem(draft, si);
                change(next, next.sections[si]?.items.at(-1)?.key ?? null);
              }}
            >
              {t('inspections.templateEdit.addItem', { n })}
            </Button>
          </fieldset>
        );
      })}
      <Space className="dd-gap-top">
        <Button
          icon={<PlusOutlined aria-hidden />}
          onClick={() => {
            const next = addSection(draft);
            change(next, next.sections.at(-1)?.items[0]?.key ?? null);
          }}
        >
          {t('inspections.templateEdit.addSection')}
        </Button>
        <Button type="primary" loading={busy} onClick={() => void save()}>
          {t('inspections.templateEdit.save')}
        </Button>
      </Space>
    </section>
  );
}
