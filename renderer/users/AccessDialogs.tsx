import { Alert, Checkbox, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import { AreaSchema } from '../../electron/api/schemas/office';
import type { UserOut } from '../../electron/api/schemas/users';
import { api } from '../api';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';

type Area = z.infer<typeof AreaSchema>;
const AREAS = AreaSchema.options;

export interface IssuedCode {
  name: string;
  code: string;
  expiresAt: string;
}

function vnDateTime(iso: string): string {
  return new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** The one-time code of a new or reset account, shown once: only its hash is kept. */
export function OneTimeCodeDialog({ issued, onClose }: { issued: IssuedCode | null; onClose: () => void }) {
  const { t } = useT();
  return (
    <Modal open={issued !== null} title={issued && t('users.oneTimeCode.title', { name: issued.name })} onOk={onClose} okText={t('common.close')} onCancel={onClose} cancelButtonProps={{ hidden: true }} destroyOnHidden>
      {issued && (
        <>
          <Typography.Paragraph className="dd-one-time-code" copyable={{ text: issued.code }}>
            <strong>{issued.code}</strong>
          </Typography.Paragraph>
          <p>{t('users.oneTimeCode.text', { code: issued.code, until: vnDateTime(issued.expiresAt) })}</p>
          <Alert type="warning" showIcon role="note" title={t('users.oneTimeCode.once')} />
        </>
      )}
    </Modal>
  );
}

/** Ticks per area; administration follows the role (shown, not changeable here). */
export function AreasDialog({ user, onClose, onSaved }: { user: UserOut | null; onClose: () => void; onSaved: (user: UserOut) => void }) {
  const { t } = useT();
  const call = useApiCall();
  const [areas, setAreas] = useState<Area[]>([]);
  const [busy, setBusy] = useState(false);
  useEffect(() => setAreas(user?.areas ?? []), [user]);

  async function save() {
    if (!user) return;
    setBusy(true);
    const saved = await call(api['users.setAreas']({ id: user.id, areas }));
    setBusy(false);
    if (saved) onSaved(saved);
  }

  return (
    <Modal open={user !== null} title={user && t('users.editAreasTitle', { name: user.name })} onOk={() => void save()} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={busy} onCancel={onClose} destroyOnHidden>
      <p>{t('users.areasHint')}</p>
      <Checkbox.Group
        className="dd-area-checks"
        value={areas}
        onChange={(v) => setAreas(v as Area[])}
        options={AREAS.map((a) => ({ value: a, label: t(`area.${a}`), disabled: a === 'administration' }))}
      />
    </Modal>
  );
}
