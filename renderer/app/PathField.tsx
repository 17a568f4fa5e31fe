import { FolderOpenOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { useState } from 'react';
import type { DeskShell, PathRequest } from '../../electron/files/choosePath';
import { useT } from './i18n';

declare global {
  interface Window {
    /** The desktop shell's dialogs, set by the Electron preload; absent in the browser host. */
    desk?: DeskShell;
  }
}

interface Props {
  request: PathRequest;
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  'aria-describedby'?: string;
}

/**
 * A folder or file path for a procedure. In the desktop app the shell's dialog picks it; in the
 * browser host (same machine, no dialogs: e2e and development only) the clerk types it. Used inside a
 * Form.Item, which passes id/value/onChange: the value is the dialog's opaque handle, or the typed path.
 */
export function PathField({ request, id, value = '', onChange, ...rest }: Props) {
  const { t } = useT();
  const desk = window.desk;
  // The form holds the dialog's handle; the clerk sees the chosen name.
  const [label, setLabel] = useState('');
  if (!desk) {
    return <Input id={id} value={value} onChange={(e) => onChange?.(e.target.value)} placeholder={t('paths.typeHint')} spellCheck={false} {...rest} />;
  }
  return (
    <Space.Compact block>
      <Input id={id} value={value ? label : ''} readOnly placeholder={t('paths.none')} {...rest} />
      <Button
        icon={<FolderOpenOutlined aria-hidden />}
        onClick={() =>
          void desk.choosePath(request).then((chosen) => {
            if (!chosen) return;
            setLabel(chosen.label);
            onChange?.(chosen.handle);
          })
        }
      >
        {t('paths.choose')}
      </Button>
    </Space.Compact>
  );
}
