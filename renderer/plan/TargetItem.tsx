import { Button, Select, Space, Tag } from 'antd';
import { NumberInput, type NumberValue } from '../components/NumberInput';
import { useState } from 'react';
import type { ProcedureOutput } from '../../electron/api/contract';
import { api } from '../api';
import { useT } from '../app/i18n';
import { formatNumber } from '../i18n/translate';
import { useApiCall } from '../app/useApiCall';
import { CommuneBars, MonthlyChart } from './charts';

export type Figure = ProcedureOutput<'plan.dashboard'>['figures'][number];

/** An administrator declares the result of a declared target (yes/no, or a rate). */
function DeclareControl({ figure, onSaved }: { figure: Figure; onSaved: () => void }) {
  const { t } = useT();
  const call = useApiCall();
  const initial = figure.value;
  const [value, setValue] = useState<NumberValue>(initial);
  const label = t('plan.declare.label', { code: figure.code });
  async function save() {
    // A refused number stays at the field with its message; nothing is sent.
    if (typeof value === 'string') return;
    const declared = figure.kind === 'declared_yes_no' && value !== null ? (value > 0 ? 1 : 0) : value;
    if (await call(api['plan.declare']({ targetId: figure.targetId, value: declared }))) onSaved();
  }
  return (
    <Space>
      {figure.kind === 'declared_yes_no' ? (
        <Select
          aria-label={label}
          className="dd-filter-select"
          value={typeof value !== 'number' ? undefined : value > 0 ? 100 : 0}
          onChange={(v: number) => setValue(v)}
          options={[
            { value: 100, label: t('common.yes') },
            { value: 0, label: t('common.no') },
          ]}
        />
      ) : (
        <NumberInput
          aria-label={label}
          min={0}
          max={figure.thresholdKind === 'percent' ? 100 : undefined}
          suffix={figure.thresholdKind === 'percent' ? '%' : undefined}
          value={value}
          onChange={setValue}
          onPressEnter={() => void save()}
        />
      )}
      <Button onClick={() => void save()}>{t('plan.declare.save')}</Button>
    </Space>
  );
}

/** One target: its value against the threshold, denominators, status, charts and the way to its records. */
export function TargetItem({ figure, isAdmin, onOpenRecords, onChanged }: { figure: Figure; isAdmin: boolean; onOpenRecords: () => void; onChanged: () => void }) {
  const { t, locale } = useT();
  const shown = (n: number | null) => (n === null ? '–' : formatNumber(locale, n));
  const count = figure.thresholdKind === 'count';
  // A count target is measured by its figure itself (3.500 workers reached), a rate as a percentage.
  const valueText =
    figure.value !== null ? (count ? formatNumber(locale, figure.value) : t('figures.percent', { value: figure.value })) : figure.status === 'no_data' ? t('plan.noDataYet') : '–';
  const headingId = `dd-target-${figure.code}`;
  return (
    <li className="dd-target" aria-labelledby={headingId}>
      <div className="dd-target-head">
        <span className="dd-target-code">{figure.code}</span>
        <h2 id={headingId} className="dd-target-text">
          {figure.text}
        </h2>
        <span className="dd-target-value" data-testid={`value-${figure.code}`}>
          {valueText}
        </span>
        <Tag className={`dd-tag dd-target-${figure.status}`}>{t(`plan.status.${figure.status}`)}</Tag>
      </div>
      <div className="dd-target-meta">
        <span>
          {t('plan.col.threshold')}: {count ? t('plan.thresholdCount', { value: formatNumber(locale, figure.threshold) }) : t('plan.threshold', { value: figure.threshold })}
        </span>
        <span>{t(`plan.kind.${figure.kind}`)}</span>
        {figure.kind === 'computed' && figure.numerator !== null && (
          <span>
            {t('plan.col.value')}: {t('plan.value.ratio', { numerator: figure.numerator, denominator: shown(figure.denominator) })}
          </span>
        )}
        {figure.kind === 'computed' && (
          <span>
            {t('plan.col.denominator')}: {shown(figure.frozenDenominator)} / {shown(figure.liveDenominator)}
          </span>
        )}
        {figure.projected !== null && (
          <span>{count ? t('plan.projectedCount', { value: formatNumber(locale, figure.projected) }) : t('plan.projected', { value: figure.projected })}</span>
        )}
        {figure.kind === 'computed' && figure.status !== 'no_data' && (
          <Button size="small" onClick={onOpenRecords}>
            {t('plan.records.open', { code: figure.code })}
          </Button>
        )}
        {figure.kind !== 'computed' && isAdmin && <DeclareControl figure={figure} onSaved={onChanged} />}
      </div>
      {figure.measure && <p className="dd-hint">{t('plan.measure', { measure: figure.measure })}</p>}
      {(figure.monthly.some((m) => m.value !== null) || figure.perCommune.length > 0) && (
        <div className="dd-target-charts">
          {figure.monthly.some((m) => m.value !== null) && <MonthlyChart code={figure.code} monthly={figure.monthly} threshold={figure.threshold} />}
          {figure.perCommune.length > 0 && <CommuneBars code={figure.code} communes={figure.perCommune} />}
        </div>
      )}
    </li>
  );
}
