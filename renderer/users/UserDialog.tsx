import { Alert, Form, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import type { z } from 'zod';
import type { Result } from '../../electron/api/errors';
import { issuesFromZod, showIssuesInForm, type FieldIssue } from '../app/formErrors';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';

type Values = Record<string, unknown>;

interface Props<S extends z.ZodType, T> {
  open: boolean;
  title: string;
  name: string;
  fields: readonly string[];
  schema: S;
  /** Builds the input from the form values, with the new password and its repetition to compare. */
  input: (values: Values) => { input: unknown; password?: unknown; again?: unknown; againField?: string };
  send: (input: z.output<S>) => Promise<Result<T>>;
  onDone: (value: T) => void;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A small dialog form of the users area: checks with the contract's schema and that a new password
 * was typed the same twice, sends, shows problems under their fields. Enter saves, Esc closes.
 */
export function UserDialog<S extends z.ZodType, T>({ open, title, name, fields, schema, input, send, onDone, onClose, children }: Props<S, T>) {
  const { t, tKey } = useT();
  const call = useApiCall();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    const built = input(form.getFieldsValue(true) as Values);
    const parsed = schema.safeParse(built.input);
    const issues: FieldIssue[] = parsed.success ? [] : issuesFromZod(parsed.error);
    if (built.againField && (built.password ?? '') !== (built.again ?? '')) {
      issues.push({ path: built.againField, messageKey: 'validation.passwordMismatch' });
    }
    showIssuesInForm(form, issues, fields, tKey);
    if (!parsed.success || issues.length > 0) return;
    setBusy(true);
    const value = await call(send(parsed.data), { form, fields, setFormError });
    setBusy(false);
    if (value !== undefined) onDone(value);
  }

  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      destroyOnHidden
    >
      {formError && <Alert className="dd-gap-bottom" type="error" showIcon title={formError} role="alert" />}
      <Form form={form} name={name} layout="vertical" onFinish={() => void submit()} preserve={false}>
        {children}
        {/* Enter in any field submits. */}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
