import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Space, Table, type TableColumnsType } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AuditEntry, AuditVerification } from '../../electron/api/schemas/audit';
import { api } from '../api';
import { downloadFile } from '../app/download';
import { useT } from '../app/i18n';
import { PageTitle } from '../app/PageTitle';
import { mayAdminister, useSession } from '../app/session';
import { useApiCall } from '../app/useApiCall';
import { formatDateTime } from '../i18n/translate';
import { AuditFilters } from './AuditFilters';
import { auditQuery, NO_AUDIT_FILTERS, type AuditFilterValues } from './auditQuery';
import { actionText, fieldsText, recordText } from './auditText';

const PAGE_SIZE = 50;

/** The activity log: who did what and when, newest first, with an integrity check and an export. */
export function AuditPage() {
  const { t } = useT();
  const { message } = AntApp.useApp();
  const call = useApiCall();
  const admin = mayAdminister(useSession().status);
  const [filters, setFilters] = useState<AuditFilterValues>(NO_AUDIT_FILTERS);
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ total: number; rows: AuditEntry[] }>({ total: 0, rows: [] });
  const [loading, setLoading] = useState(true);
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [busy, setBusy] = useState<'verify' | 'export' | null>(null);
  const query = useMemo(() => auditQuery(filters), [filters]);

  const onFilters = useCallback((values: AuditFilterValues) => {
    setFilters(values);
    setPage(1);
  }, []);

  useEffect(() => {
    let current = true;
    setLoading(true);
    void call(api['audit.list']({ ...query, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE })).then((result) => {
      if (!current) return;
      setLoading(false);
      if (result) setData(result);
    });
    return () => {
      current = false;
    };
  }, [call, query, page]);

  async function verify() {
    setBusy('verify');
    const result = await call(api['audit.verify']({}));
    setBusy(null);
    if (result) setVerification(result);
  }

  async function exportLog() {
    setBusy('export');
    const file = await call(api['audit.export'](query));
    setBusy(null);
    if (!file) return;
    downloadFile(file);
    void message.success(t('common.downloaded', { file: file.fileName }));
    if (file.truncated) void message.warning(t('audit.exportTruncated', { count: file.rows }));
  }

  const columns: TableColumnsType<AuditEntry> = [
    { key: 'at', title: t('audit.column.time'), width: 150, render: (_, e) => formatDateTime(e.at) },
    { key: 'user', title: t('audit.column.user'), width: 180, render: (_, e) => e.userName ?? t('audit.system') },
    { key: 'action', title: t('audit.column.action'), width: 240, render: (_, e) => actionText(e, t) },
    { key: 'record', title: t('audit.column.record'), render: (_, e) => recordText(e, t) },
    { key: 'fields', title: t('audit.column.fields'), render: (_, e) => fieldsText(e, t) },
  ];

  return (
    <>
      <PageTitle focusToken={1} extra={<span role="status">{t('audit.count', { count: data.total })}</span>}>
        {t('audit.title')}
      </PageTitle>
      {!admin && <Alert className="dd-gap-bottom" type="info" showIcon title={t('audit.ownOnly')} />}
      <AuditFilters onChange={onFilters} />
      <Space wrap className="dd-toolbar">
        {admin && (
          <Button icon={<SafetyCertificateOutlined aria-hidden />} loading={busy === 'verify'} onClick={() => void verify()}>
            {t('audit.verify')}
          </Button>
        )}
        <Button icon={<DownloadOutlined aria-hidden />} loading={busy === 'export'} onClick={() => void exportLog()}>
          {t('audit.export')}
        </Button>
      </Space>
      {verification && <VerificationAlert result={verification} onClose={() => setVerification(null)} />}
      <Table<AuditEntry>
        rowKey="seq"
        size="middle"
        columns={columns}
        dataSource={data.rows}
        loading={loading}
        expandable={{
          rowExpandable: (e) => e.detail !== null,
          expandedRowRender: (e) => <pre className="dd-audit-detail">{JSON.stringify(e.detail, null, 2)}</pre>,
        }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data.total, showSizeChanger: false, onChange: setPage }}
        locale={{ emptyText: loading ? t('app.loading') : t('audit.empty') }}
      />
    </>
  );
}

function VerificationAlert({ result, onClose }: { result: AuditVerification; onClose: () => void }) {
  const { t } = useT();
  const { problem } = result;
  const text = problem
    ? t(`audit.verify.${problem.kind}`, { seq: problem.seq, time: formatDateTime(problem.at) })
    : t('audit.verify.ok', { count: result.entries });
  return (
    <Alert
      className="dd-gap-bottom"
      type={problem ? 'error' : 'success'}
      showIcon
      closable={{ onClose }}
      role={problem ? 'alert' : 'status'}
      title={text}
    />
  );
}
