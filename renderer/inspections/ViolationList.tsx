import { Button, Table, Tag } from 'antd';
import type { ReactNode } from 'react';
import type { ProcedureOutput } from '../../electron/api/contract';
import { useT } from '../app/i18n';
import { formatDate } from '../i18n/translate';

export type Violation = ProcedureOutput<'inspections.violations'>[number];
type T = ReturnType<typeof useT>['t'];

/** Where the chain stands: the violation record, then the outcome (a decision, a transfer, a lawful closing); a reminder is only noted. */
export function handlingSummary(v: Violation, t: T): string[] {
  const lines: string[] = [];
  if (v.recordNo) lines.push(t('inspections.handling.recorded', { no: v.recordNo }));
  if (v.outcome === 'sanctioned') lines.push(t('inspections.outcome.sanctioned', { no: v.decisionNo || '...' }));
  else if (v.outcome) lines.push(t(`inspections.outcome.${v.outcome}`, { to: v.transferredTo }));
  if (!v.outcome && v.remindedOn) lines.push(t('inspections.handling.reminded'));
  if (!v.outcome) lines.push(t('inspections.handling.none'));
  return lines;
}

/** Violations with their handling and deadline; overdue ones are marked. */
export function ViolationList({ violations, actions, onOpenInspection }: { violations: Violation[]; actions?: (v: Violation) => ReactNode; onOpenInspection?: (code: string) => void }) {
  const { t } = useT();
  return (
    <Table<Violation>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={violations}
      locale={{ emptyText: t('inspections.violations.empty') }}
      columns={[
        {
          key: 'code',
          title: t('inspections.code'),
          render: (_, v) =>
            onOpenInspection ? (
              <Button type="link" size="small" onClick={() => onOpenInspection(v.inspectionCode)}>
                {v.inspectionCode}
              </Button>
            ) : (
              v.inspectionCode
            ),
        },
        { key: 'business', title: t('inspections.business'), dataIndex: 'businessName' },
        { key: 'description', title: t('inspections.violations.description'), dataIndex: 'description' },
        { key: 'found', title: t('inspections.violations.foundOn'), render: (_, v) => formatDate(v.foundOn) },
        {
          key: 'handling',
          title: t('inspections.handling.kind'),
          render: (_, v) => (
            <>
              {handlingSummary(v, t).map((line) => (
                <div key={line}>{line}</div>
              ))}
            </>
          ),
        },
        {
          key: 'deadline',
          title: t('inspections.handling.deadline'),
          render: (_, v) => (
            <>
              {formatDate(v.deadline)} {v.overdue && <Tag className="dd-tag dd-overdue">{t('inspections.violations.overdue')}</Tag>}
              {v.closedOn && <Tag className="dd-tag">{t('inspections.violations.closed')}</Tag>}
              {v.reinspectionCode && <Tag className="dd-tag">{t('inspections.reinspect.planned', { code: v.reinspectionCode })}</Tag>}
            </>
          ),
        },
        ...(actions ? [{ key: 'actions', title: '', render: (_: unknown, v: Violation) => actions(v) }] : []),
      ]}
    />
  );
}
