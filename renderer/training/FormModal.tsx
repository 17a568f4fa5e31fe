import { Alert, Modal, type FormInstance } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../app/i18n';
import { focusFirstField, useGuardedClose } from '../components/unsavedGuard';

interface Props {
  open: boolean;
  title: string;
  /** The call's error, shown above the fields. */
  error: string | null;
  onCancel: () => void;
  onSave: () => void;
  children: ReactNode;
  /** The dialog's form: closing with changes asks first. */
  form?: FormInstance;
  /** A dialog for a new record starts empty every time it opens, whatever was saved last. */
  startEmpty?: boolean;
}

/** The dialogs of the training page: one form, Save and Cancel, the error above the fields. */
export function FormModal({ open, title, error, onCancel, onSave, children, form, startEmpty }: Props) {
  const { t } = useT();
  const body = useRef<HTMLDivElement>(null);
  const close = useGuardedClose(() => form?.isFieldsTouched() ?? false, onCancel, open);
  useEffect(() => {
    if (open && startEmpty) form?.resetFields();
  }, [open, startEmpty, form]);
  return (
    <Modal
      open={open}
      title={title}
      width={760}
      onCancel={close}
      onOk={onSave}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      destroyOnHidden
      afterOpenChange={(visible) => visible && focusFirstField(body.current)}
    >
      <div ref={body}>
        {error && <Alert className="dd-gap-bottom" type="error" showIcon role="alert" title={error} />}
        {children}
      </div>
    </Modal>
  );
}
