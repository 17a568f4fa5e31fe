import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Modal, Progress, Space, Upload } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Result } from '../../electron/api/errors';
import type { ImportPreviewOut } from '../../electron/api/schemas/import';
import { api } from '../api';
import type { MessageKey } from '../i18n/vi';
import { downloadFile } from '../app/download';
import { bytesToBase64, XLSX_MIME } from '../app/fileBytes';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';
import { withColumn, type ColumnMapping } from './importPreview';
import { ImportPreviewPanel } from './ImportPreviewPanel';

const POLL_MS = 250;

interface Notice {
  type: 'error' | 'info';
  messageKey: string;
  params?: Record<string, string | number>;
}

type Phase =
  | { step: 'choose'; notice: Notice | null }
  | { step: 'reading'; fileName: string; jobId: string | null }
  | { step: 'preview'; fileName: string; jobId: string; preview: ImportPreviewOut; mapping: ColumnMapping };

type ImportMapping = Record<string, number | null> | null;

/** What one register's import needs: its three procedures and its words. Businesses and staff share the dialog. */
export interface ImportKind {
  read(input: { fileName: string; bytes: string }): Promise<Result<{ jobId: string }>>;
  preview(input: { jobId: string; mapping: ImportMapping }): Promise<Result<ImportPreviewOut>>;
  commit(input: { jobId: string; mapping: ImportMapping; validOnly: boolean }): Promise<Result<{ imported: number; skipped: number }>>;
  /** The rows with errors as an .xlsx to correct and import again. */
  rejected(input: { jobId: string; mapping: ImportMapping }): Promise<Result<{ fileName: string; bytes: string }>>;
  titleKey: MessageKey;
  doneKey: MessageKey;
  /** Message-key prefix of the field names ('business.field.'). */
  fieldPrefix: string;
  /** An empty file with the headers the import maps by itself, offered before a file is chosen. */
  template?: { download(): Promise<Result<{ fileName: string; bytes: string }>>; labelKey: MessageKey };
}

export const BUSINESS_IMPORT: ImportKind = {
  read: (input) => api['businesses.importRead'](input),
  preview: (input) => api['businesses.importPreview'](input),
  commit: (input) => api['businesses.importCommit'](input),
  rejected: (input) => api['businesses.importRejected'](input),
  titleKey: 'import.title',
  doneKey: 'import.done',
  fieldPrefix: 'business.field.',
};

function TemplateButton({ template }: { template: NonNullable<ImportKind['template']> }) {
  const { t } = useT();
  const { message } = AntApp.useApp();
  const call = useApiCall();
  const [busy, setBusy] = useState(false);
  async function download() {
    setBusy(true);
    const file = await call(template.download());
    setBusy(false);
    if (!file) return;
    downloadFile(file);
    void message.success(t('common.downloaded', { file: file.fileName }));
  }
  return (
    <Button icon={<DownloadOutlined aria-hidden />} loading={busy} onClick={() => void download()}>
      {t(template.labelKey)}
    </Button>
  );
}

/**
 * Import from Excel: read the file in a background job (progress, cancel), match columns,
 * preview the problems, then import the valid rows, all rows, or nothing.
 */
export function ImportDialog({ kind = BUSINESS_IMPORT, onClose }: { kind?: ImportKind; onClose: (imported: boolean) => void }) {
  const { t, tKey } = useT();
  const { message } = AntApp.useApp();
  const call = useApiCall();
  const [phase, setPhase] = useState<Phase>({ step: 'choose', notice: null });
  const [progress, setProgress] = useState(0);
  const [busy, setBusy] = useState(false);
  const previewRequest = useRef(0);
  /** Bumped by cancel/close: a file still being sent when the clerk gave up is cancelled on arrival. */
  const attempt = useRef(0);
  const runningJob = phase.step === 'reading' ? phase.jobId : null;
  const runningFile = phase.step === 'reading' ? phase.fileName : '';

  async function start(file: File) {
    const mine = ++attempt.current;
    setProgress(0);
    setPhase({ step: 'reading', fileName: file.name, jobId: null });
    const bytes = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    const job = await call(kind.read({ fileName: file.name, bytes }));
    if (mine !== attempt.current) {
      if (job) void api['jobs.cancel']({ jobId: job.jobId });
      return;
    }
    setPhase(job ? { step: 'reading', fileName: file.name, jobId: job.jobId } : { step: 'choose', notice: null });
  }

  // Poll the reading job; when it is done, ask for the preview with the suggested mapping.
  useEffect(() => {
    if (!runningJob) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const job = await call(api['jobs.get']({ jobId: runningJob }));
      if (stopped) return;
      if (!job) return setPhase({ step: 'choose', notice: null });
      if (job.state === 'running') {
        setProgress(job.progress);
        timer = setTimeout(() => void poll(), POLL_MS);
        return;
      }
      if (job.state === 'failed') {
        const error = job.error ?? { messageKey: 'errors.internal' };
        return setPhase({ step: 'choose', notice: { type: 'error', ...error } });
      }
      if (job.state === 'cancelled') return setPhase({ step: 'choose', notice: { type: 'info', messageKey: 'import.cancelled' } });
      setProgress(1);
      const preview = await call(kind.preview({ jobId: runningJob, mapping: null }));
      if (stopped) return;
      setPhase(
        preview
          ? { step: 'preview', fileName: runningFile, jobId: runningJob, preview, mapping: preview.mapping }
          : { step: 'choose', notice: null },
      );
    };
    timer = setTimeout(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [call, kind, runningJob, runningFile]);

  async function cancelReading() {
    attempt.current += 1;
    if (runningJob) await call(api['jobs.cancel']({ jobId: runningJob }));
    setPhase({ step: 'choose', notice: { type: 'info', messageKey: 'import.cancelled' } });
  }

  async function remap(field: string, column: number) {
    if (phase.step !== 'preview') return;
    const mapping = withColumn(phase.mapping, field, column);
    setPhase({ ...phase, mapping });
    const request = ++previewRequest.current;
    const preview = await call(kind.preview({ jobId: phase.jobId, mapping }));
    if (preview && request === previewRequest.current) setPhase({ ...phase, mapping, preview });
  }

  async function commit(validOnly: boolean) {
    if (phase.step !== 'preview') return;
    setBusy(true);
    const result = await call(kind.commit({ jobId: phase.jobId, mapping: phase.mapping, validOnly }));
    setBusy(false);
    if (!result) return;
    void message.success(t(kind.doneKey, { count: result.imported }));
    onClose(true);
  }

  async function downloadRejected() {
    if (phase.step !== 'preview') return;
    const file = await call(kind.rejected({ jobId: phase.jobId, mapping: phase.mapping }));
    if (!file) return;
    downloadFile(file);
    void message.success(t('common.downloaded', { file: file.fileName }));
  }

  function close() {
    attempt.current += 1;
    if (runningJob) void api['jobs.cancel']({ jobId: runningJob });
    onClose(false);
  }

  const chooser = (
    <Upload
      accept={`.xlsx,${XLSX_MIME}`}
      showUploadList={false}
      maxCount={1}
      beforeUpload={(file) => {
        void start(file);
        return false;
      }}
    >
      <Button icon={<FileExcelOutlined aria-hidden />} type={phase.step === 'preview' ? 'default' : 'primary'}>
        {phase.step === 'preview' ? t('import.otherFile') : t('import.chooseFile')}
      </Button>
    </Upload>
  );

  let body: ReactNode;
  let footer: ReactNode;
  if (phase.step === 'choose') {
    body = (
      <>
        {phase.notice && (
          <Alert
            className="dd-gap-bottom"
            type={phase.notice.type}
            showIcon
            role={phase.notice.type === 'error' ? 'alert' : 'status'}
            title={tKey(phase.notice.messageKey, phase.notice.params)}
          />
        )}
        <Space wrap>
          {chooser}
          {kind.template && <TemplateButton template={kind.template} />}
        </Space>
      </>
    );
    footer = <Button onClick={close}>{t('common.cancel')}</Button>;
  } else if (phase.step === 'reading') {
    const percent = Math.round(progress * 100);
    body = (
      <>
        <p>{t('import.fileChosen', { file: phase.fileName })}</p>
        <p role="status">{t('import.reading', { percent })}</p>
        <Progress percent={percent} aria-label={t('import.reading', { percent })} />
      </>
    );
    footer = <Button onClick={() => void cancelReading()}>{t('common.cancel')}</Button>;
  } else {
    const { preview } = phase;
    const missing = preview.missingColumns.length > 0;
    body = (
      <>
        <ImportPreviewPanel
          fileName={phase.fileName}
          fieldPrefix={kind.fieldPrefix}
          preview={preview}
          mapping={phase.mapping}
          chooser={chooser}
          onRemap={(field, column) => void remap(field, column)}
        />
        {!missing && preview.invalidCount > 0 && (
          <div className="dd-gap-top">
            <Button icon={<DownloadOutlined aria-hidden />} onClick={() => void downloadRejected()}>
              {t('import.rejected.download', { count: preview.invalidCount })}
            </Button>
            <p className="dd-hint">{t('import.rejected.hint')}</p>
          </div>
        )}
      </>
    );
    footer = (
      <Space wrap className="dd-modal-footer">
        <Button
          type="primary"
          loading={busy}
          disabled={missing || preview.validCount === 0}
          onClick={() => void commit(true)}
        >
          {t('import.importValid', { count: preview.validCount })}
        </Button>
        <Button loading={busy} disabled={missing || preview.invalidCount > 0 || preview.total === 0} onClick={() => void commit(false)}>
          {t('import.importAll')}
        </Button>
        <Button onClick={close}>{t('import.importNothing')}</Button>
      </Space>
    );
  }

  return (
    <Modal
      open
      title={t(kind.titleKey)}
      width={960}
      onCancel={close}
      footer={footer}
      mask={{ closable: false }}
      styles={{ body: { maxHeight: 'calc(100vh - 240px)', overflowY: 'auto' } }}
    >
      {body}
    </Modal>
  );
}
