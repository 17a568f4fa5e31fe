import { Form, Input, Radio } from 'antd';
import type { z } from 'zod';
import { UserAddInput, type UserWithCodeOut } from '../../electron/api/schemas/users';
import { api } from '../api';
import { useT } from '../app/i18n';
import { UserDialog } from './UserDialog';

const FIELDS = ['name', 'role', 'password', 'passwordAgain'] as const;
const ROLES = ['clerk', 'inspector', 'admin'] as const;

/** Name, role, and an initial password, or none: the user then chooses it at first sign-in with a one-time code shown once. */
export function AddUserDialog({ open, onClose, onAdded }: { open: boolean; onClose: () => void; onAdded: (user: z.infer<typeof UserWithCodeOut>) => void }) {
  const { t } = useT();
  return (
    <UserDialog
      open={open}
      title={t('users.add')}
      name="addUser"
      fields={FIELDS}
      schema={UserAddInput}
      input={(v) => ({
        input: { name: v.name ?? '', role: v.role, password: v.password ? v.password : null },
        password: v.password,
        again: v.passwordAgain,
        againField: 'passwordAgain',
      })}
      send={(input) => api['users.add'](input)}
      onDone={onAdded}
      onClose={onClose}
    >
        <Form.Item label={t('users.name')} name="name" required>
          <Input autoFocus autoComplete="off" maxLength={100} />
        </Form.Item>
        <Form.Item label={t('users.role')} name="role" required initialValue="clerk">
          <Radio.Group options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        </Form.Item>
        <Form.Item label={t('users.initialPassword')} name="password" extra={t('users.initialPasswordHint')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item label={t('users.passwordAgain')} name="passwordAgain">
          <Input.Password autoComplete="new-password" />
        </Form.Item>
    </UserDialog>
  );
}
