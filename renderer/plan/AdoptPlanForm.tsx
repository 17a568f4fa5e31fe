import { Button, DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../api';
import { DATE_INPUT_FORMATS } from '../businesses/businessFormValues';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';

interface Values {
  documentRef: string;
  adoptedOn: Dayjs | null;
  startFrom: 'defaults' | 'previous';
}

/** An administrator enters the year's plan: the province document, its date, and where the targets start from. */
export function AdoptPlanForm({ year, onAdopted }: { year: number; onAdopted: () => void }) {
  const { t } = useT();
  const call = useApiCall();
  const [form] = Form.useForm<Values>();

  async function submit(values: Values) {
    const adopted = await call(
      api['plan.adopt']({
        year,
        documentRef: values.documentRef,
        adoptedOn: values.adoptedOn?.format('YYYY-MM-DD') ?? '',
        startFrom: values.startFrom,
      }),
    );
    if (adopted) onAdopted();
  }

  return (
    <section aria-labelledby="dd-adopt-title">
      <h2 id="dd-adopt-title" className="dd-section-title">
        {t('plan.adopt.title', { year: String(year) })}
      </h2>
      <Form form={form} name="adoptPlan" layout="vertical" initialValues={{ documentRef: '', adoptedOn: null, startFrom: 'defaults' }} onFinish={(v) => void submit(v)}>
        <Form.Item label={t('plan.adopt.documentRef')} name="documentRef">
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item label={t('plan.adopt.adoptedOn')} name="adoptedOn" required rules={[{ required: true, message: t('validation.required') }]}>
          <DatePicker format={DATE_INPUT_FORMATS} placeholder="dd/mm/yyyy" />
        </Form.Item>
        <Form.Item label={t('plan.adopt.startFrom')} name="startFrom">
          <Radio.Group
            options={[
              { value: 'defaults', label: t('plan.adopt.defaults') },
              { value: 'previous', label: t('plan.adopt.previous') },
            ]}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('plan.adopt.submit')}
        </Button>
      </Form>
    </section>
  );
}
