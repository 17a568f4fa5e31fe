import { PrinterOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Space, Table, Tag } from 'antd';
import { DateInput } from '../components/DateInput';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import type { ProcedureOutput } from '../../electron/api/contract';
import type { BusinessType } from '../../db/businessTypes';
import { api } from '../api';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';
import { useBusinessChoices } from '../businesses/labels';
import { FilterSelect } from '../app/filterFields';
import { useCommunes } from '../businesses/useCommunes';
import { formatDate } from '../i18n/translate';
import { CoveragePanel } from './CoveragePanel';
import { isoDate } from './dates';
import { PrintPreview, type PrintRequest } from './PrintPreview';

type PlanDetail = ProcedureOutput<'inspections.plan'>;
type Candidate = ProcedureOutput<'inspections.candidates'>[number];
type Planned = PlanDetail['inspections'][number];

interface Filters {
  communeCode: string | null;
  type: BusinessType | null;
  lastBefore: Dayjs | null;
  never: boolean;
}

/** Choosing the plan's businesses (filters, live coverage) and printing their checklists. */
export function PlanBusinesses({ detail, onChange }: { detail: PlanDetail; onChange: (next: PlanDetail) => void }) {
  const { t } = useT();
  const call = useApiCall();
  const communes = useCommunes();
  const { typeOptions, typeLabel } = useBusinessChoices();
  const [filters, setFilters] = useState<Filters>({ communeCode: null, type: null, lastBefore: null, never: false });
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  const [selected, setSelected] = useState<string[]>([]);
  const [coverageToken, setCoverageToken] = useState(0);
  const [printing, setPrinting] = useState<PrintRequest | null>(null);
  const planId = detail.plan.id;
  const inPlan = new Set(detail.inspections.map((i) => i.businessId));

  const loadCandidates = useCallback(() => {
    void call(
      api['inspections.candidates']({
        communeCode: filters.communeCode,
        type: filters.type,
        // A date still being typed (or refused) filters nothing until it reads as a date.
        lastInspectedBefore: filters.lastBefore?.isValid() ? isoDate(filters.lastBefore) : null,
        neverInspected: filters.never,
      }),
    ).then((value) => value && setCandidates(value));
  }, [call, filters]);
  useEffect(loadCandidates, [loadCandidates]);

  async function change(add: string[], remove: string[]) {
    const next = await call(api['inspections.setPlanBusinesses']({ planId, add, remove }));
    if (!next) return;
    setSelected([]);
    onChange(next);
    setCoverageToken((n) => n + 1);
  }

  const year = Number(detail.plan.periodFrom.slice(0, 4));
  return (
    <section aria-labelledby="dd-plan-choose">
      <h2 id="dd-plan-choose">{t('inspections.plan.choose')}</h2>
      <CoveragePanel year={year} refreshToken={coverageToken} />
      <Form layout="inline" className="dd-gap-bottom" component="div">
        <FilterSelect
          id="plan-filter-commune"
          label={t('inspections.filter.commune')}
          options={communes.options}
          value={filters.communeCode}
          onChange={(communeCode) => setFilters((f) => ({ ...f, communeCode }))}
        />
        <FilterSelect id="plan-filter-type" label={t('inspections.filter.type')} options={typeOptions} value={filters.type} onChange={(type) => setFilters((f) => ({ ...f, type }))} />
        <Form.Item label={t('inspections.filter.lastBefore')} htmlFor="plan-filter-last">
          <DateInput
            id="plan-filter-last"
            value={filters.lastBefore}
            onChange={(lastBefore: Dayjs | null) => setFilters((f) => ({ ...f, lastBefore }))}
          />
        </Form.Item>
        <Form.Item>
          <Checkbox checked={filters.never} onChange={(e) => setFilters((f) => ({ ...f, never: e.target.checked }))}>
            {t('inspections.filter.never')}
          </Checkbox>
        </Form.Item>
      </Form>
      <Table<Candidate>
        rowKey="id"
        size="small"
        pagination={{ pageSize: 20, showSizeChanger: false }}
        dataSource={candidates.filter((c) => !inPlan.has(c.id))}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys.map(String)),
          getCheckboxProps: (c) => ({ 'aria-label': c.name }),
        }}
        columns={[
          { key: 'name', title: t('inspections.business'), dataIndex: 'name' },
          { key: 'type', title: t('business.field.type'), render: (_, c) => typeLabel(c.type) },
          { key: 'commune', title: t('inspections.commune'), dataIndex: 'communeName' },
          { key: 'last', title: t('inspections.plan.lastInspected'), render: (_, c) => (c.lastInspectedOn ? formatDate(c.lastInspectedOn) : t('inspections.never')) },
        ]}
      />
      <Button type="primary" disabled={selected.length === 0} onClick={() => void change(selected, [])}>
        {t('inspections.plan.add', { count: selected.length })}
      </Button>

      <h3 className="dd-gap-top">{t('inspections.plan.inPlan', { count: detail.inspections.length })}</h3>
      <Space className="dd-gap-bottom">
        <Button icon={<PrinterOutlined aria-hidden />} disabled={detail.inspections.length === 0} onClick={() => setPrinting({ planId, code: null, minutes: false })}>
          {t('inspections.print.plan')}
        </Button>
      </Space>
      <Table<Planned>
        rowKey="inspectionId"
        size="small"
        pagination={false}
        dataSource={detail.inspections}
        columns={[
          { key: 'code', title: t('inspections.code'), dataIndex: 'code' },
          { key: 'name', title: t('inspections.business'), dataIndex: 'businessName' },
          { key: 'commune', title: t('inspections.commune'), dataIndex: 'communeName' },
          { key: 'status', title: t('inspections.status'), render: (_, i) => <Tag>{t(`inspections.status.${i.status}`)}</Tag> },
          {
            key: 'actions',
            title: '',
            render: (_, i) => (
              <Space>
                <Button size="small" onClick={() => setPrinting({ planId: null, code: i.code, minutes: false })}>
                  {t('inspections.print.one')}
                </Button>
                {i.status === 'planned' && (
                  <Button size="small" danger onClick={() => void change([], [i.businessId])}>
                    {t('inspections.plan.remove')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {printing && <PrintPreview request={printing} onClose={() => setPrinting(null)} />}
    </section>
  );
}
