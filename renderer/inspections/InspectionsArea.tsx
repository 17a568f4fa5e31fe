import { localYear } from '../../db/localDate';
import './inspections.css';
import { Tabs } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { ProcedureOutput } from '../../electron/api/contract';
import { api } from '../api';
import { useT } from '../app/i18n';
import { OfficeFilter, useOfficeFilter } from '../app/OfficeFilter';
import { PageTitle } from '../app/PageTitle';
import { useApiCall } from '../app/useApiCall';
import { DenominatorNote } from '../plan/DenominatorNote';
import { percent } from './percent';
import { PlansTab } from './PlansTab';
import { ResultsTab } from './ResultsTab';
import { ScanTab } from './ScanTab';
import { TemplatesTab } from './TemplatesTab';
import { ViolationsTab } from './ViolationsTab';

type Figures = ProcedureOutput<'inspections.figures'>;

/** The unit's figures for the year: T9 inspected, T8 violations handled, overdue follow-ups. */
function FiguresLine({ figures }: { figures: Figures }) {
  const { t } = useT();
  const t9 = figures.targets.find((f) => f.indicatorId === 'inspections.coverage');
  return (
    <p className="dd-inspection-figures" role="status">
      {t('inspections.figures.inspected', {
        year: String(figures.year),
        count: figures.inspected,
        active: figures.active,
        percent: t9?.value ?? percent(figures.inspected, figures.active),
      })}
      {t9 && <DenominatorNote frozen={t9.frozenDenominator} live={t9.liveDenominator} />}
      {' · '}
      {t('inspections.figures.violations', { year: String(figures.year), handled: figures.violationsHandled, found: figures.violationsFound })}
      {' · '}
      {t('inspections.figures.overdue', { count: figures.overdue })}
    </p>
  );
}

/** Inspections: plans and printing, results from paper, violations to follow up, templates. */
export function InspectionsArea() {
  const { t } = useT();
  const call = useApiCall();
  const [figures, setFigures] = useState<Figures | null>(null);
  const [tab, setTab] = useState('plans');
  const [openCode, setOpenCode] = useState<string | null>(null);
  // At the province: the figures of one sending office or unit (renders nothing at an office).
  const [office, setOffice] = useOfficeFilter();

  const refresh = useCallback(() => {
    void call(api['inspections.figures']({ year: localYear(), ...office })).then((value) => value && setFigures(value));
  }, [call, office]);
  useEffect(refresh, [refresh, tab]);

  return (
    <>
      <PageTitle>{t('inspections.title')}</PageTitle>
      <OfficeFilter id="inspection-figures-filter" value={office} onChange={setOffice} />
      {figures && <FiguresLine figures={figures} />}
      <Tabs
        destroyOnHidden
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'plans', label: t('inspections.tab.plans'), children: <PlansTab onChanged={refresh} /> },
          {
            key: 'results',
            label: t('inspections.tab.results'),
            children: <ResultsTab initialCode={openCode} onChanged={refresh} />,
          },
          {
            key: 'violations',
            label: t('inspections.tab.violations'),
            children: (
              <ViolationsTab
                onChanged={refresh}
                onOpenInspection={(code: string) => {
                  setOpenCode(code);
                  setTab('results');
                }}
              />
            ),
          },
          {
            key: 'scan',
            label: t('inspections.scan.open'),
            children: (
              <ScanTab
                onOpenInspection={(code: string) => {
                  setOpenCode(code);
                  setTab('results');
                }}
              />
            ),
          },
          { key: 'templates', label: t('inspections.tab.templates'), children: <TemplatesTab /> },
        ]}
      />
    </>
  );
}
