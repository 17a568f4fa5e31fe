import { Alert, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../app/i18n';

interface Props {
  open: boolean;
  title: string;
  /** The call's error, shown above the fields. */
  error: string | null;
  onCancel: () => void;
  onSave: () => void;
  children: ReactNode;
}

/** The dialogs of the training page: one form, Save and Cancel, the error above the fields. */
export function FormModal({ open, title, error, onCancel, onSave, children }: Props) {
  const { t } = useT();
  return (
    <Modal open={open} title={title} width={760} onCancel={onCancel} onOk={onSave} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden>
      {error && <Alert className="dd-gap-bottom" type="error" showIcon role="alert" title={error} />}
      {children}
    </Modal>
  );
}
