import { Button, Segmented, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';
import { useT } from '../app/i18n';
import { PageTitle } from '../app/PageTitle';
import { mayAdminister, useSession } from '../app/session';
import { useApiCall } from '../app/useApiCall';
import { OfficeFilter, useOfficeFilter } from '../app/OfficeFilter';
import { useCommunes } from '../businesses/useCommunes';
import { formatDate } from '../i18n/translate';
import { CaseDeadlinesButton } from './CaseDeadlines';
import { CaseExtensionDialog } from './CaseExtension';
import { CaseForm, type CaseTarget } from './CaseForm';
import type { CaseOut } from './caseFormValues';

type Filter = 'all' | 'open' | 'overdue';

/** The case log (T7): every denunciation, report and complaint, with the due and overdue lists. */
export function CasesPage() {
  const { t } = useT();
  const call = useApiCall();
  const communes = useCommunes();
  const { status } = useSession();
  const isAdmin = mayAdminister(status);
  const [filter, setFilter] = useState<Filter>('all');
  const [rows, setRows] = useState<CaseOut[]>([]);
  const [today, setToday] = useState('');
  const [form, setForm] = useState<CaseTarget | null>(null);
  const [extending, setExtending] = useState<CaseOut | null>(null);
  const [office, setOffice] = useOfficeFilter();

  const load = useCallback(() => {
    void call(api['cases.list']({ filter, ...office })).then((value) => {
      if (!value) return;
      setRows(value.rows);
      setToday(value.today);
    });
  }, [call, filter, office]);
  useEffect(load, [load]);

  const crime = (c: CaseOut) => c.kind === 'denunciation' || c.kind === 'report';
  // A crime report is done at the office once passed to the police; any other case once settled.
  const done = (c: CaseOut) => (crime(c) ? (c.transferredOn ?? c.resolvedOn) : c.resolvedOn);
  const statusTag = (c: CaseOut) =>
    done(c) ? (
      <Tag className="dd-tag dd-target-met">{t('cases.resolved')}</Tag>
    ) : c.overdue ? (
      <Tag className="dd-tag dd-target-behind">{t('cases.overdue')}</Tag>
    ) : (
      <Tag className="dd-tag dd-target-on_track">{t('cases.open')}</Tag>
    );

  return (
    <>
      <PageTitle
        extra={
          <Space>
            {isAdmin && <CaseDeadlinesButton onSaved={load} />}
            <Button type="primary" onClick={() => setForm({ mode: 'create' })}>
              {t('cases.add')}
            </Button>
          </Space>
        }
      >
        {t('cases.title')}
      </PageTitle>
      <OfficeFilter id="cases-filter" value={office} onChange={setOffice} />
      <Segmented<Filter>
        className="dd-gap-bottom"
        value={filter}
        onChange={setFilter}
        options={(['all', 'open', 'overdue'] as const).map((f) => ({ value: f, label: t(`cases.filter.${f}`) }))}
      />
      <div role="status" className="dd-table-status">
        {t('cases.count', { count: rows.length })}
      </div>
      <Table<CaseOut>
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: t('cases.field.receivedOn'), dataIndex: 'receivedOn', render: (v: string) => formatDate(v), width: 120 },
          { title: t('cases.field.kind'), dataIndex: 'kind', render: (v: CaseOut['kind']) => t(`cases.kind.${v}`), width: 100 },
          {
            title: t('cases.field.content'),
            dataIndex: 'content',
            render: (v: string, c) => (
              <Button type="link" className="dd-row-link" onClick={() => setForm({ mode: 'edit', case: c })}>
                {v}
              </Button>
            ),
          },
          { title: t('cases.field.businessId'), dataIndex: 'businessName', render: (v: string | null, c) => v ?? c.place },
          {
            title: t('cases.field.deadlineOn'),
            key: 'deadlineOn',
            width: 220,
            render: (_: unknown, c) => (
              <>
                <div>
                  {formatDate(c.deadlineOn)} {c.deadlineToConfirm && <Tag className="dd-tag">{t('cases.deadline.confirm')}</Tag>}
                </div>
                {c.deadlineArticle && <div className="dd-hint">{t('cases.deadline.basis', { article: c.deadlineArticle })}</div>}
                {c.policeDeadlineOn && <div className="dd-hint">{t('cases.deadline.police', { date: formatDate(c.policeDeadlineOn) })}</div>}
                {c.extensions.map((e) => (
                  <div key={e.id} className="dd-hint">
                    {t('cases.extend.history', { from: formatDate(e.previousDeadline), to: formatDate(e.newDeadline), reason: e.reason })}
                  </div>
                ))}
              </>
            ),
          },
          { title: t('plan.col.status'), key: 'status', render: (_: unknown, c) => statusTag(c), width: 130 },
          {
            title: '',
            key: 'extend',
            width: 100,
            render: (_: unknown, c) =>
              !crime(c) && !done(c) && (
                <Button size="small" aria-label={`${t('cases.extend.action')}: ${c.content}`} onClick={() => setExtending(c)}>
                  {t('cases.extend.action')}
                </Button>
              ),
          },
        ]}
      />
      {extending && (
        <CaseExtensionDialog
          c={extending}
          onClose={() => setExtending(null)}
          onSaved={() => {
            setExtending(null);
            load();
          }}
        />
      )}
      {form && (
        <CaseForm
          target={form}
          today={today}
          communes={communes}
          onClose={() => setForm(null)}
          onSaved={() => {
            setForm(null);
            load();
          }}
        />
      )}
    </>
  );
}
