import { KeyOutlined, LockOutlined } from '@ant-design/icons';
import { App as AntApp, Button } from 'antd';
import { useState } from 'react';
import { useT } from '../app/i18n';
import { ChangePasswordDialog } from '../users/ChangePasswordDialog';
import { useLockNow } from './SessionLock';

/** Header buttons of the signed-in user: lock the screen when stepping away, change own password. */
export function SessionActions() {
  const { t } = useT();
  const { message } = AntApp.useApp();
  const lockNow = useLockNow();
  const [changing, setChanging] = useState(false);
  return (
    <>
      <Button icon={<KeyOutlined aria-hidden />} onClick={() => setChanging(true)}>
        {t('users.changePassword')}
      </Button>
      <Button icon={<LockOutlined aria-hidden />} onClick={lockNow}>
        {t('lock.lockNow')}
      </Button>
      <ChangePasswordDialog
        open={changing}
        onClose={() => setChanging(false)}
        onChanged={() => {
          setChanging(false);
          void message.success(t('users.passwordChanged'));
        }}
      />
    </>
  );
}
