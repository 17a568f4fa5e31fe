import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { SignInInput } from '../../electron/api/schemas/office';
import { api } from '../api';
import { issuesFromZod, showIssuesInForm, type FieldIssue } from '../app/formErrors';
import { useT } from '../app/i18n';
import { PublicPage } from '../app/PublicPage';
import { useSession } from '../app/session';
import { useApiCall } from '../app/useApiCall';

const FIELDS = ['name', 'password', 'oneTimeCode', 'newPassword', 'newPasswordAgain'] as const;

interface SignInValues {
  name?: string;
  password?: string;
  oneTimeCode?: string;
  newPassword?: string;
  newPasswordAgain?: string;
}

/**
 * User name and password; Enter submits. A user without a password yet (new, or reset by an
 * administrator) types the one-time code the administrator gave and a new password, twice.
 */
export function SignInPage() {
  const { t, tKey } = useT();
  const { status, reload } = useSession();
  const call = useApiCall();
  const [form] = Form.useForm<SignInValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(values: SignInValues) {
    const parsed = SignInInput.safeParse({
      name: values.name ?? '',
      password: choosing ? '' : (values.password ?? ''),
      newPassword: choosing ? (values.newPassword ?? '') : undefined,
      oneTimeCode: choosing ? (values.oneTimeCode ?? '') : undefined,
    });
    const issues: FieldIssue[] = parsed.success ? [] : issuesFromZod(parsed.error);
    if (choosing && values.newPassword !== values.newPasswordAgain) {
      issues.push({ path: 'newPasswordAgain', messageKey: 'validation.passwordMismatch' });
    }
    showIssuesInForm(form, issues, FIELDS, tKey);
    if (!parsed.success || issues.length > 0) return;
    setBusy(true);
    const result = await api['session.signIn'](parsed.data);
    setBusy(false);
    if (!result.ok && result.error.code === 'ONE_TIME_CODE_NEEDED' && !choosing) {
      setFormError(null);
      setChoosing(true);
      return;
    }
    const user = await call(Promise.resolve(result), { form, fields: FIELDS, setFormError });
    if (user) await reload();
    else form.setFieldsValue({ password: '', oneTimeCode: '', newPassword: '', newPasswordAgain: '' });
  }

  return (
    <PublicPage title={t('signIn.title')}>
      {status.office && (
        <p>
          {status.office.officeName} · {status.office.unitName}
        </p>
      )}
      {formError && <Alert className="dd-gap-bottom" type="error" showIcon title={formError} role="alert" />}
      {choosing && <Alert className="dd-gap-bottom" type="info" showIcon title={t('signIn.oneTimeCodeNeeded')} role="status" />}
      <Form form={form} name="signIn" layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item label={t('signIn.name')} name="name" required>
          <Input autoFocus autoComplete="username" maxLength={100} readOnly={choosing} />
        </Form.Item>
        {choosing ? (
          <>
            <Form.Item label={t('signIn.oneTimeCode')} name="oneTimeCode" required extra={t('signIn.oneTimeCodeHint')}>
              <Input autoFocus autoComplete="one-time-code" spellCheck={false} maxLength={40} />
            </Form.Item>
            <Form.Item label={t('users.newPassword')} name="newPassword" required>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item label={t('users.newPasswordAgain')} name="newPasswordAgain" required>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </>
        ) : (
          <Form.Item label={t('signIn.password')} name="password" required>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={busy} block>
          {t(choosing ? 'signIn.setPassword' : 'signIn.submit')}
        </Button>
        {choosing && (
          <Button
            className="dd-gap-top"
            block
            onClick={() => {
              setChoosing(false);
              form.setFieldsValue({ name: '', oneTimeCode: '', newPassword: '', newPasswordAgain: '' });
            }}
          >
            {t('common.back')}
          </Button>
        )}
      </Form>
    </PublicPage>
  );
}
