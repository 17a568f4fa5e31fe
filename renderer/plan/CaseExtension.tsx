import { Alert, Form, Input, Modal } from 'antd';
import { DateInput } from '../components/DateInput';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../api';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';
import { isoDate, pickerDate, todayIso } from '../inspections/dates';
import type { CaseOut } from './caseFormValues';

const FIELDS = ['extendedOn', 'reason', 'newDeadline'] as const;

/** An extension of a case's deadline: a step with its reason and the new deadline (kept in the case's history). */
export function CaseExtensionDialog({ c, onClose, onSaved }: { c: CaseOut; onClose: () => void; onSaved: () => void }) {
  const { t } = useT();
  const call = useApiCall();
  const [form] = Form.useForm<{ extendedOn: Dayjs | null; reason: string; newDeadline: Dayjs | null }>();
  const [formError, setFormError] = useState<string | null>(null);

  async function submit() {
    const v = form.getFieldsValue(true);
    const input = { caseId: c.id, extendedOn: isoDate(v.extendedOn) ?? '', reason: v.reason ?? '', newDeadline: isoDate(v.newDeadline) ?? '' };
    if (await call(api['cases.extend'](input), { form, fields: FIELDS, setFormError })) onSaved();
  }

  const date = (label: string) => <DateInput className="dd-full-width" aria-label={label} />;
  return (
    <Modal open title={t('cases.extend.title', { content: c.content })} okText={t('common.save')} cancelText={t('common.cancel')} onOk={() => void submit()} onCancel={onClose}>
      {formError && <Alert type="error" showIcon title={formError} role="alert" className="dd-gap-bottom" />}
      <Form form={form} layout="vertical" name="caseExtension" initialValues={{ reason: '', extendedOn: pickerDate(todayIso()) }}>
        <Form.Item name="extendedOn" label={t('cases.extend.extendedOn')}>
          {date(t('cases.extend.extendedOn'))}
        </Form.Item>
        <Form.Item name="reason" label={t('cases.extend.reason')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item name="newDeadline" label={t('cases.extend.newDeadline')}>
          {date(t('cases.extend.newDeadline'))}
        </Form.Item>
      </Form>
    </Modal>
  );
}
