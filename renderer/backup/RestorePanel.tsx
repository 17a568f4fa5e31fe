import { Alert, App as AntApp, Button, Checkbox, Descriptions, Form, Input, Progress, Space, Spin, Table } from 'antd';
import { useEffect, useState } from 'react';
import type { RestorePreviewOut } from '../../electron/api/schemas/backup';
import { api } from '../api';
import { useT } from '../app/i18n';
import { useSession } from '../app/session';
import { useApiCall } from '../app/useApiCall';
import { formatDateTime, formatNumber } from '../i18n/translate';
import { tableName } from '../app/tableNames';
import { waitForJob } from './waitForJob';

type Problem = { messageKey: string; params?: Record<string, string | number> };

/**
 * Restoring one backup file: what it holds (date, office, versions, rows per table), its
 * passphrase if encrypted, an explicit confirmation when it belongs to another office, then the
 * swap. The current data is kept aside as a safety copy; afterwards everyone signs in again.
 */
export function RestorePanel({ file, onCancel }: { file: string; onCancel: () => void }) {
  const { t, tKey, locale } = useT();
  const { message } = AntApp.useApp();
  const { reload } = useSession();
  const call = useApiCall();
  const [preview, setPreview] = useState<RestorePreviewOut | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [checking, setChecking] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);

  useEffect(() => {
    let stale = false;
    setPreview(null);
    setProblem(null);
    void api['restore.preview']({ file, passphrase: null }).then((result) => {
      if (stale) return;
      if (result.ok) setPreview(result.value);
      else setProblem(result.error);
    });
    return () => {
      stale = true;
    };
  }, [file]);

  async function checkPassphrase() {
    setChecking(true);
    const result = await api['restore.preview']({ file, passphrase });
    setChecking(false);
    if (result.ok) {
      setPreview(result.value);
      setProblem(null);
    } else setProblem(result.error);
  }

  async function restore() {
    if (!preview) return;
    setProgress(0);
    setProblem(null);
    const job = await call(api['restore.start']({ file, passphrase: preview.encrypted ? passphrase : null, confirmOtherOffice: confirmed }));
    const final = job && (await waitForJob(() => call(api['restore.job'](job)), setProgress));
    setProgress(null);
    if (!final) return;
    if (final.state !== 'done') {
      setProblem(final.error ?? { messageKey: 'backup.error.CANCELLED' });
      return;
    }
    void message.success(t('backupPage.restored'));
    await reload();
  }

  const problemAlert = problem && <Alert className="dd-gap-bottom" type="error" showIcon role="alert" title={tKey(problem.messageKey, problem.params)} />;
  if (!preview) {
    return (
      <section aria-label={t('backupPage.previewTitle')}>
        {problemAlert ?? <Spin />}
        <Button onClick={onCancel}>{t('common.back')}</Button>
      </section>
    );
  }
  const needsPassphrase = preview.encrypted && !preview.verified;
  const ready = !needsPassphrase && (!preview.otherOffice || confirmed);
  return (
    <section aria-label={t('backupPage.previewTitle')}>
      <h2 className="dd-section-title">{t('backupPage.previewTitle')}</h2>
      {problemAlert}
      <Descriptions
        bordered
        column={1}
        size="small"
        items={[
          { key: 'file', label: t('backupPage.file'), children: <code>{preview.file}</code> },
          { key: 'date', label: t('backupPage.createdAt'), children: formatDateTime(preview.createdAt) },
          {
            key: 'office',
            label: t('backupPage.office'),
            children: preview.officeName ? `${preview.officeName} (${preview.unitCode ?? ''})` : t('backupPage.noOffice'),
          },
          {
            key: 'schema',
            label: t('backupPage.schema'),
            children: t('backupPage.schemaValue', { backup: preview.schemaVersion, app: preview.appSchemaVersion }),
          },
          { key: 'encrypted', label: t('backupPage.encrypted'), children: preview.encrypted ? t('common.yes') : t('common.no') },
          { key: 'authenticity', label: t('backupPage.authenticity'), children: t(`backupPage.authenticity.${preview.authenticity}`) },
        ]}
      />
      <Table
        className="dd-gap-top"
        size="small"
        pagination={false}
        rowKey="table"
        dataSource={preview.rowCounts}
        aria-label={t('backupPage.rowCounts')}
        columns={[
          { title: t('backupPage.table'), dataIndex: 'table', render: (name: string) => tableName(name, t) },
          { title: t('backupPage.rows'), dataIndex: 'rows', align: 'right', render: (n: number) => formatNumber(locale, n) },
        ]}
      />
      {needsPassphrase && (
        <Form layout="vertical" className="dd-gap-top" onFinish={() => void checkPassphrase()}>
          <Form.Item label={t('backupPage.backupPassphrase')} htmlFor="restore-passphrase">
            <Input.Password id="restore-passphrase" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          </Form.Item>
          <Button htmlType="submit" loading={checking} disabled={passphrase.length === 0}>
            {t('backupPage.checkPassphrase')}
          </Button>
        </Form>
      )}
      {preview.otherOffice && (
        <>
          <Alert className="dd-gap-top" type="warning" showIcon title={t('backupPage.otherOffice')} />
          <Checkbox className="dd-gap-top" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)}>
            {t('backupPage.confirmOtherOffice')}
          </Checkbox>
        </>
      )}
      <Alert className="dd-gap-top" type="info" showIcon title={t('backupPage.safetyCopyNote')} />
      {progress !== null && (
        <>
          <p role="status">{t('backupPage.restoring', { percent: Math.round(progress * 100) })}</p>
          <Progress percent={Math.round(progress * 100)} aria-label={t('backupPage.restoring', { percent: Math.round(progress * 100) })} />
        </>
      )}
      <Space className="dd-gap-top">
        <Button type="primary" danger disabled={!ready} loading={progress !== null} onClick={() => void restore()}>
          {t('backupPage.restore')}
        </Button>
        <Button disabled={progress !== null} onClick={onCancel}>
          {t('common.back')}
        </Button>
      </Space>
    </section>
  );
}
