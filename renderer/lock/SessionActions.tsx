import { KeyOutlined, LockOutlined } from '@ant-design/icons';
import { App as AntApp, Button } from 'antd';
import { useState } from 'react';
import { useT } from '../app/i18n';
import { ChangePasswordDialog } from '../users/ChangePasswordDialog';
import { useLockNow } from './SessionLock';
import { LOCK_SHORTCUT_ARIA } from './shortcut';

/** Header buttons of the signed-in user: lock the screen when stepping away, change own password. */
export function SessionActions() {
  const { t } = useT();
  const { message } = AntApp.useApp();
  const lockNow = useLockNow();
  const [changing, setChanging] = useState(false);
  return (
    <>
      {/* In a narrow window the header shows icons only (renderer/styles.css): the name stays as label and tooltip. */}
      <Button icon={<KeyOutlined aria-hidden />} aria-label={t('users.changePassword')} title={t('users.changePassword')} onClick={() => setChanging(true)}>
        <span className="dd-header-label">{t('users.changePassword')}</span>
      </Button>
      <Button icon={<LockOutlined aria-hidden />} aria-label={t('lock.lockNow')} aria-keyshortcuts={LOCK_SHORTCUT_ARIA} title={t('lock.lockNowShortcut')} onClick={lockNow}>
        <span className="dd-header-label">{t('lock.lockNow')}</span>
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
