import { localDate } from '../../db/localDate';
import { Alert, Button, Card, Checkbox, Descriptions, Form, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { ProcedureOutput } from '../../electron/api/contract';
import type { Result } from '../../electron/api/errors';
import { api } from '../api';
import { useT } from '../app/i18n';
import { PageTitle } from '../app/PageTitle';
import { PathField } from '../app/PathField';
import { mayAdminister, useSession } from '../app/session';
import { useApiCall } from '../app/useApiCall';
import { formatDateTime } from '../i18n/translate';
import { RegistrationPrint } from './RegistrationForm';
import { DoneAlert, Fingerprint, FingerprintField, PathAction, ProblemAlert, sizeText, type Problem } from './shared';

type Keys = ProcedureOutput<'packages.keys'>;
type Status = ProcedureOutput<'packages.status'>;
type Sent = NonNullable<Status['office']>['packages'][number];

/**
 * At an office the only sender is the province: "unknown sender" means the typed fingerprint did not
 * match (first configuration) or the file was not signed by the province this PC trusts.
 */
function fromProvince<T>(result: Result<T>, first: boolean): Result<T> {
  if (result.ok || result.error.code !== 'UNKNOWN_SENDER') return result;
  return { ok: false, error: { ...result.error, messageKey: first ? 'packageScreens.office.provinceFingerprintMismatch' : 'packageScreens.office.notOurProvince' } };
}

function today(): string {
  return localDate();
}

/** This installation's key for reading aloud, its registration file and the printed form. */
function RegistrationCard({ keys }: { keys: Keys }) {
  const { t } = useT();
  const { status } = useSession();
  const office = status.office;
  const [printing, setPrinting] = useState(false);
  const [written, setWritten] = useState<string | null>(null);
  return (
    <Card title={<h2 className="dd-section-title">{t('packageScreens.office.registrationTitle')}</h2>} className="dd-gap-bottom">
      <p>{t('packageScreens.office.registrationIntro')}</p>
      <Descriptions size="small" column={1} items={[{ key: 'id', label: t('packageScreens.installationId'), children: keys.installationId }]} />
      <Fingerprint value={keys.signing.fingerprint} label={t('packageScreens.fingerprint')} />
      <Space wrap className="dd-gap-bottom">
        <Button onClick={() => setPrinting(true)}>{t('packageScreens.office.printForm')}</Button>
      </Space>
      <PathAction<{ path: string }, ProcedureOutput<'packageScreens.registrationExport'>>
        request={{ kind: 'folder' }}
        pathLabel="packageScreens.folder"
        action="packageScreens.office.exportRegistration"
        run={(values) => api['packageScreens.registrationExport']({ folder: values.path })}
        onDone={(value) => setWritten(value.file)}
      />
      {written && <Alert className="dd-gap-top" type="success" showIcon role="status" title={t('packageScreens.written', { file: written })} />}
      {printing && office && (
        <RegistrationPrint
          details={{
            officeName: office.officeName,
            unitName: office.unitName,
            unitCode: office.unitCode,
            installationId: keys.installationId,
            keyId: keys.signing.keyId,
            fingerprint: keys.signing.fingerprint,
            today: today(),
          }}
          onClose={() => setPrinting(false)}
        />
      )}
    </Card>
  );
}

/** The province's configuration package; the first one pins the province key after the fingerprint is typed. */
function ConfigCard({ keys, onImported }: { keys: Keys; onImported: () => void }) {
  const { t } = useT();
  const { status } = useSession();
  const [done, setDone] = useState<string | null>(null);
  const first = keys.province === null;
  if (!mayAdminister(status)) return null;
  return (
    <Card title={<h2 className="dd-section-title">{t('packageScreens.office.configTitle')}</h2>} className="dd-gap-bottom">
      {keys.province ? (
        <>
          <p>{t('packageScreens.office.provinceKnown', { at: formatDateTime(keys.province.pinnedAt) })}</p>
          <Fingerprint value={keys.province.signing.fingerprint} label={t('packageScreens.provinceFingerprint')} />
        </>
      ) : (
        <p>{t('packageScreens.office.firstConfig')}</p>
      )}
      <PathAction<{ path: string; fingerprint?: string }, ProcedureOutput<'packages.configImport'>>
        request={{ kind: 'file', extensions: ['ddpkg'] }}
        pathLabel="packageScreens.configFile"
        action="packageScreens.office.importConfig"
        run={async (values) => fromProvince(await api['packages.configImport']({ file: values.path, fingerprint: first ? (values.fingerprint ?? '') : null }), first)}
        onDone={(value) => {
          setDone(
            value.alreadyImported
              ? t('packageScreens.office.configAlready', { sequence: value.sequence })
              : value.outdated
                ? t('packageScreens.office.configOutdated', { sequence: value.sequence })
                : t('packageScreens.office.configImported', { sequence: value.sequence }),
          );
          onImported();
        }}
      >
        {first && (
          <FingerprintField label="packageScreens.office.provinceFingerprintTyped" />
        )}
      </PathAction>
      <DoneAlert text={done} />
    </Card>
  );
}

function SentTable({ packages, folder, onResent }: { packages: Sent[]; folder: string; onResent: (file: string) => void }) {
  const { t, locale } = useT();
  const [problem, setProblem] = useState<Problem | null>(null);
  async function resend(sequence: number) {
    setProblem(null);
    if (!folder.trim()) return setProblem({ code: 'FOLDER', messageKey: 'packageScreens.office.chooseFolderFirst' });
    const result = await api['packageScreens.resend']({ folder: folder.trim(), sequence });
    if (result.ok) onResent(result.value.file);
    else setProblem(result.error);
  }
  return (
    <>
      <ProblemAlert problem={problem} />
      <Table
        size="small"
        rowKey="sequence"
        pagination={false}
        dataSource={[...packages].reverse()}
        aria-label={t('packageScreens.office.sentTitle')}
        locale={{ emptyText: t('packageScreens.office.noneSent') }}
        columns={[
          { title: t('packageScreens.sequence'), dataIndex: 'sequence', align: 'right' },
          { title: t('packageScreens.kind'), dataIndex: 'kind', render: (kind: string) => (kind === 'office-snapshot' ? t('packageScreens.kind.full') : t('packageScreens.kind.changes')) },
          { title: t('packageScreens.size'), dataIndex: 'size', align: 'right', render: (n: number) => sizeText(n, locale) },
          { title: t('packageScreens.createdAt'), dataIndex: 'createdAt', render: (iso: string) => formatDateTime(iso) },
          {
            title: t('packageScreens.state'),
            key: 'state',
            render: (_: unknown, row: Sent) =>
              row.confirmedAt ? (
                <Tag className="dd-tag dd-target-met">{t('packageScreens.office.confirmed', { at: formatDateTime(row.confirmedAt) })}</Tag>
              ) : (
                <Tag className="dd-tag dd-target-behind">{t('packageScreens.office.sendAgain')}</Tag>
              ),
          },
          {
            title: t('packageScreens.actions'),
            key: 'resend',
            render: (_: unknown, row: Sent) => (
              <Button size="small" onClick={() => void resend(row.sequence)} aria-label={t('packageScreens.office.resendThis', { sequence: row.sequence })}>
                {t('packageScreens.office.resend')}
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}

/** Packages to the province: export into a folder, the list with what the province confirmed, receipts. */
function SendCard({ keys, status, onChanged }: { keys: Keys; status: Status; onChanged: () => void }) {
  const { t, locale } = useT();
  const [form] = Form.useForm<{ folder: string; full: boolean }>();
  const folder = Form.useWatch('folder', form) ?? '';
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const packages = status.office?.packages ?? [];

  async function exportNow(values: { folder: string; full: boolean }) {
    setBusy(true);
    setProblem(null);
    setNotice(null);
    try {
      const result = await api['packageScreens.export']({ folder: values.folder.trim(), full: values.full });
      if (!result.ok) return setProblem(result.error);
      const v = result.value;
      setNotice(t('packageScreens.office.exported', { sequence: v.sequence, records: v.records, file: v.file, size: sizeText(v.size, locale) }));
      form.setFieldValue('full', false);
      onChanged();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={<h2 className="dd-section-title">{t('packageScreens.office.sendTitle')}</h2>} className="dd-gap-bottom">
      {keys.province === null && <Alert className="dd-gap-bottom" type="warning" showIcon role="note" title={t('packages.noProvinceKey')} />}
      <p>{t('packageScreens.office.sendIntro')}</p>
      <Form form={form} name="dd-package-send" layout="vertical" initialValues={{ full: false }} onFinish={(values) => void exportNow(values)}>
        <Form.Item name="folder" label={t('packageScreens.folder')} rules={[{ required: true, message: t('validation.required') }]}>
          <PathField request={{ kind: 'folder' }} />
        </Form.Item>
        <Form.Item name="full" valuePropName="checked" extra={t('packageScreens.office.fullHint')}>
          <Checkbox>{t('packageScreens.office.full')}</Checkbox>
        </Form.Item>
        <ProblemAlert problem={problem} />
        {notice && <Alert className="dd-gap-bottom" type="success" showIcon role="status" title={notice} />}
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('packageScreens.office.export')}
        </Button>
      </Form>
      <h3 className="dd-subsection-title dd-gap-top">{t('packageScreens.office.sentTitle')}</h3>
      {(status.office?.unconfirmed.length ?? 0) > 0 && (
        <p role="note">{t('packageScreens.office.unconfirmedSummary', { list: status.office?.unconfirmed.join(', ') ?? '' })}</p>
      )}
      <SentTable packages={packages} folder={folder} onResent={(file) => setNotice(t('packageScreens.written', { file }))} />
    </Card>
  );
}

function ReceiptCard({ onImported }: { onImported: () => void }) {
  const { t } = useT();
  const [done, setDone] = useState<string | null>(null);
  return (
    <Card title={<h2 className="dd-section-title">{t('packageScreens.office.receiptTitle')}</h2>} className="dd-gap-bottom">
      <p>{t('packageScreens.office.receiptIntro')}</p>
      <PathAction<{ path: string }, ProcedureOutput<'packages.receiptImport'>>
        request={{ kind: 'file', extensions: ['ddpkg'] }}
        pathLabel="packageScreens.receiptFile"
        action="packageScreens.office.importReceipt"
        run={async (values) => fromProvince(await api['packages.receiptImport']({ file: values.path }), false)}
        onDone={(value) => {
          setDone(t('packageScreens.office.receiptImported', { count: value.confirmed, unconfirmed: value.unconfirmed.length }));
          onImported();
        }}
      />
      <DoneAlert text={done} />
    </Card>
  );
}

/** A district or commune office: "Gửi dữ liệu" (send data to the province). */
export function OfficePackages() {
  const { t } = useT();
  const call = useApiCall();
  const [keys, setKeys] = useState<Keys | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const load = useCallback(async () => {
    const [k, s] = await Promise.all([call(api['packages.keys']({})), call(api['packages.status']({}))]);
    setKeys(k ?? null);
    setStatus(s ?? null);
  }, [call]);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <>
      <PageTitle focusToken={1}>{t('packageScreens.office.title')}</PageTitle>
      {keys && status && (
        <>
          <SendCard keys={keys} status={status} onChanged={() => void load()} />
          <ReceiptCard onImported={() => void load()} />
          <ConfigCard keys={keys} onImported={() => void load()} />
          <RegistrationCard keys={keys} />
        </>
      )}
    </>
  );
}
