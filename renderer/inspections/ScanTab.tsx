import { Alert, Button, List, Progress, Space, Tag } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { ProcedureOutput } from '../../electron/api/contract';
import { api } from '../api';
import { useT } from '../app/i18n';
import { PathField } from '../app/PathField';
import { useApiCall } from '../app/useApiCall';

type Batch = ProcedureOutput<'inspections.scanned'>;
type Review = ProcedureOutput<'inspections.scanReview'>;
type ReviewItem = Review['items'][number];

/** Page images are kept at 150 dpi: a region in mm is this many px. */
const PX_PER_MM = 150 / 25.4;
const CROP_SCALE = 0.75;

/** The item's row cut from its scanned page (CSS background of the page JPEG). */
function Crop({ image, item }: { image: string | undefined; item: ReviewItem }) {
  if (!image) return null;
  const { region } = item;
  const s = PX_PER_MM * CROP_SCALE;
  return (
    <div
      className="dd-scan-crop"
      role="img"
      aria-label={item.text}
      style={{
        width: `${Math.round(region.w * s)}px`,
        height: `${Math.round(region.h * s)}px`,
        backgroundImage: `url(data:image/jpeg;base64,${image})`,
        backgroundSize: `${Math.round(210 * s)}px ${Math.round(297 * s)}px`,
        backgroundPosition: `-${Math.round(region.x * s)}px -${Math.round(region.y * s)}px`,
      }}
    />
  );
}

const KEYS: Record<string, string> = { c: 'yes', k: 'no', a: 'na' };

/**
 * The reading of one inspection: uncertain items first, each with its crop; the clerk answers by keyboard
 * (C / K / A, digits for numbers, Enter to confirm a suggestion, Delete to leave blank) and saves a draft.
 */
function ScanReviewList({ jobId, code, onSaved }: { jobId: string; code: string; onSaved: (code: string) => void }) {
  const { t } = useT();
  const call = useApiCall();
  const [review, setReview] = useState<Review | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [confirmed, setConfirmed] = useState<Record<string, boolean>>({});
  const [saved, setSaved] = useState<{ saved: number; pagesKept: number } | null>(null);
  const first = useRef<HTMLLIElement | null>(null);

  useEffect(() => {
    void call(api['inspections.scanReview']({ jobId, code })).then((value) => {
      if (!value) return;
      setReview(value);
      setValues(Object.fromEntries(value.items.map((i) => [i.key, i.status === 'read' ? i.value : i.suggestion])));
      setConfirmed(Object.fromEntries(value.items.map((i) => [i.key, i.status !== 'uncertain'])));
    });
  }, [call, jobId, code]);
  useEffect(() => first.current?.focus(), [review]);

  if (!review) return null;
  const pending = review.items.filter((i) => !confirmed[i.key]).length;

  const onKey = (item: ReviewItem, e: React.KeyboardEvent<HTMLLIElement>) => {
    const key = e.key.toLowerCase();
    if (item.kind === 'yesno' && KEYS[key]) setValues((v) => ({ ...v, [item.key]: KEYS[key] ?? '' }));
    else if (item.kind === 'number' && /^[0-9,]$/.test(e.key)) setValues((v) => ({ ...v, [item.key]: `${confirmed[item.key] === false && v[item.key] === item.suggestion ? '' : (v[item.key] ?? '')}${e.key === ',' ? '.' : e.key}` }));
    else if (e.key === 'Backspace' && item.kind === 'number') setValues((v) => ({ ...v, [item.key]: (v[item.key] ?? '').slice(0, -1) }));
    else if (e.key === 'Delete') setValues((v) => ({ ...v, [item.key]: '' }));
    else if (e.key === 'Enter') {
      setConfirmed((c) => ({ ...c, [item.key]: true }));
      const next = e.currentTarget.nextElementSibling;
      if (next instanceof HTMLElement) next.focus();
    } else return;
    e.preventDefault();
  };

  const save = async () => {
    const answers = review.items.filter((i) => confirmed[i.key] && (values[i.key] ?? '') !== '').map((i) => ({ itemKey: i.key, value: values[i.key] ?? '' }));
    const result = await call(api['inspections.saveFromScan']({ jobId, code, answers }));
    if (result) setSaved(result);
  };

  const shown = (item: ReviewItem) => {
    const v = values[item.key] ?? '';
    if (item.kind === 'yesno') return v === '' ? '—' : t(v === 'yes' ? 'inspections.answer.yes' : v === 'no' ? 'inspections.answer.no' : 'inspections.answer.na');
    return v === '' ? '—' : v.replace('.', ',');
  };

  return (
    <section aria-label={t('inspections.scan.review')}>
      <p className="dd-muted">{t('inspections.scan.keys')}</p>
      <List
        bordered
        dataSource={review.items}
        renderItem={(item, index) => (
          <li
            ref={index === 0 ? first : undefined}
            tabIndex={0}
            className={`dd-scan-review-item${confirmed[item.key] ? '' : ' dd-scan-review-pending'}`}
            aria-label={`${item.number}. ${item.text}`}
            data-key={item.key}
            onKeyDown={(e) => onKey(item, e)}
          >
            <Space direction="vertical" size={2}>
              <span>
                {item.number}. {item.text}{' '}
                <Tag color="blue">{t('inspections.scan.fromScan')}</Tag>
                {item.status === 'uncertain' && <Tag color={confirmed[item.key] ? 'green' : 'orange'}>{t('inspections.scan.uncertain')}</Tag>}
              </span>
              {item.reason && <span className="dd-muted">{t(`inspections.scan.reason.${item.reason}`)}</span>}
              {item.status === 'uncertain' && item.suggestion && <span className="dd-muted">{t('inspections.scan.suggestion', { value: item.suggestion })}</span>}
              <strong data-testid={`scan-value-${item.key}`}>{shown(item)}</strong>
              {item.status === 'uncertain' && <Crop image={review.images[String(item.page)]} item={item} />}
            </Space>
          </li>
        )}
      />
      <Space className="dd-gap-top">
        <Button type="primary" disabled={pending > 0} onClick={() => void save()}>
          {t('inspections.scan.saveDraft')}
        </Button>
        {pending > 0 && <span role="status">{t('inspections.scan.pending', { count: pending })}</span>}
        {saved && (
          <>
            <span role="status">{t('inspections.scan.saved', { saved: saved.saved, pages: saved.pagesKept })}</span>
            <Button onClick={() => onSaved(code)}>{t('inspections.results.open')}</Button>
          </>
        )}
      </Space>
    </section>
  );
}

/** Read a scanned batch (one PDF or a photo) off the main thread, see what was identified, review one inspection. */
export function ScanTab({ onOpenInspection }: { onOpenInspection: (code: string) => void }) {
  const { t } = useT();
  const call = useApiCall();
  const [file, setFile] = useState('');
  const [jobId, setJobId] = useState<string | null>(null);
  const [fraction, setFraction] = useState<number | null>(null);
  const [batch, setBatch] = useState<Batch | null>(null);
  const [reviewing, setReviewing] = useState<string | null>(null);
  const cancelled = useRef(false);

  const read = async () => {
    setBatch(null);
    setReviewing(null);
    cancelled.current = false;
    const started = await call(api['inspections.scanStart']({ file }));
    if (!started) return;
    setJobId(started.jobId);
    setFraction(0);
    for (;;) {
      const job = await call(api['jobs.get']({ jobId: started.jobId }));
      if (!job || cancelled.current) break;
      setFraction(job.progress);
      if (job.state === 'done') {
        const value = await call(api['inspections.scanned']({ jobId: started.jobId }));
        setBatch(value ?? null);
        break;
      }
      if (job.state !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    setFraction(null);
  };

  const cancel = async () => {
    cancelled.current = true;
    if (jobId) await call(api['jobs.cancel']({ jobId }));
    setFraction(null);
  };

  return (
    <>
      <Alert type="info" showIcon className="dd-gap-bottom" message={t('inspections.scan.help')} />
      <Space.Compact block className="dd-gap-bottom">
        <PathField request={{ kind: 'file', extensions: ['pdf', 'jpg', 'jpeg', 'png'] }} value={file} onChange={setFile} aria-describedby="scan-help" />
        <Button type="primary" disabled={!file || fraction !== null} onClick={() => void read()}>
          {t('inspections.scan.open')}
        </Button>
      </Space.Compact>
      {fraction !== null && (
        <Space className="dd-gap-bottom">
          <Progress percent={Math.round(fraction * 100)} style={{ width: 240 }} />
          <Button onClick={() => void cancel()}>{t('inspections.scan.cancel')}</Button>
        </Space>
      )}
      {batch && (
        <section aria-label={t('inspections.scan.pages', { count: batch.pages.length })}>
          <p role="status">{t('inspections.scan.pages', { count: batch.pages.length })}</p>
          {batch.unidentified.length > 0 && <Alert type="warning" showIcon className="dd-gap-bottom" message={t('inspections.scan.unidentified', { pages: batch.unidentified.join(', ') })} />}
          <List
            dataSource={batch.inspections}
            renderItem={(i) => (
              <List.Item actions={[<Button key="review" onClick={() => setReviewing(i.code)}>{t('inspections.scan.review')}</Button>]}>
                {t('inspections.scan.inspection', { code: i.code, name: i.businessName, read: i.read, uncertain: i.uncertain, blank: i.blank })}
                {i.conflicts.map((c) => (
                  <div key={c.key} className="dd-muted">
                    {t('inspections.scan.conflict', { typed: c.typed, scanned: c.scanned })}
                  </div>
                ))}
              </List.Item>
            )}
          />
        </section>
      )}
      {batch && reviewing && jobId && <ScanReviewList key={reviewing} jobId={jobId} code={reviewing} onSaved={onOpenInspection} />}
    </>
  );
}
