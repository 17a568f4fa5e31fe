import { Alert, Button, Form, Input, Modal, Radio, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { ProcedureOutput } from '../../electron/api/contract';
import { api } from '../api';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';
import { DateInput } from '../components/DateInput';
import { clearWhenChanged } from '../components/liveValidation';
import { NumberInput } from '../components/NumberInput';
import { formatViNumber } from '../components/viNumber';
import { useUnsavedGuard } from '../components/unsavedGuard';
import { formatDate } from '../i18n/translate';

type StartFrom = 'defaults' | 'previous';
type StartingTargets = ProcedureOutput<'plan.startingTargets'>;

interface Values {
  documentRef: string;
  adoptedOn: Dayjs | null;
  startFrom: StartFrom;
  periodConvention: 'calendar' | 'cutoff';
  /** Each target's threshold, under its code (T1..T12), and its kind under kind_<code>. */
  [code: string]: unknown;
}

/**
 * An administrator enters the year's plan: the province document, its date, where the targets start from,
 * and each target's threshold. Adopting freezes the denominators, so it happens only by the explicit
 * button and a confirmation saying so; Enter in a field never adopts. Leaving a half-filled form asks first.
 */
export function AdoptPlanForm({ year, onAdopted }: { year: number; onAdopted: () => void }) {
  const { t } = useT();
  const call = useApiCall();
  const [form] = Form.useForm<Values>();
  const startFrom = Form.useWatch('startFrom', form) ?? 'defaults';
  const [targets, setTargets] = useState<StartingTargets>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Values | null>(null);
  const [adopted, setAdopted] = useState(false);
  useUnsavedGuard(() => !adopted && form.isFieldsTouched());

  useEffect(() => {
    void call(api['plan.startingTargets']({ year, startFrom }), { form, fields: [], setFormError }).then((value) => {
      setTargets(value ?? []);
      for (const target of value ?? []) {
        form.setFieldValue(target.code, target.threshold);
        form.setFieldValue(`kind_${target.code}`, target.thresholdKind);
      }
    });
  }, [call, form, year, startFrom]);

  async function adopt(values: Values) {
    setConfirming(null);
    const thresholds = Object.fromEntries(targets.map((target) => [target.code, values[target.code] as number]));
    const thresholdKinds = Object.fromEntries(targets.map((target) => [target.code, values[`kind_${target.code}`] as 'percent' | 'count']));
    const plan = await call(
      api['plan.adopt']({
        year,
        documentRef: values.documentRef ?? '',
        adoptedOn: values.adoptedOn?.isValid() ? values.adoptedOn.format('YYYY-MM-DD') : values.adoptedOn ? 'invalid' : '',
        startFrom: values.startFrom,
        thresholds,
        thresholdKinds,
        periodConvention: values.periodConvention,
      }),
      { form, fields: ['documentRef', 'adoptedOn', ...targets.map((target) => target.code)], setFormError },
    );
    if (plan) {
      setAdopted(true);
      onAdopted();
    }
  }

  const values = confirming;
  return (
    <section aria-labelledby="dd-adopt-title">
      <h2 id="dd-adopt-title" className="dd-section-title">
        {t('plan.adopt.title', { year: String(year) })}
      </h2>
      {/* No onFinish: Enter in a field submits nothing. */}
      <Form form={form} name="adoptPlan" layout="vertical" initialValues={{ documentRef: '', adoptedOn: null, startFrom: 'defaults', periodConvention: 'calendar' }} onValuesChange={clearWhenChanged(form)}>
        <Form.Item label={t('plan.adopt.documentRef')} name="documentRef">
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item label={t('plan.adopt.adoptedOn')} name="adoptedOn" required>
          <DateInput />
        </Form.Item>
        <Form.Item label={t('plan.adopt.startFrom')} name="startFrom">
          <Radio.Group
            options={[
              { value: 'defaults', label: t('plan.adopt.defaults') },
              { value: 'previous', label: t('plan.adopt.previous') },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('plan.periodConvention')} name="periodConvention">
          <Radio.Group
            options={[
              { value: 'calendar', label: t('plan.periodConvention.calendar') },
              { value: 'cutoff', label: t('plan.periodConvention.cutoff') },
            ]}
          />
        </Form.Item>
        {targets.length > 0 && (
          <fieldset className="dd-adopt-targets">
            <legend className="dd-hint">{t('plan.adopt.thresholds')}</legend>
            {targets.map((target) => (
              <Form.Item key={target.code} label={`${target.code}. ${target.text}`} className="dd-adopt-target">
                {/* Errors of the two fields show under this item (noStyle fields report to their parent). */}
                <Space.Compact>
                  <Form.Item name={target.code} noStyle>
                    <NumberInput aria-label={t('plan.adopt.thresholdOf', { code: target.code })} min={0} decimals={2} />
                  </Form.Item>
                  <Form.Item name={`kind_${target.code}`} noStyle>
                    <Select
                      aria-label={t('plan.adopt.kindOf', { code: target.code })}
                      options={[
                        { value: 'percent', label: t('plan.thresholdKind.percent') },
                        { value: 'count', label: t('plan.thresholdKind.count') },
                      ]}
                    />
                  </Form.Item>
                </Space.Compact>
              </Form.Item>
            ))}
          </fieldset>
        )}
        {formError && <Alert className="dd-gap-bottom" type="error" showIcon title={formError} />}
        <Button type="primary" onClick={() => setConfirming(form.getFieldsValue(true) as Values)}>
          {t('plan.adopt.ask')}
        </Button>
      </Form>
      {values && (
        <Modal
          open
          title={t('plan.adopt.confirmTitle', { year: String(year) })}
          onCancel={() => setConfirming(null)}
          footer={
            <Space>
              <Button autoFocus onClick={() => setConfirming(null)}>
                {t('common.cancel')}
              </Button>
              <Button type="primary" onClick={() => void adopt(values)}>
                {t('plan.adopt.confirmOk')}
              </Button>
            </Space>
          }
        >
          <p>
            {t('plan.adopt.confirmDocument', {
              ref: values.documentRef || '–',
              date: values.adoptedOn?.isValid() ? formatDate(values.adoptedOn.format('YYYY-MM-DD')) : '–',
            })}
          </p>
          <p>
            {t('plan.adopt.confirmThresholds', {
              list: targets
                .map((target) => {
                  const threshold = values[target.code];
                  const shown = typeof threshold === 'number' ? formatViNumber(threshold) : String(threshold ?? '–');
                  // A count threshold (3.500 workers) has no percent sign.
                  return `${target.code} ${shown}${values[`kind_${target.code}`] === 'count' ? '' : '%'}`;
                })
                .join(', '),
            })}
          </p>
          <Alert type="warning" showIcon title={t('plan.adopt.confirmFreeze')} />
        </Modal>
      )}
    </section>
  );
}
