import { Alert, Button, Form, Input } from 'antd';
import { useState, type Ref } from 'react';
import { createPortal } from 'react-dom';
import { UnlockInput } from '../../electron/api/schemas/users';
import { api } from '../api';
import { useT } from '../app/i18n';
import { useSession } from '../app/session';
import { useApiCall } from '../app/useApiCall';

const FIELDS = ['password'] as const;

/** Over the whole window: the same user's password, or sign out so someone else can sign in. */
export function LockScreen({ ref, onUnlocked }: { ref: Ref<HTMLDivElement>; onUnlocked: () => Promise<void> }) {
  const { t } = useT();
  const { status, reload } = useSession();
  const call = useApiCall();
  const [form] = Form.useForm<{ password?: string }>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = status.user?.name ?? '';

  async function unlock(values: { password?: string }) {
    const input = UnlockInput.parse({ password: values.password ?? '' });
    setBusy(true);
    const done = await call(api['session.unlock'](input), { form, fields: FIELDS, setFormError });
    setBusy(false);
    form.setFieldValue('password', '');
    if (done) await onUnlocked();
  }

  async function signOut() {
    await call(api['session.signOut']({}));
    await reload();
  }

  return createPortal(
    <div ref={ref} className="dd-lock" role="dialog" aria-modal="true" aria-labelledby="dd-lock-title">
      <div className="dd-lock-card">
        <h1 id="dd-lock-title" className="dd-page-title">
          {t('lock.title')}
        </h1>
        {status.office && (
          <p>
            {status.office.officeName} · {status.office.unitName}
          </p>
        )}
        <p>{t('lock.intro', { name })}</p>
        {formError && <Alert className="dd-gap-bottom" type="error" showIcon title={formError} role="alert" />}
        <Form form={form} name="unlock" layout="vertical" onFinish={(values) => void unlock(values)}>
          <Form.Item label={t('signIn.password')} name="password" required>
            <Input.Password autoFocus autoComplete="current-password" />
          </Form.Item>
          <div className="dd-lock-actions">
            <Button type="primary" htmlType="submit" loading={busy} block>
              {t('lock.unlock')}
            </Button>
            <Button block onClick={() => void signOut()} title={t('lock.otherUserHint', { name })}>
              {t('lock.otherUser')}
            </Button>
          </div>
        </Form>
      </div>
    </div>,
    document.body,
  );
}
