import { PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Popconfirm, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { UserOut } from '../../electron/api/schemas/users';
import { api } from '../api';
import { useT } from '../app/i18n';
import { PageTitle } from '../app/PageTitle';
import { useSession } from '../app/session';
import { useApiCall } from '../app/useApiCall';
import { AddUserDialog } from './AddUserDialog';
import { IdleLockCard } from './IdleLockCard';
import { AreasDialog, OneTimeCodeDialog, type IssuedCode } from './AccessDialogs';

/** Administrators: who may sign in on this PC, their passwords, and when the screen locks. */
export function UsersPage() {
  const { t } = useT();
  const { message } = AntApp.useApp();
  const { status } = useSession();
  const call = useApiCall();
  const [users, setUsers] = useState<UserOut[]>([]);
  const [loading, setLoading] = useState(true);
  const [adding, setAdding] = useState(false);
  const [issued, setIssued] = useState<IssuedCode | null>(null);
  const [editingAreas, setEditingAreas] = useState<UserOut | null>(null);
  const me = status.user?.id;

  const load = useCallback(async () => {
    const list = await call(api['users.list']({}));
    setLoading(false);
    if (list) setUsers(list);
  }, [call]);

  useEffect(() => {
    void load();
  }, [load]);

  async function resetPassword(user: UserOut) {
    const reset = await call(api['users.resetPassword']({ id: user.id }));
    if (!reset) return;
    void message.success(t('users.resetDone', { name: user.name }));
    if (reset.oneTimeCode) setIssued({ name: user.name, ...reset.oneTimeCode });
    await load();
  }

  async function setRole(user: UserOut, role: UserOut['role']) {
    if (!(await call(api['users.setRole']({ id: user.id, role })))) return;
    void message.success(t('users.roleChanged', { name: user.name, role: t(`role.${role}`) }));
    await load();
  }

  async function setActive(user: UserOut, active: boolean) {
    if (!(await call(api['users.setActive']({ id: user.id, active })))) return;
    void message.success(t(active ? 'users.reactivated' : 'users.deactivated', { name: user.name }));
    await load();
  }

  const columns: TableColumnsType<UserOut> = [
    { key: 'name', title: t('users.name'), render: (_, u) => (u.id === me ? t('users.you', { name: u.name }) : u.name) },
    {
      key: 'role',
      title: t('users.role'),
      render: (_, u) =>
        u.id === me ? (
          t(`role.${u.role}`)
        ) : (
          <Select
            size="small"
            aria-label={t('users.roleOf', { name: u.name })}
            value={u.role}
            style={{ minWidth: 170 }}
            onChange={(role: UserOut['role']) => void setRole(u, role)}
            options={(['admin', 'clerk', 'inspector'] as const).map((value) => ({ value, label: t(`role.${value}`) }))}
          />
        ),
    },
    {
      key: 'status',
      title: t('users.status'),
      render: (_, u) => <Tag>{t(u.active ? 'users.active' : 'users.inactive')}</Tag>,
    },
    { key: 'password', title: t('users.password'), render: (_, u) => t(u.passwordSet ? 'users.passwordSet' : 'users.passwordUnsetCode') },
    {
      key: 'areas',
      title: t('users.areas'),
      render: (_, u) => (u.areas.length ? u.areas.map((a) => <Tag key={a}>{t(`area.${a}`)}</Tag>) : t('users.noAreas')),
    },
    {
      key: 'actions',
      title: t('users.actions'),
      render: (_, u) =>
        u.id === me ? null : (
          <Space wrap>
            <Button size="small" onClick={() => setEditingAreas(u)} aria-label={`${t('users.editAreas')}: ${u.name}`}>
              {t('users.editAreas')}
            </Button>
            <Popconfirm
              title={t('users.resetConfirm', { name: u.name })}
              okText={t('users.resetPassword')}
              cancelText={t('common.cancel')}
              onConfirm={() => resetPassword(u)}
            >
              <Button size="small" aria-label={`${t('users.resetPassword')}: ${u.name}`}>
                {t('users.resetPassword')}
              </Button>
            </Popconfirm>
            {u.active ? (
              <Popconfirm
                title={t('users.deactivateConfirm', { name: u.name })}
                okText={t('users.deactivate')}
                cancelText={t('common.cancel')}
                onConfirm={() => setActive(u, false)}
              >
                <Button size="small" danger aria-label={`${t('users.deactivate')}: ${u.name}`}>
                  {t('users.deactivate')}
                </Button>
              </Popconfirm>
            ) : (
              <Button size="small" onClick={() => void setActive(u, true)} aria-label={`${t('users.reactivate')}: ${u.name}`}>
                {t('users.reactivate')}
              </Button>
            )}
          </Space>
        ),
    },
  ];

  return (
    <>
      <PageTitle
        focusToken={1}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {t('users.add')}
          </Button>
        }
      >
        {t('users.title')}
      </PageTitle>
      <Table rowKey="id" size="small" loading={loading} columns={columns} dataSource={users} pagination={false} />
      <IdleLockCard />
      <AddUserDialog
        open={adding}
        onClose={() => setAdding(false)}
        onAdded={(user) => {
          setAdding(false);
          void message.success(t('users.added', { name: user.name }));
          if (user.oneTimeCode) setIssued({ name: user.name, ...user.oneTimeCode });
          void load();
        }}
      />
      <OneTimeCodeDialog issued={issued} onClose={() => setIssued(null)} />
      <AreasDialog
        user={editingAreas}
        onClose={() => setEditingAreas(null)}
        onSaved={(user) => {
          setEditingAreas(null);
          void message.success(t('users.areasSaved', { name: user.name }));
          void load();
        }}
      />
    </>
  );
}
