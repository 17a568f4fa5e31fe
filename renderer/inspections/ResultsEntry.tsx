import { Alert, Button, DatePicker, Input, Modal, Space, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ProcedureOutput } from '../../electron/api/contract';
import { api } from '../api';
import { answerText } from './answerText';
import { useT } from '../app/i18n';
import { useApiCall, type FormTarget } from '../app/useApiCall';
import { DATE_INPUT_FORMATS } from '../businesses/businessFormValues';
import { formatDate, formatDateTime } from '../i18n/translate';
import { answerForKey, answerForText } from './answerKeys';
import { isoDate, pickerDate, todayIso } from './dates';
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
    if (item.kind !== 'yesno') return item.unit ? `${value} ${item.unit}` : value;
    return value === 'yes' || value === 'no' || value === 'na' ? t(`inspections.answer.${value}`) : value;
  };
}

/**
 * One inspection's results, typed from paper: items in paper order, Y/N/0 for yes/no items, numbers
 * and short text, Enter to go on. Every change is saved at once (a power cut loses at most the field
 * being typed). A final result is locked: changes are amendments with a reason.
 */
export function ResultsEntry({ initial, onChanged }: { initial: Detail; onChanged: () => void }) {
  const { t, tKey } = useT();
  const call = useApiCall();
  const label = useAnswerLabel();
  const [detail, setDetail] = useState(initial);
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(initial.answers.map((a) => [a.itemKey, a.value])));
  const [notes, setNotes] = useState<Record<string, string>>(() => Object.fromEntries(initial.answers.map((a) => [a.itemKey, a.note])));
  // An answer and its note are saved together, each save sending the latest of both.
  const latest = useRef({ values, notes });
  latest.current = { values, notes };
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [inspectedOn, setInspectedOn] = useState<Dayjs | null>(pickerDate(initial.inspectedOn) ?? pickerDate(todayIso()));
  const [formError, setFormError] = useState<string | null>(null);
  const [amending, setAmending] = useState<{ item: Item; n: number } | null>(null);
  const [history, setHistory] = useState<History>([]);
  const [printing, setPrinting] = useState<PrintRequest | null>(null);
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const finaliseRef = useRef<HTMLButtonElement>(null);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const pending = useRef(new Map<string, Promise<void>>());

  const items = detail.template.sections.flatMap((s) => s.items);
  const final = detail.status === 'final';

  // The clerk starts typing at the first unanswered item (or where they left off).
  useEffect(() => {
    const first = initial.template.sections.flatMap((s) => s.items).findIndex((i) => !initial.answers.some((a) => a.itemKey === i.key));
    if (initial.status !== 'final') inputs.current[Math.max(0, first)]?.focus();
  }, [initial]);

  useEffect(() => {
    void call(api['inspections.history']({ inspectionId: detail.id })).then((value) => value && setHistory(value));
  }, [call, detail]);

  function save(itemKey: string) {
    timers.current.delete(itemKey);
    const value = latest.current.values[itemKey] ?? '';
    const note = latest.current.notes[itemKey] ?? '';
    const done = api['inspections.saveAnswer']({ inspectionId: detail.id, itemKey, value, note }).then((result) => {
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

  function change(itemKey: string, edit: { value: string } | { note: string }, delay: number) {
    if ('value' in edit) {
      setValues((v) => ({ ...v, [itemKey]: edit.value }));
      latest.current = { ...latest.current, values: { ...latest.current.values, [itemKey]: edit.value } };
    } else {
      setNotes((n) => ({ ...n, [itemKey]: edit.note }));
      latest.current = { ...latest.current, notes: { ...latest.current.notes, [itemKey]: edit.note } };
    }
    const timer = timers.current.get(itemKey);
    if (timer) clearTimeout(timer);
    if (delay === 0) void save(itemKey);
    else timers.current.set(itemKey, setTimeout(() => void save(itemKey), delay));
  }

  /** A typed field saves when the clerk leaves it, if its delay has not run out yet. */
  const saveIfWaiting = (itemKey: string) => timers.current.has(itemKey) && void save(itemKey);

  /** Enter in a typed field saves it and goes on to the next item's answer. */
  function onTypedKey(event: KeyboardEvent<HTMLInputElement>, itemKey: string, index: number) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    saveIfWaiting(itemKey);
    next(index);
  }

  /** Saves whatever is still waiting for its delay, then waits for every save in flight. */
  async function flush() {
    for (const [itemKey, timer] of timers.current) {
      clearTimeout(timer);
      void save(itemKey);
    }
    await Promise.all(pending.current.values());
  }

  const next = (index: number) => (inputs.current[index + 1] ?? finaliseRef.current)?.focus();

  function onYesNoKey(event: KeyboardEvent<HTMLInputElement>, item: Item, index: number) {
    if (event.key === 'Enter') {
      event.preventDefault();
      next(index);
      return;
    }
    if (event.key === 'Backspace' || event.key === 'Delete') {
      event.preventDefault();
      change(item.key, { value: '' }, 0);
      return;
    }
    const answer = answerForKey(event.key);
    if (answer && !event.ctrlKey && !event.altKey && !event.metaKey) {
      event.preventDefault();
      change(item.key, { value: answer }, 0);
      next(index);
    }
  }

  async function finalise() {
    await flush();
    const result = await call(
      api['inspections.finalise']({ inspectionId: detail.id, inspectedOn: isoDate(inspectedOn) ?? '' }),
      formTarget(setFormError),
    );
    if (result) {
      setDetail(result);
      onChanged();
    }
  }

  return (
    <section aria-labelledby="dd-inspection-business">
      <h2 id="dd-inspection-business">
        {detail.business.name} <Tag>{detail.code}</Tag> <Tag>{t(`inspections.status.${detail.status}`)}</Tag>
      </h2>
      <p className="dd-hint">
        {detail.plan.title} · {t('inspections.templates.version', { version: detail.template.version })}
      </p>
      {!final && <p className="dd-hint">{t('inspections.results.hint')}</p>}
      {final && <Alert type="info" showIcon title={t('inspections.results.finalOn', { date: formatDate(detail.inspectedOn) })} className="dd-gap-bottom" />}
      <ol className="dd-checklist">
        {items.map((item, index) => {
          const n = index + 1;
          const value = values[item.key] ?? '';
          const error = rowErrors[item.key];
          const common = {
            'aria-label': t('inspections.results.answer', { n }),
            'aria-describedby': `dd-item-${item.key}`,
            'aria-invalid': error ? true : undefined,
            ref: (el: HTMLInputElement | null) => {
              inputs.current[index] = el;
            },
          };
          return (
            <li key={item.key} className="dd-checklist-item">
              <span id={`dd-item-${item.key}`} className="dd-checklist-text">
                {item.text} {item.required && <span className="dd-hint">{t('inspections.results.required')}</span>}
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
                  <input {...common} className="ant-input dd-yesno" readOnly value={label(item, value)} onKeyDown={(e) => onYesNoKey(e, item, index)} />
                ) : (
                  <input
                    {...common}
                    className="ant-input"
                    inputMode={item.kind === 'number' ? 'decimal' : 'text'}
                    value={value}
                    maxLength={500}
                    onChange={(e) => change(item.key, { value: e.target.value }, SAVE_DELAY_MS)}
                    onBlur={() => saveIfWaiting(item.key)}
                    onKeyDown={(e) => onTypedKey(e, item.key, index)}
                  />
                )}
                {!final && item.unit && <span className="dd-hint"> {item.unit}</span>}
                {final ? (
                  notes[item.key] && <span className="dd-checklist-note">{t('inspections.results.noteShown', { note: notes[item.key] ?? '' })}</span>
                ) : (
                  // Tab reaches the note; Enter in it goes on to the next item like Enter in an answer.
                  <input
                    className="ant-input dd-checklist-note"
                    aria-label={t('inspections.results.note', { n })}
                    placeholder={t('inspections.results.notePlaceholder')}
                    value={notes[item.key] ?? ''}
                    maxLength={500}
                    onChange={(e) => change(item.key, { note: e.target.value }, SAVE_DELAY_MS)}
                    onBlur={() => saveIfWaiting(item.key)}
                    onKeyDown={(e) => onTypedKey(e, item.key, index)}
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
      </ol>
      {!final && savedAt && (
        <p role="status" className="dd-hint">
          {t('inspections.results.saved', { time: formatDateTime(savedAt) })}
        </p>
      )}
      {formError && <Alert type="error" showIcon title={formError} role="alert" className="dd-gap-bottom" />}
      <Space wrap className="dd-gap-bottom">
        {!final && (
          <>
            <DatePicker
              format={DATE_INPUT_FORMATS}
              aria-label={t('inspections.results.inspectedOn')}
              placeholder={t('inspections.results.inspectedOn')}
              value={inspectedOn}
              onChange={(d: Dayjs | null) => setInspectedOn(d)}
            />
            <Button type="primary" ref={finaliseRef} onClick={() => void finalise()}>
              {t('inspections.results.finalise')}
            </Button>
          </>
        )}
        <Button onClick={() => setPrinting({ code: detail.code, planId: null, minutes: false })}>{t('inspections.print.one')}</Button>
        {final && <Button onClick={() => setPrinting({ code: detail.code, planId: null, minutes: true })}>{t('inspections.print.minutes')}</Button>}
      </Space>
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
            setValues(Object.fromEntries(d.answers.map((a) => [a.itemKey, a.value])));
            setNotes(Object.fromEntries(d.answers.map((a) => [a.itemKey, a.note])));
            setAmending(null);
            onChanged();
          }}
        />
      )}
      {printing && <PrintPreview request={printing} onClose={() => setPrinting(null)} />}
    </section>
  );
}

function AmendDialog({ detail, item, n, onClose, onAmended }: { detail: Detail; item: Item; n: number; onClose: () => void; onAmended: (d: Detail) => void }) {
  const { t } = useT();
  const call = useApiCall();
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [formError, setFormError] = useState<string | null>(null);

  async function submit() {
    const typed = item.kind === 'yesno' ? answerForText(value) : value;
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
