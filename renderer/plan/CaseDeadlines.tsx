import { Alert, Button, Form, Modal } from 'antd';
import { NumberInput } from '../components/NumberInput';
import { useState } from 'react';
import { api } from '../api';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';

const CASE_KINDS = ['denunciation', 'report', 'complaint'] as const;
type Values = Record<(typeof CASE_KINDS)[number], number>;

/** An administrator sets the legal deadline (days) of each kind of case; new cases take it when no deadline is given. */
export function CaseDeadlinesButton({ onSaved }: { onSaved: () => void }) {
  const { t } = useT();
  const call = useApiCall();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);

  async function show() {
    const current = await call(api['cases.deadlines']({}));
    if (!current) return;
    setOpen(true);
    setFormError(null);
    form.setFieldsValue(current);
  }

  async function save() {
    const values = form.getFieldsValue();
    for (const kind of CASE_KINDS) {
      const saved = await call(api['cases.setDeadline']({ kind, days: values[kind] }), { form, fields: [], setFormError });
      if (!saved) return;
    }
    setOpen(false);
    onSaved();
  }

  return (
    <>
      <Button onClick={() => void show()}>{t('cases.deadlines.open')}</Button>
      <Modal open={open} title={t('cases.deadlines.title')} okText={t('common.save')} cancelText={t('common.cancel')} onOk={() => void save()} onCancel={() => setOpen(false)} forceRender>
        <Form form={form} layout="vertical" name="caseDeadlines">
          <p className="dd-hint">{t('cases.deadlines.hint')}</p>
          {CASE_KINDS.map((kind) => (
            <Form.Item key={kind} name={kind} label={t(`cases.kind.${kind}`)}>
              <NumberInput integer min={1} max={365} suffix={t('cases.deadlines.days')} />
            </Form.Item>
          ))}
          {formError && <Alert type="error" showIcon title={formError} />}
        </Form>
      </Modal>
    </>
  );
}
