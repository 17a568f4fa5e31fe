import { App as AntApp, Alert, Button, Form, Input, Modal } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { ProcedureOutput } from '../../electron/api/contract';
import { api } from '../api';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';
import { DateInput } from '../components/DateInput';
import { clearWhenChanged } from '../components/liveValidation';
import { NumberInput, type NumberValue } from '../components/NumberInput';
import { focusFirstField, useGuardedClose } from '../components/unsavedGuard';
import { formatViNumber } from '../components/viNumber';
import { formatDate, formatDateTime } from '../i18n/translate';
import { isoDate, pickerDate } from '../inspections/dates';
import type { Dayjs } from 'dayjs';

type Plan = NonNullable<ProcedureOutput<'plan.dashboard'>['plan']>;
type Amendment = ProcedureOutput<'plan.amendments'>[number];

interface Values {
  documentRef: string;
  adoptedOn: Dayjs | null;
  reason: string;
  [code: string]: unknown;
}

/** An adopted plan amended by the administrator: number, date, thresholds, with a reason kept in its history. */
export function AmendPlanButton({ plan, onAmended }: { plan: Plan; onAmended: () => void }) {
  const { t } = useT();
  const { message } = AntApp.useApp();
  const call = useApiCall();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const body = useRef<HTMLDivElement>(null);
  const close = useGuardedClose(() => form.isFieldsTouched(), () => setOpen(false), open);

  function show() {
    form.resetFields();
    form.setFieldsValue({
      documentRef: plan.documentRef,
      adoptedOn: pickerDate(plan.adoptedOn),
      reason: '',
      ...Object.fromEntries(plan.targets.map((target) => [target.code, target.threshold])),
    });
    setFormError(null);
    setOpen(true);
  }

  async function save() {
    const v = form.getFieldsValue(true) as Values;
    const thresholds = Object.fromEntries(plan.targets.map((target) => [target.code, v[target.code] as NumberValue]));
    const amended = await call(
      api['plan.amend']({
        planId: plan.id,
        documentRef: v.documentRef ?? '',
        adoptedOn: isoDate(v.adoptedOn) ?? '',
        thresholds: thresholds as Record<string, number>,
        reason: v.reason ?? '',
      }),
      { form, fields: ['documentRef', 'adoptedOn', 'reason', ...plan.targets.map((target) => target.code)], setFormError },
    );
    if (!amended) return;
    setOpen(false);
    void message.success(t('plan.amend.saved'));
    onAmended();
  }

  return (
    <>
      <Button onClick={show}>{t('plan.amend.open')}</Button>
      <Modal
        open={open}
        title={t('plan.amend.title', { year: String(plan.year) })}
        width={760}
        onCancel={close}
        onOk={() => void save()}
        okText={t('plan.amend.save')}
        cancelText={t('common.cancel')}
        forceRender
        afterOpenChange={(visible) => visible && focusFirstField(body.current)}
      >
        <div ref={body}>
          <p className="dd-hint">{t('plan.amend.hint')}</p>
          {formError && <Alert className="dd-gap-bottom" type="error" showIcon role="alert" title={formError} />}
          <Form form={form} layout="vertical" name="amendPlan" onValuesChange={clearWhenChanged(form)}>
            <Form.Item label={t('plan.adopt.documentRef')} name="documentRef">
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item label={t('plan.adopt.adoptedOn')} name="adoptedOn" required>
              <DateInput />
            </Form.Item>
            <fieldset className="dd-adopt-targets">
              <legend className="dd-hint">{t('plan.adopt.thresholds')}</legend>
              {plan.targets.map((target) => (
                <Form.Item key={target.code} name={target.code} label={`${target.code}. ${target.text}`} className="dd-adopt-target">
                  <NumberInput aria-label={t('plan.adopt.thresholdOf', { code: target.code })} min={0} decimals={2} suffix="%" />
                </Form.Item>
              ))}
            </fieldset>
            <Form.Item label={t('plan.amend.reason')} name="reason" required>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
            </Form.Item>
          </Form>
        </div>
      </Modal>
    </>
  );
}

/** The plan's amendments, oldest first, with who made them and why. */
export function PlanAmendmentHistory({ planId, token }: { planId: string; token: unknown }) {
  const { t } = useT();
  const call = useApiCall();
  const [rows, setRows] = useState<Amendment[]>([]);
  useEffect(() => {
    void call(api['plan.amendments']({ planId })).then((value) => value && setRows(value));
  }, [call, planId, token]);
  if (rows.length === 0) return null;
  const shown = (field: Amendment['changes'][number]['field'], v: string | number) =>
    field === 'threshold' && typeof v === 'number' ? formatViNumber(v) : field === 'adoptedOn' ? formatDate(String(v)) : String(v) || '–';
  return (
    <section aria-labelledby="dd-plan-amendments">
      <h2 id="dd-plan-amendments" className="dd-section-title">
        {t('plan.amend.history')}
      </h2>
      <ul className="dd-history" aria-labelledby="dd-plan-amendments">
        {rows.map((a) => (
          <li key={a.id}>
            {t('plan.amend.entry', {
              at: formatDateTime(a.at),
              by: a.by ?? '',
              reason: a.reason,
              changes: a.changes.map((c) => t(`plan.amend.change.${c.field}`, { code: c.code ?? '', before: shown(c.field, c.before), after: shown(c.field, c.after) })).join('; '),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
