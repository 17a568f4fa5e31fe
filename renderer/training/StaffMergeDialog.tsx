import { Alert, Button, Modal, Radio, Table } from 'antd';
import { useEffect, useState } from 'react';
import type { StaffPersonOut as StaffPerson } from '../../electron/api/schemas/training';
import { useT } from '../app/i18n';
import { dmy } from './choices';

/** The fields shown side by side, each as the clerk reads it. */
function fieldRows(t: ReturnType<typeof useT>['t'], a: StaffPerson, b: StaffPerson) {
  const shown = (p: StaffPerson) => ({
    fullName: p.fullName,
    birthYear: p.birthYear === null ? '' : String(p.birthYear),
    gender: p.gender ? t(`staff.gender.${p.gender}`) : '',
    position: p.position,
    agency: p.agency,
    level: t(`staff.level.${p.level}`),
    unitCode: p.unitName,
    group: t(`staff.group.${p.group}`),
    phone: p.phone,
    status: t(`staff.status.${p.status}`),
  });
  const [left, right] = [shown(a), shown(b)];
  return (Object.keys(left) as (keyof typeof left)[]).map((key) => ({
    key,
    label: t(`staff.field.${key}`),
    a: left[key],
    b: right[key],
    differs: left[key] !== right[key],
  }));
}

/**
 * Merging two records of one person: the clerk picks the record that stays, sees what differs, and confirms
 * with a button that says what will happen; Enter in the dialog never merges.
 */
export function StaffMergeDialog({ pair, onMerge, onClose }: { pair: [StaffPerson, StaffPerson] | null; onMerge: (keep: StaffPerson, drop: StaffPerson) => void; onClose: () => void }) {
  const { t } = useT();
  const [keep, setKeep] = useState(0);
  useEffect(() => setKeep(0), [pair]);
  if (!pair) return null;
  const [a, b] = pair;
  const chosen = keep === 0 ? a : b;
  const dropped = keep === 0 ? b : a;
  const record = (n: number, p: StaffPerson) => t('staff.merge.record', { n: String(n), updated: dmy(p.updatedAt.slice(0, 10)) });
  return (
    <Modal
      open
      title={t('staff.merge.title', { name: a.fullName })}
      width={760}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="merge" type="primary" danger onClick={() => onMerge(chosen, dropped)}>
          {t('staff.merge.confirm')}
        </Button>,
      ]}
    >
      <fieldset className="dd-plain-fieldset">
        <legend>{t('staff.merge.keepWhich')}</legend>
        <Radio.Group value={keep} onChange={(e) => setKeep(e.target.value as number)}>
          <Radio value={0}>{record(1, a)}</Radio>
          <Radio value={1}>{record(2, b)}</Radio>
        </Radio.Group>
      </fieldset>
      <Table
        className="dd-gap-top"
        size="small"
        pagination={false}
        rowKey="key"
        rowClassName={(r) => (r.differs ? 'dd-merge-differs' : '')}
        dataSource={fieldRows(t, a, b)}
        columns={[
          { key: 'label', title: t('staff.merge.field'), dataIndex: 'label' },
          { key: 'a', title: record(1, a), dataIndex: 'a' },
          { key: 'b', title: record(2, b), dataIndex: 'b' },
          { key: 'differs', title: t('staff.merge.differs'), render: (_, r) => (r.differs ? t('common.yes') : '') },
        ]}
      />
      <Alert className="dd-gap-top" type="warning" showIcon title={t('staff.merge.what')} />
    </Modal>
  );
}
