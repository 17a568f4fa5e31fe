import { Alert, Button, Card, Form, Input, Progress, Table } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import type { AutomaticBackups, BackupCreated } from '../../electron/api/schemas/backup';
import { BACKUP_PASSPHRASE_MIN } from '../../electron/api/schemas/backup';
import { api } from '../api';
import { useT } from '../app/i18n';
import { PageTitle } from '../app/PageTitle';
import { PathField } from '../app/PathField';
import { useApiCall } from '../app/useApiCall';
import { formatDateTime, formatMegabytes } from '../i18n/translate';
import { generatePassphrase } from './generatedPassphrase';
import { RestorePanel } from './RestorePanel';
import { waitForJob } from './waitForJob';

type Problem = { messageKey: string; params?: Record<string, string | number> };


function EncryptedBackupCard() {
  const { t, tKey, locale } = useT();
  const call = useApiCall();
  const [form] = Form.useForm<{ folder: string; passphrase: string; again: string }>();
  const [progress, setProgress] = useState<number | null>(null);
  const [created, setCreated] = useState<z.infer<typeof BackupCreated> | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  // Shown once: gone when the backup is made or the clerk types one of their own.
  const [generated, setGenerated] = useState<string | null>(null);

  function generate() {
    const passphrase = generatePassphrase();
    form.setFieldsValue({ passphrase, again: passphrase });
    setGenerated(passphrase);
  }

  async function create(values: { folder: string; passphrase: string }) {
    setCreated(null);
    setProblem(null);
    setProgress(0);
    const result = await api['backup.create']({ folder: values.folder, passphrase: values.passphrase });
    if (!result.ok) {
      setProgress(null);
      return setProblem(result.error);
    }
    const final = await waitForJob(() => call(api['jobs.get'](result.value)), setProgress);
    setProgress(null);
    if (!final) return;
    if (final.state !== 'done') return setProblem(final.error ?? { messageKey: 'backup.error.CANCELLED' });
    const done = await call(api['backup.created'](result.value));
    if (done) {
      setCreated(done);
      setGenerated(null);
      form.setFieldsValue({ passphrase: '', again: '' });
    }
  }

  const percent = Math.round((progress ?? 0) * 100);
  return (
    <Card title={<h2 className="dd-section-title">{t('backupPage.encryptedTitle')}</h2>} className="dd-gap-bottom">
      <p>{t('backupPage.encryptedIntro')}</p>
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => void create(values)}
        onValuesChange={(changed: { passphrase?: string }) => {
          if (generated !== null && changed.passphrase !== undefined && changed.passphrase !== generated) setGenerated(null);
        }}
        disabled={progress !== null}
      >
        <Form.Item name="folder" label={t('backupPage.folder')} rules={[{ required: true, message: t('validation.required') }]}>
          <PathField request={{ kind: 'folder' }} />
        </Form.Item>
        <Form.Item
          name="passphrase"
          label={t('backupPage.passphrase')}
          extra={t('backupPage.passphraseHint', { min: BACKUP_PASSPHRASE_MIN })}
          rules={[
            { required: true, message: t('validation.required') },
            { min: BACKUP_PASSPHRASE_MIN, message: t('backupPage.passphraseShort') },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button className="dd-gap-bottom" onClick={generate}>
          {t('backupPage.generate')}
        </Button>
        {generated !== null && (
          <Alert
            className="dd-gap-bottom"
            type="warning"
            showIcon
            role="status"
            title={t('backupPage.generated')}
            description={
              <>
                <p className="dd-generated-passphrase" aria-label={t('backupPage.generatedLabel')}>
                  <strong>{generated}</strong>
                </p>
                <p>{t('backupPage.generatedGuidance')}</p>
              </>
            }
          />
        )}
        <Form.Item
          name="again"
          label={t('backupPage.passphraseAgain')}
          dependencies={['passphrase']}
          rules={[
            { required: true, message: t('validation.required') },
            ({ getFieldValue }) => ({
              validator: (_rule, value) =>
                value === getFieldValue('passphrase') ? Promise.resolve() : Promise.reject(new Error(t('validation.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {progress !== null && (
          <>
            <p role="status">{t('backupPage.creating', { percent })}</p>
            <Progress percent={percent} aria-label={t('backupPage.creating', { percent })} />
          </>
        )}
        {problem && <Alert className="dd-gap-bottom" type="error" showIcon role="alert" title={tKey(problem.messageKey, problem.params)} />}
        {created && (
          <Alert
            className="dd-gap-bottom"
            type="success"
            showIcon
            role="status"
            title={t('backupPage.created', { file: created.file, size: formatMegabytes(locale, created.sizeBytes) })}
          />
        )}
        <Button type="primary" htmlType="submit" loading={progress !== null}>
          {t('backupPage.create')}
        </Button>
      </Form>
    </Card>
  );
}

function AutomaticBackupsCard({ onRestore }: { onRestore: (file: string) => void }) {
  const { t, locale } = useT();
  const call = useApiCall();
  const [list, setList] = useState<z.infer<typeof AutomaticBackups> | null>(null);
  const load = useCallback(async () => setList((await call(api['backup.list']({}))) ?? null), [call]);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <Card title={<h2 className="dd-section-title">{t('backupPage.automaticTitle')}</h2>} className="dd-gap-bottom">
      <p>{t('backupPage.automaticIntro', { folder: list?.folder ?? '' })}</p>
      <Table
        size="small"
        rowKey="file"
        pagination={false}
        loading={list === null}
        dataSource={list?.backups ?? []}
        aria-label={t('backupPage.automaticTitle')}
        locale={{ emptyText: t('backupPage.noAutomatic') }}
        columns={[
          { title: t('backupPage.createdAt'), dataIndex: 'createdAt', render: (iso: string) => formatDateTime(iso) },
          { title: t('backupPage.size'), dataIndex: 'sizeBytes', align: 'right', render: (n: number) => `${formatMegabytes(locale, n)} MB` },
          {
            title: '',
            key: 'restore',
            render: (_: unknown, row) => (
              <Button size="small" onClick={() => onRestore(row.file)} aria-label={t('backupPage.restoreThis', { date: formatDateTime(row.createdAt) })}>
                {t('backupPage.restore')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** Chooses a backup file by path (dialog or typed), then shows its restore preview. */
export function RestoreFromFile({ onChosen }: { onChosen: (file: string) => void }) {
  const { t } = useT();
  return (
    <Form layout="vertical" onFinish={(values: { file: string }) => onChosen(values.file.trim())}>
      <Form.Item name="file" label={t('backupPage.backupFile')} rules={[{ required: true, message: t('validation.required') }]}>
        <PathField request={{ kind: 'file', extensions: ['ddbak', 'sqlite'] }} />
      </Form.Item>
      <Button htmlType="submit">{t('backupPage.preview')}</Button>
    </Form>
  );
}

/** Administrators: encrypted backup to a USB stick, restore from a file, the automatic backups. */
export function BackupPage() {
  const { t } = useT();
  const [restoring, setRestoring] = useState<string | null>(null);
  return (
    <>
      <PageTitle focusToken={1}>{t('backupPage.title')}</PageTitle>
      {restoring ? (
        <Card>
          <RestorePanel file={restoring} onCancel={() => setRestoring(null)} />
        </Card>
      ) : (
        <>
          <EncryptedBackupCard />
          <Card title={<h2 className="dd-section-title">{t('backupPage.restoreTitle')}</h2>} className="dd-gap-bottom">
            <RestoreFromFile onChosen={setRestoring} />
          </Card>
          <AutomaticBackupsCard onRestore={setRestoring} />
        </>
      )}
    </>
  );
}
