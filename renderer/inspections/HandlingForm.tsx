import { Alert, Form, Input, Modal, Select } from 'antd';
import { DateInput } from '../components/DateInput';
import { NumberInput } from '../components/NumberInput';
import type { Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { CLOSE_REASONS, MAIN_SANCTIONS } from '../../electron/api/schemas/inspections';
import type { ProcedureInput } from '../../electron/api/contract';
import { api } from '../api';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';
import { isoDate, pickerDate, todayIso } from './dates';
import type { Violation } from './ViolationList';

type Step = ProcedureInput<'inspections.recordHandling'>['step'];
const STEPS: readonly Step[] = ['record', 'decision', 'transfer', 'close', 'reminder'];

/** The next step a clerk usually records: the violation record first, then the sanction decision. */
export function nextStep(v: Pick<Violation, 'recordNo' | 'outcome'>): Step {
  return v.recordNo === '' ? 'record' : 'decision';
}

const FIELDS = [
  'on', 'recordNo', 'recordOn', 'recordBy', 'provision', 'deadline', 'decisionNo', 'decidedOn', 'decisionBy', 'mainSanction', 'fineAmount',
  'licenceWithdrawn', 'licenceMonths', 'suspensionMonths', 'confiscation', 'remedial', 'to', 'transferredTo', 'transferredOn', 'reason', 'note', 'closedOn',
] as const;
type Values = Partial<Record<(typeof FIELDS)[number], string | number | Dayjs | null>>;

const text = (v: Values[keyof Values]) => (typeof v === 'string' ? v : '');
// A refused number stays the typed text and a refused or empty date stays empty, so the API refuses
// it at the field: nothing is rounded and no date is silently replaced by today.
const num = (v: Values[keyof Values]) => (typeof v === 'number' ? v : typeof v === 'string' && v !== '' ? (v as unknown as number) : null);
const day = (v: Values[keyof Values]) => (v && typeof v === 'object' ? isoDate(v) : null) ?? '';
const optDay = (v: Values[keyof Values]) => (v && typeof v === 'object' ? isoDate(v) : null);

/** The form's values as one step of the API's handling chain. */
export function handlingInput(id: string, step: Step, v: Values): ProcedureInput<'inspections.recordHandling'> {
  switch (step) {
    case 'reminder':
      return { id, step, on: day(v.on) };
    case 'record':
      return { id, step, recordNo: text(v.recordNo), recordOn: day(v.recordOn), recordBy: text(v.recordBy), provision: text(v.provision), deadline: optDay(v.deadline) };
    case 'decision':
      return {
        id,
        step,
        decisionNo: text(v.decisionNo),
        decidedOn: day(v.decidedOn),
        decisionBy: text(v.decisionBy),
        mainSanction: v.mainSanction === 'fine' ? 'fine' : 'warning',
        fineAmount: v.mainSanction === 'fine' ? num(v.fineAmount) : null,
        licenceWithdrawn: text(v.licenceWithdrawn),
        licenceMonths: num(v.licenceMonths),
        suspensionMonths: num(v.suspensionMonths),
        confiscation: text(v.confiscation),
        remedial: text(v.remedial),
        deadline: optDay(v.deadline),
      };
    case 'transfer':
      return { id, step, to: v.to === 'police' ? 'police' : 'competent', transferredTo: text(v.transferredTo), transferredOn: day(v.transferredOn) };
    case 'close':
      return { id, step, reason: CLOSE_REASONS.find((r) => r === v.reason) ?? 'not_sanctionable', note: text(v.note), closedOn: day(v.closedOn) };
  }
}

/** Records one step of a violation's handling: record, decision, transfer, lawful closing, or a reminder. */
export function HandlingForm({ violation, onClose, onSaved }: { violation: Violation; onClose: () => void; onSaved: () => void }) {
  const { t } = useT();
  const call = useApiCall();
  const [form] = Form.useForm<Values>();
  const [step, setStep] = useState<Step>(nextStep(violation));
  const [formError, setFormError] = useState<string | null>(null);
  const mainSanction = Form.useWatch('mainSanction', form);

  async function submit() {
    const saved = await call(api['inspections.recordHandling'](handlingInput(violation.id, step, form.getFieldsValue(true))), { form, fields: FIELDS, setFormError });
    if (saved) onSaved();
  }

  const date = (label: string) => <DateInput className="dd-full-width" aria-label={label} />;
  const item = (name: (typeof FIELDS)[number], label: string, input: ReactNode) => (
    <Form.Item name={name} label={label}>
      {input}
    </Form.Item>
  );
  const months = (label: string) => <NumberInput className="dd-full-width" aria-label={label} integer min={1} max={24} />;

  return (
    <Modal open title={`${t('inspections.violations.record')}: ${violation.businessName}`} onCancel={onClose} onOk={() => void submit()} okText={t('common.save')} cancelText={t('common.cancel')} width={640}>
      <p>{violation.description}</p>
      {formError && <Alert type="error" showIcon title={formError} role="alert" className="dd-gap-bottom" />}
      <label className="dd-block-label">
        {t('inspections.step.label')}
        <Select<Step> className="dd-full-width" aria-label={t('inspections.step.label')} value={step} onChange={setStep} options={STEPS.map((s) => ({ value: s, label: t(`inspections.step.${s}`) }))} />
      </label>
      <Form
        form={form}
        layout="vertical"
        name="handling"
        initialValues={{
          recordNo: violation.recordNo,
          // Required dates show today from the start: what is saved is what the clerk sees.
          on: pickerDate(todayIso()),
          recordOn: pickerDate(violation.recordOn ?? todayIso()),
          decidedOn: pickerDate(todayIso()),
          transferredOn: pickerDate(todayIso()),
          closedOn: pickerDate(todayIso()),
          recordBy: violation.recordBy,
          provision: violation.provision,
          deadline: pickerDate(violation.deadline),
          decisionNo: violation.decisionNo,
          decisionBy: violation.decisionBy,
          mainSanction: violation.mainSanction ?? 'fine',
          fineAmount: violation.fineAmount,
          to: 'competent',
          reason: 'not_sanctionable',
        }}
      >
        {step === 'reminder' && (
          <>
            <Alert type="info" showIcon title={t('inspections.handling.reminderNote')} className="dd-gap-bottom" />
            {item('on', t('inspections.handling.on'), date(t('inspections.handling.on')))}
          </>
        )}
        {step === 'record' && (
          <>
            {item('recordNo', t('inspections.handling.recordNo'), <Input maxLength={60} />)}
            {item('recordOn', t('inspections.handling.recordOn'), date(t('inspections.handling.recordOn')))}
            {item('recordBy', t('inspections.handling.recordBy'), <Input maxLength={200} />)}
            {item('provision', t('inspections.handling.provision'), <Input maxLength={300} />)}
            {item('deadline', t('inspections.handling.deadline'), date(t('inspections.handling.deadline')))}
          </>
        )}
        {step === 'decision' && (
          <>
            {item('decisionNo', t('inspections.handling.decisionNo'), <Input maxLength={60} />)}
            {item('decidedOn', t('inspections.handling.decidedOn'), date(t('inspections.handling.decidedOn')))}
            {item('decisionBy', t('inspections.handling.decisionBy'), <Input maxLength={200} />)}
            {item(
              'mainSanction',
              t('inspections.handling.mainSanction'),
              <Select aria-label={t('inspections.handling.mainSanction')} options={MAIN_SANCTIONS.map((m) => ({ value: m, label: t(`inspections.sanction.${m}`) }))} />,
            )}
            {mainSanction === 'fine' &&
              item('fineAmount', t('inspections.handling.amount'), <NumberInput className="dd-full-width" aria-label={t('inspections.handling.amount')} integer min={1} />)}
            <p className="dd-block-label">{t('inspections.handling.supplementary')}</p>
            {item('licenceWithdrawn', t('inspections.handling.licenceWithdrawn'), <Input maxLength={200} />)}
            {item('licenceMonths', t('inspections.handling.licenceMonths'), months(t('inspections.handling.licenceMonths')))}
            {item('suspensionMonths', t('inspections.handling.suspensionMonths'), months(t('inspections.handling.suspensionMonths')))}
            {item('confiscation', t('inspections.handling.confiscation'), <Input maxLength={500} />)}
            {item('remedial', t('inspections.handling.remedial'), <Input maxLength={500} />)}
            {item('deadline', t('inspections.handling.deadline'), date(t('inspections.handling.deadline')))}
          </>
        )}
        {step === 'transfer' && (
          <>
            {item(
              'to',
              t('inspections.handling.transferKind'),
              <Select aria-label={t('inspections.handling.transferKind')} options={(['competent', 'police'] as const).map((k) => ({ value: k, label: t(`inspections.transfer.${k}`) }))} />,
            )}
            {item('transferredTo', t('inspections.handling.transferredTo'), <Input maxLength={200} />)}
            {item('transferredOn', t('inspections.handling.transferredOn'), date(t('inspections.handling.transferredOn')))}
          </>
        )}
        {step === 'close' && (
          <>
            {item(
              'reason',
              t('inspections.handling.closeReason'),
              <Select aria-label={t('inspections.handling.closeReason')} options={CLOSE_REASONS.map((r) => ({ value: r, label: t(`inspections.closeReason.${r}`) }))} />,
            )}
            {item('note', t('inspections.handling.closeNote'), <Input maxLength={500} />)}
            {item('closedOn', t('inspections.handling.closedOn'), date(t('inspections.handling.closedOn')))}
          </>
        )}
      </Form>
    </Modal>
  );
}
