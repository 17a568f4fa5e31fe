import { Form, Input } from 'antd';
import { ChangePasswordInput } from '../../electron/api/schemas/users';
import { api } from '../api';
import { useT } from '../app/i18n';
import { UserDialog } from './UserDialog';

const FIELDS = ['currentPassword', 'newPassword', 'newPasswordAgain'] as const;

/** Any signed-in user changes their own password, typing the current one first. */
export function ChangePasswordDialog({ open, onClose, onChanged }: { open: boolean; onClose: () => void; onChanged: () => void }) {
  const { t } = useT();
  return (
    <UserDialog
      open={open}
      title={t('users.changePassword')}
      name="changePassword"
      fields={FIELDS}
      schema={ChangePasswordInput}
      input={(v) => ({
        input: { currentPassword: v.currentPassword ?? '', newPassword: v.newPassword ?? '' },
        password: v.newPassword,
        again: v.newPasswordAgain,
        againField: 'newPasswordAgain',
      })}
      send={(input) => api['users.changePassword'](input)}
      onDone={onChanged}
      onClose={onClose}
    >
        <Form.Item label={t('users.currentPassword')} name="currentPassword" required>
          <Input.Password autoFocus autoComplete="current-password" />
        </Form.Item>
        <Form.Item label={t('users.newPassword')} name="newPassword" required>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item label={t('users.newPasswordAgain')} name="newPasswordAgain" required>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
    </UserDialog>
  );
}
