import { Drawer, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { FigureRecord } from '../../electron/plan/indicators';
import { api } from '../api';
import { useT } from '../app/i18n';
import type { OfficeFilterValue } from '../app/OfficeFilter';
import { useApiCall } from '../app/useApiCall';
import { formatDate } from '../i18n/translate';

/** The records behind one figure: every case (or inspection, ...) it counts, and whether it met the target. */
export function RecordsDrawer({ target, office, onClose }: { target: { id: string; code: string } | null; office: OfficeFilterValue; onClose: () => void }) {
  const { t } = useT();
  const call = useApiCall();
  const [rows, setRows] = useState<FigureRecord[]>([]);
  useEffect(() => {
    setRows([]);
    if (target) void call(api['plan.records']({ targetId: target.id, ...office })).then((value) => value && setRows(value));
  }, [call, target, office]);
  return (
    <Drawer open={target !== null} size={720} title={target ? t('plan.records.title', { code: target.code }) : ''} onClose={onClose} destroyOnHidden>
      <Table<FigureRecord>
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('plan.records.none') }}
        columns={[
          { title: t('plan.records.date'), dataIndex: 'date', render: (v: string) => formatDate(v), width: 110 },
          { title: t('plan.records.label'), dataIndex: 'label' },
          { title: t('plan.records.detail'), dataIndex: 'detail', render: (v: string) => formatDate(v), width: 130 },
          {
            title: t('plan.col.status'),
            dataIndex: 'counted',
            width: 110,
            render: (counted: boolean) => (
              <Tag className={`dd-tag dd-target-${counted ? 'met' : 'behind'}`}>{t(counted ? 'plan.records.counted' : 'plan.records.notCounted')}</Tag>
            ),
          },
        ]}
      />
    </Drawer>
  );
}
