import { formatSize, type Locale } from '../i18n/translate';
import { Alert, Button, Form, Input } from 'antd';
import { useId, useState, type ReactNode } from 'react';
import type { ApiErrorData, Result } from '../../electron/api/errors';
import type { PathRequest } from '../../electron/files/choosePath';
import { useT } from '../app/i18n';
import { PathField } from '../app/PathField';
import type { MessageKey } from '../i18n/vi';

/** What went wrong, as the API said it: a stable code and a message key (packages.error.CODE for rejections). */
export type Problem = Pick<ApiErrorData, 'code' | 'messageKey' | 'params' | 'issues'>;

/** A key fingerprint in its groups, large and spaced, for reading aloud over the phone. */
export function Fingerprint({ value, label }: { value: string; label: string }) {
  return (
    <p className="dd-fingerprint" aria-label={`${label}: ${value}`}>
      {value.split(' ').map((group, i) => (
        <span key={i}>{group}</span>
      ))}
    </p>
  );
}

/** A refusal shown where the clerk is looking, with the field issues after it. */
export function ProblemAlert({ problem }: { problem: Problem | null }) {
  const { tKey } = useT();
  if (!problem) return null;
  const issues = (problem.issues ?? []).map((i) => tKey(i.messageKey, i.params));
  return <Alert className="dd-gap-bottom" type="error" showIcon role="alert" title={[tKey(problem.messageKey, problem.params), ...issues].join('. ')} />;
}

/** A package size as the screens show it (vi-VN: 15,6 KB). */
export function sizeText(bytes: number, locale: Locale = 'vi'): string {
  return formatSize(locale, bytes);
}

/**
 * One path (a folder for exports, a file for imports) and a button; the call's refusal is shown
 * under it, its success handed back. `children` are extra fields (a fingerprint, a checkbox).
 */
export function PathAction<V extends { path: string }, T>({
  request,
  pathLabel,
  action,
  run,
  onDone,
  children,
  disabled,
  about,
}: {
  request: PathRequest;
  pathLabel: MessageKey;
  action: MessageKey;
  run: (values: V) => Promise<Result<T>>;
  onDone: (value: T, values: V) => void;
  children?: ReactNode;
  disabled?: boolean;
  /** What the chosen path holds, shown under it (who a registration file claims to be). */
  about?: (path: string) => ReactNode;
}) {
  const { t } = useT();
  const [form] = Form.useForm<V>();
  const path = (Form.useWatch('path', form) as string | undefined) ?? '';
  const formName = `dd-path-${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function submit(values: V) {
    setBusy(true);
    setProblem(null);
    try {
      const result = await run({ ...values, path: values.path.trim() });
      if (result.ok) onDone(result.value, values);
      else setProblem(result.error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form form={form} name={formName} layout="vertical" onFinish={(values: V) => void submit(values)} disabled={disabled}>
      <Form.Item name="path" label={t(pathLabel)} rules={[{ required: true, message: t('validation.required') }]}>
        <PathField request={request} />
      </Form.Item>
      {about?.(path.trim())}
      {children}
      <ProblemAlert problem={problem} />
      <Button type="primary" htmlType="submit" loading={busy}>
        {t(action)}
      </Button>
    </Form>
  );
}

/** A fingerprint typed from paper (a registration form, the province's letter); checked by the server. */
export function FingerprintField({ label }: { label: MessageKey }) {
  const { t } = useT();
  return (
    <Form.Item name="fingerprint" label={t(label)} extra={t('packageScreens.fingerprintHint')} rules={[{ required: true, message: t('validation.required') }]}>
      <Input spellCheck={false} autoComplete="off" className="dd-fingerprint-input" />
    </Form.Item>
  );
}

/** What a finished action says, under its form. */
export function DoneAlert({ text }: { text: string | null }) {
  return text ? <Alert className="dd-gap-top" type="success" showIcon role="status" title={text} /> : null;
}
