import { Alert, Button, Input, Modal, Select, Space } from 'antd';
import { DateInput } from '../components/DateInput';
import { NumberInput, type NumberValue } from '../components/NumberInput';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { HANDLINGS } from '../../electron/api/schemas/inspections';
import { api } from '../api';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';
import { isoDate, pickerDate, todayIso } from './dates';
import { ViolationList, type Violation } from './ViolationList';

type Handling = (typeof HANDLINGS)[number];

/** The follow-up list: open violations, overdue first; record a handling, then close. */
export function ViolationsTab({ onChanged, onOpenInspection }: { onChanged: () => void; onOpenInspection: (code: string) => void }) {
  const { t } = useT();
  const call = useApiCall();
  const [violations, setViolations] = useState<Violation[]>([]);
  const [recording, setRecording] = useState<Violation | null>(null);
  const [reinspecting, setReinspecting] = useState<Violation | null>(null);

  const load = useCallback(() => {
    void call(api['inspections.violations']({ openOnly: true })).then((value) => value && setViolations(value));
  }, [call]);
  useEffect(load, [load]);

  async function close(v: Violation) {
    const closed = await call(api['inspections.closeViolation']({ id: v.id, closedOn: todayIso() }));
    if (closed) {
      load();
      onChanged();
    }
  }

  const overdue = violations.filter((v) => v.overdue).length;
  return (
    <>
      <h2>{t('inspections.violations.title')}</h2>
      <p role="status">{t('inspections.violations.summary', { open: violations.length, overdue })}</p>
      <ViolationList
        violations={violations}
        onOpenInspection={onOpenInspection}
        actions={(v) => (
          <Space>
            <Button size="small" onClick={() => setRecording(v)} aria-label={`${t('inspections.violations.record')}: ${v.businessName} - ${v.description}`}>
              {t('inspections.violations.record')}
            </Button>
            {!v.reinspectionCode && (
              <Button size="small" onClick={() => setReinspecting(v)}>
                {t('inspections.reinspect.action')}
              </Button>
            )}
            <Button size="small" onClick={() => void close(v)} aria-label={`${t('inspections.violations.close')}: ${v.businessName} - ${v.description}`}>
              {t('inspections.violations.close')}
            </Button>
          </Space>
        )}
      />
      {recording && (
        <HandlingDialog
          violation={recording}
          onClose={() => setRecording(null)}
          onSaved={() => {
            setRecording(null);
            load();
            onChanged();
          }}
        />
      )}
      {reinspecting && (
        <ReinspectionDialog
          violation={reinspecting}
          onClose={() => setReinspecting(null)}
          onSaved={() => {
            setReinspecting(null);
            load();
          }}
        />
      )}
    </>
  );
}

/** A re-inspection of the business goes into a plan and stays linked to the violation it follows up. */
function ReinspectionDialog({ violation, onClose, onSaved }: { violation: Violation; onClose: () => void; onSaved: () => void }) {
  const { t } = useT();
  const call = useApiCall();
  const [plans, setPlans] = useState<{ value: string; label: string }[]>([]);
  const [planId, setPlanId] = useState<string | null>(null);
  useEffect(() => {
    void call(api['inspections.plans']({})).then((value) => value && setPlans(value.map((p) => ({ value: p.id, label: p.title }))));
  }, [call]);

  async function submit() {
    if (!planId) return;
    if (await call(api['inspections.planReinspection']({ violationId: violation.id, planId }))) onSaved();
  }

  return (
    <Modal open title={`${t('inspections.reinspect.action')}: ${violation.businessName}`} onCancel={onClose} onOk={() => void submit()} okText={t('inspections.reinspect.plan')} cancelText={t('common.cancel')}>
      <label className="dd-block-label">
        {t('inspections.tab.plans')}
        <Select className="dd-full-width" aria-label={t('inspections.tab.plans')} options={plans} value={planId} onChange={setPlanId} />
      </label>
    </Modal>
  );
}

function HandlingDialog({ violation, onClose, onSaved }: { violation: Violation; onClose: () => void; onSaved: () => void }) {
  const { t } = useT();
  const call = useApiCall();
  const [handling, setHandling] = useState<Handling>(violation.handling ?? 'reminder');
  const [fineAmount, setFineAmount] = useState<NumberValue>(violation.fineAmount);
  const [decisionNo, setDecisionNo] = useState(violation.decisionNo);
  // The day shows in the field from the start: what is saved is what the clerk sees, never a silent today.
  const [handledOn, setHandledOn] = useState<Dayjs | null>(() => pickerDate(todayIso()));
  const [deadline, setDeadline] = useState<Dayjs | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  async function submit() {
    const saved = await call(
      api['inspections.recordHandling']({
        id: violation.id,
        handling,
        // A refused amount (the typed text) is sent as typed: the API refuses it, nothing is rounded.
        fineAmount: handling === 'fine' ? (fineAmount as number | null) : null,
        decisionNo,
        handledOn: isoDate(handledOn) ?? '',
        deadline: isoDate(deadline),
      }),
      { form: { setFields: () => undefined }, fields: [], setFormError },
    );
    if (saved) onSaved();
  }

  return (
    <Modal open title={`${t('inspections.violations.record')}: ${violation.businessName}`} onCancel={onClose} onOk={() => void submit()} okText={t('common.save')} cancelText={t('common.cancel')}>
      <p>{violation.description}</p>
      {formError && <Alert type="error" showIcon title={formError} role="alert" className="dd-gap-bottom" />}
      <label className="dd-block-label">
        {t('inspections.handling.kind')}
        <Select<Handling>
          className="dd-full-width"
          aria-label={t('inspections.handling.kind')}
          value={handling}
          onChange={setHandling}
          options={HANDLINGS.map((h) => ({ value: h, label: t(`inspections.handling.${h}`) }))}
        />
      </label>
      {handling === 'fine' && (
        <label className="dd-block-label">
          {t('inspections.handling.amount')}
          <NumberInput className="dd-full-width" aria-label={t('inspections.handling.amount')} integer min={1} value={fineAmount} onChange={setFineAmount} />
        </label>
      )}
      <label className="dd-block-label">
        {t('inspections.handling.decisionNo')}
        <Input value={decisionNo} onChange={(e) => setDecisionNo(e.target.value)} maxLength={60} />
      </label>
      <label className="dd-block-label">
        {t('inspections.handling.handledOn')}
        <DateInput className="dd-full-width" aria-label={t('inspections.handling.handledOn')} value={handledOn} onChange={setHandledOn} />
      </label>
      <label className="dd-block-label">
        {t('inspections.handling.deadline')}
        <DateInput className="dd-full-width" aria-label={t('inspections.handling.deadline')} value={deadline} onChange={setDeadline} />
      </label>
    </Modal>
  );
}
