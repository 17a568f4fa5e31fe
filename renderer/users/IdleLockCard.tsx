import { App as AntApp, Alert, Button, Card, Form, Space } from 'antd';
import { NumberInput } from '../components/NumberInput';
import { useState } from 'react';
import { IDLE_LOCK_RANGE, IdleLockInput } from '../../electron/api/schemas/users';
import { api } from '../api';
import { issuesFromZod, showIssuesInForm } from '../app/formErrors';
import { useT } from '../app/i18n';
import { useSession } from '../app/session';
import { useApiCall } from '../app/useApiCall';

const FIELDS = ['minutes'] as const;

/** The office's idle time before the screen locks (administrators). */
export function IdleLockCard() {
  const { t, tKey } = useT();
  const { message } = AntApp.useApp();
  const { status, reload } = useSession();
  const call = useApiCall();
  const [form] = Form.useForm<{ minutes?: number | null }>();
  const [formError, setFormError] = useState<string | null>(null);

  async function save(values: { minutes?: number | null }) {
    const parsed = IdleLockInput.safeParse({ minutes: values.minutes ?? undefined });
    showIssuesInForm(form, parsed.success ? [] : issuesFromZod(parsed.error), FIELDS, tKey);
    if (!parsed.success) return;
    const saved = await call(api['session.setIdleLock'](parsed.data), { form, fields: FIELDS, setFormError });
    if (!saved) return;
    void message.success(t('users.idleLock.saved', { minutes: saved.idleMinutes }));
    await reload();
  }

  return (
    <Card size="small" title={<h2 className="dd-section-title">{t('users.idleLock.title')}</h2>} className="dd-gap-top">
      {formError && <Alert className="dd-gap-bottom" type="error" showIcon title={formError} role="alert" />}
      <Form form={form} name="idleLock" layout="vertical" initialValues={{ minutes: status.lock.idleMinutes }} onFinish={(v) => void save(v)}>
        <Form.Item label={t('users.idleLock.minutes')} extra={t('users.idleLock.range')} required>
          <Space>
            <Form.Item name="minutes" noStyle>
              <NumberInput integer min={IDLE_LOCK_RANGE.min} max={IDLE_LOCK_RANGE.max} aria-label={t('users.idleLock.minutes')} />
            </Form.Item>
            <Button htmlType="submit">{t('common.save')}</Button>
          </Space>
        </Form.Item>
      </Form>
    </Card>
  );
}
