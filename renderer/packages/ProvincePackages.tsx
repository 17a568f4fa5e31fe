import { Alert, App as AntApp, Button, Card, Form, Table, Tag } from 'antd';
import { rangesText } from '../../electron/api/schemas/packages';
import { useCallback, useEffect, useState } from 'react';
import type { ProcedureOutput } from '../../electron/api/contract';
import { api } from '../api';
import { useT } from '../app/i18n';
import { PageTitle } from '../app/PageTitle';
import { PathField } from '../app/PathField';
import { mayAdminister, useSession } from '../app/session';
import { useApiCall } from '../app/useApiCall';
import { useDebounced } from '../app/useDebounced';
import { formatDateTime } from '../i18n/translate';
import { IncomingPackages } from './IncomingPackages';
import { DoneAlert, Fingerprint, FingerprintField, PathAction, ProblemAlert, type Problem } from './shared';

type Keys = ProcedureOutput<'packages.keys'>;
type Registered = ProcedureOutput<'packages.offices'>[number];
type Received = NonNullable<ProcedureOutput<'packages.status'>['province']>[number];
type Row = Registered & Partial<Pick<Received, 'received' | 'highest' | 'gaps' | 'chainBreaks' | 'lastImportedAt'>>;

/** Who a registration file claims to be, read as soon as a path is chosen (nothing registered yet). */
function RegistrationWho({ file }: { file: string }) {
  const { t } = useT();
  const chosen = useDebounced(file, 400);
  const [who, setWho] = useState<{ file: string; text: string } | null>(null);
  useEffect(() => {
    if (!chosen) return;
    let current = true;
    void api['packages.registrationPreview']({ file: chosen }).then((result) => {
      if (current) setWho(result.ok ? { file: chosen, text: t('packageScreens.province.registrationOf', { office: result.value.officeName, unit: result.value.unitCode, id: result.value.installationId }) } : null);
    });
    return () => {
      current = false;
    };
  }, [chosen, t]);
  if (!who || who.file !== file) return null;
  return (
    <p role="status" className="dd-gap-bottom">
      {who.text}
    </p>
  );
}

/** Register an office from its file, only when the fingerprint typed from its stamped paper form matches. */
function RegisterForm({ onRegistered }: { onRegistered: () => void }) {
  const { t } = useT();
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <h3 className="dd-subsection-title">{t('packageScreens.province.registerTitle')}</h3>
      <p>{t('packageScreens.province.registerIntro')}</p>
      <PathAction<{ path: string; fingerprint: string }, ProcedureOutput<'packages.officesRegister'>>
        request={{ kind: 'file', extensions: ['json'] }}
        pathLabel="packageScreens.registrationFile"
        action="packageScreens.province.register"
        run={(values) => api['packages.officesRegister']({ file: values.path, fingerprint: values.fingerprint })}
        about={(file) => <RegistrationWho file={file} />}
        onDone={(value) => {
          setDone(t('packageScreens.province.registered', { office: value.officeName, unit: value.unitCode }));
          onRegistered();
        }}
      >
        <FingerprintField label="packageScreens.province.fingerprintTyped" />
      </PathAction>
      <DoneAlert text={done} />
    </>
  );
}

/** Registered offices with status and gaps; revoke (confirmed), receipts into a chosen folder. */
function OfficesCard({ rows, onChanged }: { rows: Row[]; onChanged: () => void }) {
  const { t } = useT();
  const { modal } = AntApp.useApp();
  const { status } = useSession();
  const admin = mayAdminister(status);
  const [form] = Form.useForm<{ folder: string }>();
  const folder = Form.useWatch('folder', form) ?? '';
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function receipt(row: Row) {
    setProblem(null);
    setNotice(null);
    if (!folder.trim()) return setProblem({ code: 'FOLDER', messageKey: 'packageScreens.province.chooseFolderFirst' });
    const result = await api['packageScreens.receiptExport']({ office: row.installationId, folder: folder.trim() });
    if (!result.ok) return setProblem(result.error);
    setNotice(t('packageScreens.province.receiptWritten', { office: row.officeName, count: result.value.packages, file: result.value.file }));
  }

  function revoke(row: Row) {
    modal.confirm({
      title: t('packageScreens.province.revokeTitle', { office: row.officeName }),
      content: t('packageScreens.province.revokeText'),
      okText: t('packageScreens.province.revoke'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        const result = await api['packages.officesRevoke']({ installationId: row.installationId });
        if (!result.ok) setProblem(result.error);
        else setNotice(t('packageScreens.province.revoked', { office: row.officeName }));
        onChanged();
      },
    });
  }

  return (
    <Card title={<h2 className="dd-section-title">{t('packageScreens.province.officesTitle')}</h2>} className="dd-gap-bottom">
      <Form form={form} name="dd-receipt-folder" layout="vertical">
        <Form.Item name="folder" label={t('packageScreens.province.receiptFolder')} extra={t('packageScreens.province.receiptHint')}>
          <PathField request={{ kind: 'folder' }} />
        </Form.Item>
      </Form>
      <ProblemAlert problem={problem} />
      {notice && <Alert className="dd-gap-bottom" type="success" showIcon role="status" title={notice} />}
      <Table
        size="small"
        rowKey="installationId"
        pagination={false}
        dataSource={rows}
        aria-label={t('packageScreens.province.officesTitle')}
        locale={{ emptyText: t('packageScreens.province.noOffices') }}
        columns={[
          { title: t('packageScreens.province.office'), dataIndex: 'officeName' },
          { title: t('packageScreens.province.unit'), dataIndex: 'unitCode' },
          { title: t('packageScreens.installationId'), dataIndex: 'installationId', render: (id: string) => <span title={id}>{id.slice(0, 8)}</span> },
          { title: t('packageScreens.fingerprint'), dataIndex: 'fingerprint', render: (fp: string) => <code className="dd-fingerprint-small">{fp}</code> },
          {
            title: t('packageScreens.state'),
            dataIndex: 'status',
            render: (s: Row['status'], row: Row) =>
              s === 'active' ? <Tag className="dd-tag dd-target-met">{t('packages.status.active')}</Tag> : <Tag className="dd-tag dd-target-behind">{`${t('packages.status.revoked')} ${formatDateTime(row.revokedAt)}`}</Tag>,
          },
          {
            title: t('packageScreens.province.received'),
            key: 'received',
            render: (_: unknown, row: Row) => (row.highest ? t('packageScreens.province.receivedUpTo', { highest: row.highest, count: row.received?.length ?? 0 }) : t('packageScreens.province.nothingYet')),
          },
          {
            title: t('packageScreens.province.gaps'),
            key: 'gaps',
            render: (_: unknown, row: Row) => (
              <>
                {row.gaps?.length ? <Tag className="dd-tag dd-target-behind">{t('packageScreens.province.missing', { list: rangesText(row.gaps) })}</Tag> : null}
                {row.chainBreaks?.length ? <Tag className="dd-tag dd-target-behind">{t('packageScreens.province.chainBreaks', { list: row.chainBreaks.join(', ') })}</Tag> : null}
              </>
            ),
          },
          { title: t('packageScreens.province.lastImport'), dataIndex: 'lastImportedAt', render: (iso: string | null | undefined) => formatDateTime(iso) },
          {
            title: t('packageScreens.actions'),
            key: 'actions',
            render: (_: unknown, row: Row) => (
              <span className="dd-row-actions">
                <Button size="small" onClick={() => void receipt(row)} aria-label={t('packageScreens.province.receiptFor', { office: row.officeName })}>
                  {t('packageScreens.province.receipt')}
                </Button>
                {admin && row.status === 'active' && (
                  <Button size="small" danger onClick={() => revoke(row)} aria-label={t('packageScreens.province.revokeFor', { office: row.officeName })}>
                    {t('packageScreens.province.revoke')}
                  </Button>
                )}
              </span>
            ),
          },
        ]}
      />
      {admin && <RegisterForm onRegistered={onChanged} />}
    </Card>
  );
}

/** The configuration package the offices import: this province's keys, unit list, templates, plan. */
function ConfigCard({ keys }: { keys: Keys }) {
  const { t } = useT();
  const { status } = useSession();
  const [done, setDone] = useState<string | null>(null);
  if (!mayAdminister(status)) return null;
  return (
    <Card title={<h2 className="dd-section-title">{t('packageScreens.province.configTitle')}</h2>} className="dd-gap-bottom">
      <p>{t('packageScreens.province.configIntro')}</p>
      <Fingerprint value={keys.signing.fingerprint} label={t('packageScreens.fingerprint')} />
      <PathAction<{ path: string }, ProcedureOutput<'packageScreens.configExport'>>
        request={{ kind: 'folder' }}
        pathLabel="packageScreens.folder"
        action="packageScreens.province.exportConfig"
        run={(values) => api['packageScreens.configExport']({ folder: values.path })}
        onDone={(value) => setDone(t('packageScreens.province.configWritten', { sequence: value.sequence, file: value.file }))}
      />
      <DoneAlert text={done} />
    </Card>
  );
}

/** The province: "Tiếp nhận dữ liệu" (receive data from the offices). */
export function ProvincePackages() {
  const { t } = useT();
  const call = useApiCall();
  const [keys, setKeys] = useState<Keys | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const load = useCallback(async () => {
    const [k, offices, status] = await Promise.all([call(api['packages.keys']({})), call(api['packages.offices']({})), call(api['packages.status']({}))]);
    setKeys(k ?? null);
    const received = new Map((status?.province ?? []).map((r) => [r.installationId, r]));
    setRows((offices ?? []).map((o) => ({ ...o, ...received.get(o.installationId), status: o.status, officeName: o.officeName, unitCode: o.unitCode })));
  }, [call]);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <>
      <PageTitle focusToken={1}>{t('packageScreens.province.title')}</PageTitle>
      <IncomingPackages onImported={() => void load()} />
      <OfficesCard rows={rows} onChanged={() => void load()} />
      {keys && <ConfigCard keys={keys} />}
    </>
  );
}
