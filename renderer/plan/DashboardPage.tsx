import { Alert, Select, Space } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { ProcedureOutput } from '../../electron/api/contract';
import { api } from '../api';
import { useT } from '../app/i18n';
import { OfficeFilter, useOfficeFilter } from '../app/OfficeFilter';
import { PageTitle } from '../app/PageTitle';
import { mayAdminister, useSession } from '../app/session';
import { useApiCall } from '../app/useApiCall';
import { formatDate } from '../i18n/translate';
import { AdoptPlanForm } from './AdoptPlanForm';
import { AmendPlanButton, PlanAmendmentHistory } from './PlanAmendment';
import { RecordsDrawer } from './RecordsDrawer';
import { ReportButton } from './ReportButton';
import { ReportLayoutButton } from './ReportLayoutDrawer';
import { TargetItem } from './TargetItem';

type Dashboard = ProcedureOutput<'plan.dashboard'>;
type Plan = NonNullable<Dashboard['plan']>;

/** How the plan's reporting periods run (calendar or the 15th-to-14th cut-off); an administrator changes it. */
function PeriodConventionControl({ plan, isAdmin, onChanged }: { plan: Plan; isAdmin: boolean; onChanged: () => void }) {
  const { t } = useT();
  const call = useApiCall();
  const label = t('plan.periodConvention');
  if (!isAdmin) return <p className="dd-hint">{`${label}: ${t(`plan.periodConvention.${plan.periodConvention}`)}`}</p>;
  return (
    <p className="dd-hint">
      <label>
        {`${label}: `}
        <Select
          aria-label={label}
          value={plan.periodConvention}
          popupMatchSelectWidth={false}
          onChange={(periodConvention: Plan['periodConvention']) => void call(api['plan.setPeriodConvention']({ planId: plan.id, periodConvention })).then((v) => v && onChanged())}
          options={(['calendar', 'cutoff'] as const).map((value) => ({ value, label: t(`plan.periodConvention.${value}`) }))}
        />
      </label>
    </p>
  );
}

/** The home screen: every target of the year, where the office stands, and the records behind each figure. */
export function DashboardPage() {
  const { t } = useT();
  const call = useApiCall();
  const { status } = useSession();
  const isAdmin = mayAdminister(status);
  const [year, setYear] = useState<number | null>(null);
  const [board, setBoard] = useState<Dashboard | null>(null);
  const [records, setRecords] = useState<{ id: string; code: string } | null>(null);
  // At the province: the figures of one sending office or unit (renders nothing at an office).
  const [office, setOffice] = useOfficeFilter();

  const load = useCallback(() => {
    void call(api['plan.dashboard']({ year, ...office })).then((value) => value && setBoard(value));
  }, [call, year, office]);
  useEffect(load, [load]);

  if (!board) return null;
  const yearText = String(board.year);
  const years = [...new Set([board.year, board.year + 1, ...board.years])].sort((a, b) => b - a);
  return (
    <>
      <PageTitle
        extra={
          <Space>
            {isAdmin && status.office?.level === 'province' && <ReportLayoutButton />}
            <ReportButton year={board.year} />
            <Select
              aria-label={t('plan.year')}
              value={board.year}
              onChange={setYear}
              options={years.map((y) => ({ value: y, label: String(y) }))}
            />
          </Space>
        }
      >
        {t('plan.title', { year: yearText })}
      </PageTitle>
      <OfficeFilter id="dashboard-filter" value={office} onChange={setOffice} />
      {board.plan === null ? (
        <>
          <Alert className="dd-gap-bottom" type="info" showIcon title={t('plan.none', { year: yearText })} description={isAdmin ? undefined : t('plan.noneAskAdmin')} />
          {isAdmin && <AdoptPlanForm year={board.year} onAdopted={load} />}
        </>
      ) : (
        <>
          <p className="dd-hint">
            {t('plan.document', { ref: board.plan.documentRef || '–', date: formatDate(board.plan.adoptedOn) })}{' '}
            {isAdmin && <AmendPlanButton plan={board.plan} onAmended={load} />}
          </p>
          <PeriodConventionControl plan={board.plan} isAdmin={isAdmin} onChanged={load} />
          <ul className="dd-targets">
            {board.figures.map((figure) => (
              <TargetItem
                key={figure.targetId}
                figure={figure}
                isAdmin={isAdmin}
                onChanged={load}
                onOpenRecords={() => setRecords({ id: figure.targetId, code: figure.code })}
              />
            ))}
          </ul>
          <PlanAmendmentHistory planId={board.plan.id} token={board} />
        </>
      )}
      <RecordsDrawer target={records} office={office} onClose={() => setRecords(null)} />
    </>
  );
}
