import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { SignInInput } from '../../electron/api/schemas/office';
import { api } from '../api';
import { issuesFromZod, showIssuesInForm } from '../app/formErrors';
import { useT } from '../app/i18n';
import { PublicPage } from '../app/PublicPage';
import { useSession } from '../app/session';
import { useApiCall } from '../app/useApiCall';

const FIELDS = ['name', 'password'] as const;

interface SignInValues {
  name?: string;
  password?: string;
}

/** User name and password; Enter submits. */
export function SignInPage() {
  const { t, tKey } = useT();
  const { status, reload } = useSession();
  const call = useApiCall();
  const [form] = Form.useForm<SignInValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(values: SignInValues) {
    const parsed = SignInInput.safeParse({ name: values.name ?? '', password: values.password ?? '' });
    const issues = parsed.success ? [] : issuesFromZod(parsed.error);
    showIssuesInForm(form, issues, FIELDS, tKey);
    if (!parsed.success) return;
    setBusy(true);
    const user = await call(api['session.signIn'](parsed.data), { form, fields: FIELDS, setFormError });
    setBusy(false);
    if (user) await reload();
    else form.setFieldValue('password', '');
  }

  return (
    <PublicPage title={t('signIn.title')}>
      {status.office && (
        <p>
          {status.office.officeName} · {status.office.unitName}
        </p>
      )}
      {formError && <Alert className="dd-gap-bottom" type="error" showIcon title={formError} role="alert" />}
      <Form form={form} name="signIn" layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item label={t('signIn.name')} name="name" required>
          <Input autoFocus autoComplete="username" maxLength={100} />
        </Form.Item>
        <Form.Item label={t('signIn.password')} name="password" required>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block>
          {t('signIn.submit')}
        </Button>
      </Form>
    </PublicPage>
  );
}
