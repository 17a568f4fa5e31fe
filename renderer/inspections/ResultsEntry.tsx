import { Alert, Button, Input, Modal, Space, Tag, type InputRef } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ProcedureOutput } from '../../electron/api/contract';
import { api } from '../api';
import { answerText } from './answerText';
import { useT } from '../app/i18n';
import { useApiCall, type FormTarget } from '../app/useApiCall';
import { DateInput } from '../components/DateInput';
import { formatViNumber, parseViNumber } from '../components/viNumber';
import { formatDate, formatDateTime } from '../i18n/translate';
import { answerForText } from './answerKeys';
import { isoDate, pickerDate, todayIso } from './dates';
import { focusAt, MAX_ENTRY_TEXT, press, setText, startEntry, type EntryField, type EntryItem, type EntryState, type EntryStep } from './entryModel';
import { PrintPreview, type PrintRequest } from './PrintPreview';
import { ViolationList } from './ViolationList';

type Detail = ProcedureOutput<'inspections.open'>;
type Item = Detail['template']['sections'][number]['items'][number];
type History = ProcedureOutput<'inspections.history'>;

/** How long a typed number or text waits for the next keystroke before it is saved. */
const SAVE_DELAY_MS = 300;

function formTarget(setFormError: (text: string | null) => void): FormTarget {
  return { form: { setFields: () => undefined }, fields: [], setFormError };
}

function useAnswerLabel() {
  const { t } = useT();
  return (item: Item, value: string | undefined) => {
    if (value === undefined || value === '') return '';
    if (item.kind === 'number') {
      const shown = Number.isFinite(Number(value)) ? formatViNumber(Number(value)) : value;
      return item.unit ? `${shown} ${item.unit}` : shown;
    }
    if (item.kind !== 'yesno') return item.unit ? `${value} ${item.unit}` : value;
    return value === 'yes' || value === 'no' || value === 'na' ? t(`inspections.answer.${value}`) : value;
  };
}

/** A stored number answer ("6000000", "18.5") as the clerk reads and types it ("6.000.000", "18,5"). */
function typedForm(item: Item, stored: string): string {
  return item.kind === 'number' && stored !== '' && Number.isFinite(Number(stored)) ? formatViNumber(Number(stored)) : stored;
}

/** What is sent for a typed answer: numbers read as Vietnamese and sent plainly, or the reason they are refused. */
function answerToSend(item: Item, typed: string): { ok: true; value: string } | { ok: false; messageKey: string; params: Record<string, string> } {
  if (item.kind !== 'number') return { ok: true, value: typed };
  const parsed = parseViNumber(typed, { min: -1e12 });
  if (!parsed.ok) return { ok: false, messageKey: `entry.number.${parsed.problem}`, params: parsed.params };
  return { ok: true, value: parsed.value === null ? '' : String(parsed.value) };
}

type Preview = ProcedureOutput<'inspections.finalisePreview'>;

/**
 * One inspection's results, typed from paper: sections and item numbers as printed, one focused
 * item at a time, driven by the keyboard model of entryModel.ts (its comment lists the keys). Every
 * change is saved at once (a power cut loses at most the field being typed). Finalising first shows
 * what the saved answers imply, to confirm. A final result is locked: changes are amendments with a reason.
 */
export function ResultsEntry({ initial, onChanged }: { initial: Detail; onChanged: () => void }) {
  const { t, tKey } = useT();
  const call = useApiCall();
  const label = useAnswerLabel();
  const [detail, setDetail] = useState(initial);
  const sections = detail.template.sections;
  const items = useMemo(() => sections.flatMap((s) => s.items), [sections]);
  const entryItems = useMemo<EntryItem[]>(() => items.map((i) => ({ key: i.key, kind: i.kind })), [items]);
  const [entry, setEntry] = useState<EntryState>(() => {
    const all = initial.template.sections.flatMap((s) => s.items);
    const stored = new Map(initial.answers.map((a) => [a.itemKey, a.value]));
    return startEntry(
      entryItems,
      Object.fromEntries(all.map((i) => [i.key, typedForm(i, stored.get(i.key) ?? '')]).filter(([, v]) => v !== '')),
      Object.fromEntries(initial.answers.map((a) => [a.itemKey, a.note])),
    );
  });
  // Saves read the latest answers, not those of the render that scheduled them.
  const latest = useRef(entry);
  latest.current = entry;
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [inspectedOn, setInspectedOn] = useState<Dayjs | null>(pickerDate(initial.inspectedOn) ?? pickerDate(todayIso()));
  const [formError, setFormError] = useState<string | null>(null);
  const [amending, setAmending] = useState<{ item: Item; n: number } | null>(null);
  const [history, setHistory] = useState<History>([]);
  const [printing, setPrinting] = useState<PrintRequest | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const answerRefs = useRef<(HTMLInputElement | null)[]>([]);
  const noteRefs = useRef<(HTMLInputElement | null)[]>([]);
  const finishRef = useRef<InputRef>(null);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const pending = useRef(new Map<string, Promise<void>>());
  const final = detail.status === 'final';

  // The screen's focus follows the model's: the focused item is the one the keys change.
  useEffect(() => {
    if (final) return;
    const el = entry.focus >= items.length ? finishRef.current : entry.field === 'note' ? noteRefs.current[entry.focus] : answerRefs.current[entry.focus];
    if (el && document.activeElement !== (el as unknown as Element)) el.focus();
  }, [entry.focus, entry.field, items.length, final]);

  useEffect(() => {
    void call(api['inspections.history']({ inspectionId: detail.id })).then((value) => value && setHistory(value));
  }, [call, detail]);

  function save(itemKey: string) {
    timers.current.delete(itemKey);
    const item = items.find((i) => i.key === itemKey);
    if (!item) return Promise.resolve();
    const answer = answerToSend(item, latest.current.values[itemKey] ?? '');
    if (!answer.ok) {
      setRowErrors((e) => ({ ...e, [itemKey]: tKey(answer.messageKey, answer.params) }));
      return Promise.resolve();
    }
    const note = latest.current.notes[itemKey] ?? '';
    const done = api['inspections.saveAnswer']({ inspectionId: detail.id, itemKey, value: answer.value, note }).then((result) => {
      if (result.ok) {
        setSavedAt(result.value.savedAt);
        setRowErrors(({ [itemKey]: _cleared, ...rest }) => rest);
      } else {
        const issue = result.error.issues?.[0];
        setRowErrors((e) => ({ ...e, [itemKey]: tKey(issue?.messageKey ?? result.error.messageKey, issue?.params ?? result.error.params) }));
      }
    });
    pending.current.set(itemKey, done);
    return done;
  }

  function schedule(itemKey: string, delay: number) {
    const timer = timers.current.get(itemKey);
    if (timer) clearTimeout(timer);
    if (delay === 0) void save(itemKey);
    else timers.current.set(itemKey, setTimeout(() => void save(itemKey), delay));
  }

  /** Leaving an item saves what still waits for its delay and shows a number as it will be read. */
  function leave(from: EntryState, to: EntryState) {
    if (from.focus === to.focus && from.field === to.field) return to;
    const item = items[from.focus];
    if (!item) return to;
    if (timers.current.has(item.key)) {
      clearTimeout(timers.current.get(item.key));
      void save(item.key);
    }
    if (item.kind === 'number' && from.focus !== to.focus) {
      const parsed = parseViNumber(to.values[item.key] ?? '', { min: -1e12 });
      if (parsed.ok && parsed.value !== null) return { ...to, values: { ...to.values, [item.key]: formatViNumber(parsed.value) } };
    }
    return to;
  }

  function apply(step: EntryStep) {
    const before = latest.current;
    const after = leave(before, step.state);
    latest.current = after;
    setEntry(after);
    if (step.changed) {
      const item = items.find((i) => i.key === step.changed);
      const typed = item && !(item.kind === 'yesno' && before.field === 'answer');
      if (item && !typed) setRowErrors(({ [item.key]: _cleared, ...rest }) => rest);
      if (item && item.kind === 'number' && rowErrors[item.key] && answerToSend(item, after.values[item.key] ?? '').ok) {
        setRowErrors(({ [item.key]: _cleared, ...rest }) => rest);
      }
      schedule(step.changed, typed ? SAVE_DELAY_MS : 0);
    }
  }

  function onKey(event: KeyboardEvent<HTMLInputElement>) {
    const step = press(entryItems, latest.current, { key: event.key, shift: event.shiftKey, ctrl: event.ctrlKey, alt: event.altKey, meta: event.metaKey });
    // Typed characters reach the input itself (IME, paste, Vietnamese keyboards); the model hears them through onChange.
    const typedText = step.changed !== null && (latest.current.field === 'note' || items[latest.current.focus]?.kind !== 'yesno');
    if (!step.handled || typedText) return;
    event.preventDefault();
    apply(step);
  }

  function onFocusAt(index: number, field: EntryField) {
    const current = latest.current;
    if (current.focus === index && current.field === field) return;
    apply({ state: focusAt(current, index, field), handled: true, changed: null });
  }

  /** Saves whatever is still waiting for its delay, then waits for every save in flight. */
  async function flush() {
    for (const [itemKey, timer] of timers.current) {
      clearTimeout(timer);
      void save(itemKey);
    }
    await Promise.all(pending.current.values());
  }

  /** Finalising is two steps: first the summary of what the saved answers imply, then the confirmation. */
  async function askToFinalise() {
    setFormError(null);
    await flush();
    if (Object.keys(rowErrors).length > 0) return;
    const summary = await call(api['inspections.finalisePreview']({ inspectionId: detail.id }), formTarget(setFormError));
    if (summary) setPreview(summary);
  }

  async function finalise() {
    setPreview(null);
    const result = await call(
      api['inspections.finalise']({ inspectionId: detail.id, inspectedOn: isoDate(inspectedOn) ?? '' }),
      formTarget(setFormError),
    );
    if (result) {
      setDetail(result);
      onChanged();
    }
  }

  const valueOf = (item: Item) => (final ? (detail.answers.find((a) => a.itemKey === item.key)?.value ?? '') : (entry.values[item.key] ?? ''));
  const noteOf = (item: Item) => (final ? (detail.answers.find((a) => a.itemKey === item.key)?.note ?? '') : (entry.notes[item.key] ?? ''));
  let number = 0;

  return (
    <section aria-labelledby="dd-inspection-business">
      <h2 id="dd-inspection-business">
        {detail.business.name} <Tag>{detail.code}</Tag> <Tag>{t(`inspections.status.${detail.status}`)}</Tag>
      </h2>
      <p className="dd-hint">
        {detail.plan.title} · {t('inspections.templates.version', { version: detail.template.version })}
      </p>
      {!final && <p className="dd-hint">{t('entry.results.hint')}</p>}
      {final && <Alert type="info" showIcon title={t('inspections.results.finalOn', { date: formatDate(detail.inspectedOn) })} className="dd-gap-bottom" />}
      {sections.map((section, sectionIndex) => (
        <div key={sectionIndex} className="dd-checklist-section">
          {section.title && <h3 className="dd-checklist-heading">{section.title}</h3>}
          <ul className="dd-checklist">
            {section.items.map((item) => {
              const n = (number += 1);
              const index = n - 1;
              const value = valueOf(item);
              const error = rowErrors[item.key];
              const focused = !final && entry.focus === index;
              const common = {
                'aria-label': t('inspections.results.answer', { n }),
                'aria-describedby': `dd-item-${item.key}`,
                'aria-invalid': error ? true : undefined,
                ref: (el: HTMLInputElement | null) => {
                  answerRefs.current[index] = el;
                },
                onKeyDown: onKey,
                onFocus: () => onFocusAt(index, 'answer'),
              };
              return (
                <li key={item.key} className={`dd-checklist-item${focused ? ' dd-checklist-focused' : ''}`} aria-current={focused ? 'step' : undefined} data-testid={`item-${n}`}>
                  <span id={`dd-item-${item.key}`} className="dd-checklist-text">
                    <span className="dd-checklist-number">{n}.</span> {item.text} {item.required && <span className="dd-hint">{t('inspections.results.required')}</span>}
                    {item.legalBasis && <span className="dd-checklist-basis">{item.legalBasis}</span>}
                  </span>
                  <span className="dd-checklist-answer">
                    {final ? (
                      <>
                        <span data-testid={`answer-${item.key}`}>{label(item, value) || t('common.empty')}</span>{' '}
                        <Button size="small" onClick={() => setAmending({ item, n })}>
                          {t('inspections.amend.action')}
                        </Button>
                      </>
                    ) : item.kind === 'yesno' ? (
                      <input {...common} className="ant-input dd-yesno" readOnly value={label(item, value)} />
                    ) : (
                      <input
                        {...common}
                        className="ant-input"
                        inputMode={item.kind === 'number' ? 'decimal' : 'text'}
                        autoComplete="off"
                        value={value}
                        maxLength={MAX_ENTRY_TEXT}
                        onChange={(e) => apply(setText(entryItems, focusAt(latest.current, index, 'answer'), e.target.value))}
                      />
                    )}
                    {!final && item.unit && <span className="dd-hint"> {item.unit}</span>}
                    {final ? (
                      noteOf(item) && <span className="dd-checklist-note">{t('inspections.results.noteShown', { note: noteOf(item) })}</span>
                    ) : (
                      <input
                        className="ant-input dd-checklist-note"
                        aria-label={t('inspections.results.note', { n })}
                        placeholder={t('inspections.results.notePlaceholder')}
                        autoComplete="off"
                        value={noteOf(item)}
                        maxLength={MAX_ENTRY_TEXT}
                        ref={(el) => {
                          noteRefs.current[index] = el;
                        }}
                        onKeyDown={onKey}
                        onFocus={() => onFocusAt(index, 'note')}
                        onChange={(e) => apply(setText(entryItems, focusAt(latest.current, index, 'note'), e.target.value))}
                      />
                    )}
                    {error && (
                      <span role="alert" className="dd-checklist-error">
                        {error}
                      </span>
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {!final && savedAt && (
        <p role="status" className="dd-hint">
          {t('inspections.results.saved', { time: formatDateTime(savedAt) })}
        </p>
      )}
      {formError && <Alert type="error" showIcon title={formError} role="alert" className="dd-gap-bottom" />}
      <Space wrap className="dd-gap-bottom">
        {!final && (
          <>
            <label htmlFor="dd-inspected-on">{t('inspections.results.inspectedOn')}</label>
            <DateInput
              id="dd-inspected-on"
              ref={finishRef}
              value={inspectedOn}
              onChange={setInspectedOn}
            />
            <Button type="primary" onClick={() => void askToFinalise()}>
              {t('entry.results.finalise')}
            </Button>
          </>
        )}
        <Button onClick={() => setPrinting({ code: detail.code, planId: null, minutes: false })}>{t('inspections.print.one')}</Button>
        {final && <Button onClick={() => setPrinting({ code: detail.code, planId: null, minutes: true })}>{t('inspections.print.minutes')}</Button>}
      </Space>
      {preview && (
        <FinaliseConfirm
          code={detail.code}
          preview={preview}
          items={items}
          inspectedOn={isoDate(inspectedOn) ?? ''}
          label={label}
          onCancel={() => setPreview(null)}
          onConfirm={() => void finalise()}
        />
      )}
      {final && (
        <>
          <h3>{t('inspections.violations.found', { count: detail.violations.length })}</h3>
          <ViolationList violations={detail.violations} />
        </>
      )}
      <h3>{t('inspections.history.title')}</h3>
      <ul className="dd-history" aria-label={t('inspections.history.title')}>
        {history.map((h, i) => (
          <li key={i}>
            {formatDateTime(h.at)} · {h.by ?? ''} ·{' '}
            {h.kind === 'amended'
              ? t('inspections.history.amended', {
                  item: h.itemText ?? '',
                  before: answerText(t, h.before),
                  after: answerText(t, h.after),
                  reason: h.reason ?? '',
                })
              : t(`inspections.history.${h.kind}`)}
          </li>
        ))}
      </ul>
      {amending && (
        <AmendDialog
          detail={detail}
          item={amending.item}
          n={amending.n}
          onClose={() => setAmending(null)}
          onAmended={(d) => {
            setDetail(d);
            setAmending(null);
            onChanged();
          }}
        />
      )}
      {printing && <PrintPreview request={printing} onClose={() => setPrinting(null)} />}
    </section>
  );
}

/**
 * The last look before finalising: every violation the saved answers imply and every unanswered
 * item, with their printed numbers. The safe choice ("go back") has the focus, so a stray Enter
 * finalises nothing.
 */
function FinaliseConfirm(props: {
  code: string;
  preview: Preview;
  items: Item[];
  inspectedOn: string;
  label: (item: Item, value: string) => string;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t } = useT();
  const { preview, items } = props;
  const byKey = new Map(items.map((i) => [i.key, i]));
  return (
    <Modal
      open
      title={t('entry.results.confirmTitle', { code: props.code })}
      onCancel={props.onCancel}
      footer={
        <Space>
          <Button autoFocus onClick={props.onCancel}>
            {t('entry.results.back')}
          </Button>
          <Button type="primary" danger={preview.violations.length > 0} onClick={props.onConfirm}>
            {t('entry.results.confirmOk')}
          </Button>
        </Space>
      }
    >
      <p>{preview.violations.length > 0 ? t('entry.results.confirmViolations', { count: preview.violations.length }) : t('entry.results.noViolations')}</p>
      {preview.violations.length > 0 && (
        <ol className="dd-confirm-list" aria-label={t('entry.results.confirmViolations', { count: preview.violations.length })}>
          {preview.violations.map((v) => {
            const item = byKey.get(v.itemKey);
            return (
              <li key={v.itemKey} value={v.number}>
                {t('entry.results.line', { n: v.number, text: v.text, answer: item ? props.label(item, v.answer) : v.answer })}
                {v.severity === 'serious' && ` ${t('entry.results.serious')}`}
              </li>
            );
          })}
        </ol>
      )}
      {preview.unanswered.length > 0 && (
        <>
          <p>{t('entry.results.unanswered', { count: preview.unanswered.length })}</p>
          <ul className="dd-confirm-list">
            {preview.unanswered.map((u) => (
              <li key={u.itemKey}>
                {t('entry.results.unansweredLine', { n: u.number, text: u.text })} {u.required && t('inspections.results.required')}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{t('entry.results.confirmDate', { date: formatDate(props.inspectedOn) })}</p>
    </Modal>
  );
}

function AmendDialog({ detail, item, n, onClose, onAmended }: { detail: Detail; item: Item; n: number; onClose: () => void; onAmended: (d: Detail) => void }) {
  const { t } = useT();
  const call = useApiCall();
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [formError, setFormError] = useState<string | null>(null);

  async function submit() {
    const read = answerToSend(item, value);
    const typed = item.kind === 'yesno' ? answerForText(value) : read.ok ? read.value : value;
    const result = await call(api['inspections.amend']({ inspectionId: detail.id, itemKey: item.key, value: typed, reason }), formTarget(setFormError));
    if (result) onAmended(result);
  }

  return (
    <Modal open title={t('inspections.amend.title', { n })} onCancel={onClose} onOk={() => void submit()} okText={t('inspections.amend.save')} cancelText={t('common.cancel')}>
      <p>{item.text}</p>
      {formError && <Alert type="error" showIcon title={formError} role="alert" className="dd-gap-bottom" />}
      <label className="dd-block-label">
        {t('inspections.amend.value')}
        <Input autoFocus value={value} onChange={(e) => setValue(e.target.value)} placeholder={item.kind === 'yesno' ? 'Y / N / 0' : item.unit} />
      </label>
      <label className="dd-block-label">
        {t('inspections.amend.reason')}
        <Input value={reason} onChange={(e) => setReason(e.target.value)} onPressEnter={() => void submit()} maxLength={500} />
      </label>
    </Modal>
  );
}
