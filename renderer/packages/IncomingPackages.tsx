import { tableName } from '../app/tableNames';
import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Progress, Space, Table, Tag } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { ProcedureOutput } from '../../electron/api/contract';
import type { Result } from '../../electron/api/errors';
import { STAGE_MAX_BYTES } from '../../electron/api/schemas/packageScreens';
import { api } from '../api';
import { bytesToBase64 } from '../app/fileBytes';
import { waitForJob } from '../backup/waitForJob';
import { useT } from '../app/i18n';
import { PathField } from '../app/PathField';
import { isMessageKey } from '../i18n/translate';
import { ProblemAlert, type Problem } from './shared';

type Preview = ProcedureOutput<'packages.import'>;

/** One file the clerk brought: checked (signature, recipient, every chunk), previewed, then imported. */
interface Incoming {
  key: number;
  name: string;
  /** Where the app reads it: the chosen path, or the staged copy of a dropped file. */
  file: string | null;
  state: 'waiting' | 'checking' | 'ready' | 'already' | 'rejected' | 'importing' | 'imported';
  preview: Preview | null;
  problem: Problem | null;
  /** How far the check or import of this file has got (0 to 1), while it runs. */
  fraction: number | null;
}

const TOO_LARGE: Problem = { code: 'TOO_LARGE', messageKey: 'packages.error.TOO_LARGE' };

/**
 * Starts a check or import job (a worker thread in the main process), follows its progress, then
 * fetches its result: the window never waits on one long call.
 */
async function runJob<T>(
  start: () => Promise<Result<{ jobId: string }>>,
  fetch: (jobId: string) => Promise<Result<T>>,
  onProgress: (fraction: number) => void,
): Promise<Result<T>> {
  const started = await start();
  if (!started.ok) return started;
  let failure: Problem | null = null;
  const final = await waitForJob(async () => {
    const polled = await api['jobs.get'](started.value);
    if (polled.ok) return polled.value;
    failure = polled.error;
    return undefined;
  }, onProgress);
  if (final?.state === 'done') {
    onProgress(1);
    return fetch(started.value.jobId);
  }
  const error: Problem = final?.error ? { code: final.error.code ?? 'JOB_FAILED', messageKey: final.error.messageKey, ...(final.error.params ? { params: final.error.params } : {}) } : (failure ?? { code: 'INTERNAL', messageKey: 'errors.internal' });
  return { ok: false, error };
}

function tableLabel(t: Parameters<typeof tableName>[1], tKey: (key: string) => string, name: string): string {
  const key = `packageScreens.table.${name}`;
  return isMessageKey(key) ? tKey(key) : tableName(name, t);
}

/** What a dry run or an import did, per table: added, changed, deleted, skipped as older. */
function TablesSummary({ preview, label }: { preview: Preview; label: string }) {
  const { t, tKey } = useT();
  const rows = Object.entries(preview.tables).map(([name, s]) => ({ name, ...s }));
  if (rows.length === 0) return <p>{t('packageScreens.province.noRecords')}</p>;
  return (
    <Table
      size="small"
      rowKey="name"
      pagination={false}
      aria-label={label}
      dataSource={rows}
      columns={[
        { title: t('packageScreens.province.table'), dataIndex: 'name', render: (name: string) => tableLabel(t, tKey, name) },
        { title: t('packageScreens.province.added'), dataIndex: 'added', align: 'right' },
        { title: t('packageScreens.province.changed'), dataIndex: 'changed', align: 'right' },
        { title: t('packageScreens.province.deleted'), dataIndex: 'deleted', align: 'right' },
        { title: t('packageScreens.province.skipped'), dataIndex: 'skipped', align: 'right' },
      ]}
    />
  );
}

function StateTag({ item }: { item: Incoming }) {
  const { t } = useT();
  switch (item.state) {
    case 'waiting':
    case 'checking':
      return <Tag>{t('packageScreens.province.checking')}</Tag>;
    case 'ready':
      return <Tag className="dd-tag dd-target-on_track">{t('packageScreens.province.ready')}</Tag>;
    case 'already':
      return <Tag>{t('packageScreens.province.alreadyTag')}</Tag>;
    case 'rejected':
      return <Tag className="dd-tag dd-target-behind">{t('packageScreens.province.rejected')}</Tag>;
    case 'importing':
      return <Tag className="dd-tag dd-target-on_track">{t('packageScreens.province.importing')}</Tag>;
    case 'imported':
      return <Tag className="dd-tag dd-target-met">{t('packageScreens.province.imported')}</Tag>;
  }
}

/**
 * Packages from offices: chosen by path or dropped onto the card (a dropped file is staged as bytes,
 * capped). Each is verified and previewed (a dry run) before anything is written; the clerk then
 * imports it. Progress runs across the files; nothing blocks the screen.
 */
export function IncomingPackages({ onImported }: { onImported: () => void }) {
  const { t } = useT();
  const [form] = Form.useForm<{ path: string }>();
  const [items, setItems] = useState<Incoming[]>([]);
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const nextKey = useRef(1);
  const queue = useRef(Promise.resolve());
  const inputRef = useRef<HTMLInputElement>(null);

  function update(key: number, change: Partial<Incoming>) {
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }

  /** Verify, then a dry run: the preview of what would be added or changed. Nothing is written. */
  async function check(key: number, file: string) {
    update(key, { state: 'checking', file, fraction: 0 });
    // Half the bar for the signature and every chunk, half for the dry run that previews the records.
    const verified = await runJob(
      () => api['packages.verifyStart']({ file }),
      (jobId) => api['packages.verified']({ jobId }),
      (fraction) => update(key, { fraction: fraction / 2 }),
    );
    if (!verified.ok) return update(key, { state: 'rejected', problem: verified.error, fraction: null });
    if (verified.value.alreadyImported) {
      return update(key, { state: 'already', preview: { ...verified.value, dryRun: true, tables: {}, chainBroken: false }, problem: null, fraction: null });
    }
    const dry = await runJob(
      () => api['packages.previewStart']({ file }),
      (jobId) => api['packages.imported']({ jobId }),
      (fraction) => update(key, { fraction: 0.5 + fraction / 2 }),
    );
    if (!dry.ok) return update(key, { state: 'rejected', problem: dry.error, fraction: null });
    update(key, { state: 'ready', preview: dry.value, problem: null, fraction: null });
  }

  /** Files run one after another, so a pile of them shows steady progress and never races. */
  function enqueue(entries: { name: string; load: () => Promise<Result<{ file: string }> | Problem> }[]) {
    const added = entries.map((entry) => ({ ...entry, key: nextKey.current++ }));
    setItems((list) => [...added.map((a) => ({ key: a.key, name: a.name, file: null, state: 'waiting' as const, preview: null, problem: null, fraction: null })), ...list]);
    setProgress((p) => ({ done: p?.done ?? 0, total: (p?.total ?? 0) + added.length }));
    for (const entry of added) {
      queue.current = queue.current.then(async () => {
        try {
          const loaded = await entry.load();
          if ('ok' in loaded) {
            if (loaded.ok) await check(entry.key, loaded.value.file);
            else update(entry.key, { state: 'rejected', problem: loaded.error });
          } else update(entry.key, { state: 'rejected', problem: loaded });
        } finally {
          setProgress((p) => (p && p.done + 1 < p.total ? { ...p, done: p.done + 1 } : null));
        }
      });
    }
  }

  function addPath(values: { path: string }) {
    const file = values.path.trim();
    form.resetFields();
    enqueue([{ name: file, load: () => Promise.resolve({ ok: true as const, value: { file } }) }]);
  }

  function addFiles(files: FileList | null) {
    if (!files) return;
    enqueue(
      Array.from(files).map((f) => ({
        name: f.name,
        load: async () => {
          if (f.size > STAGE_MAX_BYTES) return TOO_LARGE;
          return api['packageScreens.stage']({ fileName: f.name, bytes: bytesToBase64(new Uint8Array(await f.arrayBuffer())) });
        },
      })),
    );
  }

  // Files dropped anywhere on the screen are taken (not opened by the window), while this card is shown.
  const latestAddFiles = useRef(addFiles);
  latestAddFiles.current = addFiles;
  useEffect(() => {
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      latestAddFiles.current(event.dataTransfer?.files ?? null);
    };
    document.addEventListener('dragover', over);
    document.addEventListener('dragleave', leave);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('dragleave', leave);
      document.removeEventListener('drop', drop);
    };
  }, []);

  /**
   * Imports wait in the same queue as the checks: a preview holds the database's write lock while it
   * runs, and the app refuses an import started meanwhile.
   */
  function importOne(item: Incoming): Promise<void> {
    const run = queue.current.then(() => applyOne(item));
    queue.current = run.catch(() => undefined);
    return run;
  }

  async function applyOne(item: Incoming) {
    if (!item.file) return;
    const file = item.file;
    update(item.key, { state: 'importing', fraction: 0 });
    const result = await runJob(
      () => api['packages.importStart']({ file }),
      (jobId) => api['packages.imported']({ jobId }),
      (fraction) => update(item.key, { fraction }),
    );
    if (!result.ok) return update(item.key, { state: 'rejected', problem: result.error, fraction: null });
    update(item.key, { state: result.value.alreadyImported ? 'already' : 'imported', preview: result.value, fraction: null });
    onImported();
  }

  async function importAll() {
    const ready = items.filter((i) => i.state === 'ready');
    setProgress({ done: 0, total: ready.length });
    for (const [index, item] of ready.entries()) {
      await importOne(item);
      setProgress({ done: index + 1, total: ready.length });
    }
    setProgress(null);
  }

  const readyCount = items.filter((i) => i.state === 'ready').length;
  const percent = progress ? Math.round((progress.done / Math.max(1, progress.total)) * 100) : 0;
  return (
    <Card title={<h2 className="dd-section-title">{t('packageScreens.province.importTitle')}</h2>} className="dd-gap-bottom">
      <div className={`dd-drop-zone${dragging ? ' dd-drop-zone-active' : ''}`}>
        <p>
          <InboxOutlined aria-hidden /> {t('packageScreens.province.dropHint')}
        </p>
        <Button onClick={() => inputRef.current?.click()}>{t('packageScreens.province.chooseFiles')}</Button>
        <input
          ref={inputRef}
          type="file"
          multiple
          accept=".ddpkg"
          hidden
          aria-label={t('packageScreens.province.chooseFiles')}
          onChange={(event) => {
            addFiles(event.target.files);
            event.target.value = '';
          }}
        />
      </div>
      <Form form={form} name="dd-incoming-path" layout="vertical" onFinish={addPath} className="dd-gap-top">
        <Form.Item name="path" label={t('packageScreens.packageFile')} rules={[{ required: true, message: t('validation.required') }]}>
          <PathField request={{ kind: 'file', extensions: ['ddpkg'] }} />
        </Form.Item>
        <Button htmlType="submit">{t('packageScreens.province.check')}</Button>
      </Form>
      {progress && (
        <div className="dd-gap-top">
          <p role="status">{t('packageScreens.province.progress', { done: progress.done, total: progress.total })}</p>
          <Progress percent={percent} aria-label={t('packageScreens.province.progress', { done: progress.done, total: progress.total })} />
        </div>
      )}
      {readyCount > 1 && (
        <Button className="dd-gap-top" type="primary" onClick={() => void importAll()} disabled={progress !== null}>
          {t('packageScreens.province.importAll', { count: readyCount })}
        </Button>
      )}
      <ul className="dd-incoming-list" aria-label={t('packageScreens.province.filesTitle')}>
        {items.map((item) => (
          <IncomingItem key={item.key} item={item} onImport={() => void importOne(item)} />
        ))}
      </ul>
    </Card>
  );
}

function IncomingItem({ item, onImport }: { item: Incoming; onImport: () => void }) {
  const { t } = useT();
  const p = item.preview;
  const label = t('packageScreens.province.fileLabel', { name: item.name });
  return (
    <li className="dd-incoming-item" aria-label={label}>
      <Space wrap>
        <strong>{item.name}</strong>
        <StateTag item={item} />
      </Space>
      {p && <p>{t('packageScreens.province.describe', { sequence: p.sequence, office: p.officeName, unit: p.unitCode })}</p>}
      {item.fraction !== null && (item.state === 'checking' || item.state === 'importing') && <FileProgress name={item.name} fraction={item.fraction} importing={item.state === 'importing'} />}
      <ProblemAlert problem={item.problem} />
      {item.state === 'already' && <Alert className="dd-gap-bottom" type="info" showIcon role="status" title={t('packageScreens.province.alreadyImported', { sequence: p?.sequence ?? '' })} />}
      {item.state === 'ready' && p && (
        <>
          <p role="status">{t('packageScreens.province.verified')}</p>
          <TablesSummary preview={p} label={t('packageScreens.province.previewOf', { name: item.name })} />
          <Button type="primary" className="dd-gap-top" onClick={onImport}>
            {t('packageScreens.province.import')}
          </Button>
        </>
      )}
      {item.state === 'imported' && p && (
        <>
          <Alert className="dd-gap-bottom" type="success" showIcon role="status" title={t('packageScreens.province.importedNotice', { sequence: p.sequence, office: p.officeName })} />
          {p.chainBroken && <Alert className="dd-gap-bottom" type="warning" showIcon role="alert" title={t('packageLink.cli.chainBroken', { sequence: p.sequence })} />}
          <TablesSummary preview={p} label={t('packageScreens.province.importedOf', { name: item.name })} />
        </>
      )}
    </li>
  );
}

/** The bar of one file being checked or imported: its bytes authenticated, then its records applied. */
function FileProgress({ name, fraction, importing }: { name: string; fraction: number; importing: boolean }) {
  const { t } = useT();
  const percent = Math.round(fraction * 100);
  return (
    <div className="dd-gap-bottom">
      <p>{t(importing ? 'packageScreens.province.importingStep' : 'packageScreens.province.checkingStep')}</p>
      <Progress percent={percent} aria-label={t('packageScreens.province.fileProgress', { name, percent })} />
    </div>
  );
}
