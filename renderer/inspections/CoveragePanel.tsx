import { Alert, Table } from 'antd';
import { useEffect, useState } from 'react';
import type { ProcedureOutput } from '../../electron/api/contract';
import { api } from '../api';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';
import { percent, reachesTarget } from './percent';

type Coverage = ProcedureOutput<'inspections.coverage'>;
type Line = Coverage['communes'][number];

/** Live coverage of the year against the 30% target, for the unit and each commune. */
export function CoveragePanel({ year, refreshToken }: { year: number; refreshToken: number }) {
  const { t } = useT();
  const call = useApiCall();
  const [coverage, setCoverage] = useState<Coverage | null>(null);
  useEffect(() => {
    void call(api['inspections.coverage']({ year })).then((value) => value && setCoverage(value));
  }, [call, year, refreshToken]);
  if (!coverage) return null;
  const reached = reachesTarget(coverage.covered, coverage.active);
  return (
    <section aria-label={t('inspections.coverage.title', { year: String(year) })} className="dd-gap-bottom">
      <Alert
        type={reached ? 'success' : 'warning'}
        showIcon
        title={t('inspections.coverage.title', { year: String(year) })}
        description={
          <span role="status" data-testid="coverage-unit">
            {t('inspections.coverage.unit', { covered: coverage.covered, active: coverage.active, percent: percent(coverage.covered, coverage.active) })}
            {' - '}
            {t(reached ? 'inspections.coverage.reached' : 'inspections.coverage.below')}
          </span>
        }
      />
      <Table<Line>
        rowKey="communeCode"
        size="small"
        pagination={false}
        dataSource={coverage.communes}
        columns={[
          { key: 'commune', title: t('inspections.commune'), dataIndex: 'communeName' },
          { key: 'covered', title: t('inspections.plans.businesses'), render: (_, l) => `${l.covered}/${l.active}` },
          { key: 'percent', title: '%', render: (_, l) => t('figures.percent', { value: percent(l.covered, l.active) }) },
        ]}
      />
    </section>
  );
}
