import { PlusOutlined } from '@ant-design/icons';
import { Button, Table } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { ProcedureOutput } from '../../electron/api/contract';
import { formatDate } from '../i18n/translate';
import { api } from '../api';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';
import { PlanEditor } from './PlanEditor';

type Plan = ProcedureOutput<'inspections.plans'>[number];

/** Plans of every year, newest first; a plan opens in the editor. */
export function PlansTab({ onChanged }: { onChanged: () => void }) {
  const { t } = useT();
  const call = useApiCall();
  const [plans, setPlans] = useState<Plan[]>([]);
  const [editing, setEditing] = useState<{ id: string | null } | null>(null);

  const load = useCallback(() => {
    void call(api['inspections.plans']({})).then((value) => value && setPlans(value));
  }, [call]);
  useEffect(load, [load]);

  if (editing) {
    return (
      <PlanEditor
        planId={editing.id}
        onBack={() => {
          setEditing(null);
          load();
        }}
        onChanged={onChanged}
      />
    );
  }
  return (
    <>
      <Button type="primary" icon={<PlusOutlined aria-hidden />} className="dd-gap-bottom" onClick={() => setEditing({ id: null })}>
        {t('inspections.plans.new')}
      </Button>
      <Table<Plan>
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={plans}
        locale={{ emptyText: t('inspections.plans.empty') }}
        columns={[
          {
            key: 'title',
            title: t('inspections.plan.title'),
            render: (_, plan) => (
              <Button type="link" onClick={() => setEditing({ id: plan.id })}>
                {plan.title}
              </Button>
            ),
          },
          { key: 'period', title: t('inspections.plans.period'), render: (_, p) => `${formatDate(p.periodFrom)} - ${formatDate(p.periodTo)}` },
          { key: 'decision', title: t('inspections.plan.decisionNo'), render: (_, p) => `${p.decisionNo} (${formatDate(p.decisionDate)})` },
          { key: 'businesses', title: t('inspections.plans.businesses'), dataIndex: 'businesses' },
          { key: 'finalised', title: t('inspections.plans.finalised'), dataIndex: 'finalised' },
        ]}
      />
    </>
  );
}
