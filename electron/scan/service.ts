/**
 * Scanned batches in the app: the read runs as a job in a worker; its result stays with the job until the
 * clerk saves an inspection from it. Saving writes answers through the same db function as typed entry
 * (a draft, the same record entries; the procedure name, inspections.saveFromScan, is what the activity
 * log shows as "from scan") and keeps that inspection's pages as evidence.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getBusiness } from '../../db/business';
import { getTemplate } from '../../db/checklistTemplates';
import { normaliseAnswer } from '../../db/inspectionRules';
import { answerMap, answersOf, inspectionByCode, normaliseCode, saveAnswer, type InspectionRecord } from '../../db/inspections';
import type { Db } from '../../db/open';
import { insertScanPage, scanCatalogue } from '../../db/scanPages';
import type { AppContext } from '../api/context';
import { ApiError } from '../api/errors';
import type { ScanBatchOut } from '../api/schemas/scan';
import type { ScannedPage } from './batch';
import { readBatchInWorker } from './scanJob';

export const SCAN_JOB = 'inspections.scan';
/** Scanned files are read whole: a 200-dpi batch of 100 JPEG pages is some 50 MB. */
const MAX_SCAN_BYTES = 400 * 1024 * 1024;

export interface ScanBatch {
  batchId: string;
  fileName: string;
  pages: ScannedPage[];
  summary: ScanBatchOut;
  /** Inspections whose pages were already kept from this batch. */
  kept: Set<string>;
}

export function readScanFile(file: string): Uint8Array {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw new ApiError('VALIDATION', 'inspections.scan.notFound');
  if (stat.size > MAX_SCAN_BYTES) throw new ApiError('VALIDATION', 'inspections.scan.tooLarge');
  return new Uint8Array(fs.readFileSync(file));
}

export function summarise(db: Db, unitCode: string, batchId: string, pages: readonly ScannedPage[], ms: number): ScanBatchOut {
  const byCode = new Map<string, ScannedPage[]>();
  const unidentified: number[] = [];
  for (const p of pages) {
    if (!p.code || p.failure) unidentified.push(p.index);
    else byCode.set(p.code.code, [...(byCode.get(p.code.code) ?? []), p]);
  }
  const inspections: ScanBatchOut['inspections'] = [];
  for (const [code, list] of byCode) {
    const record = inspectionByCode(db, code);
    if (!record || record.unitCode !== unitCode) {
      unidentified.push(...list.map((p) => p.index));
      continue;
    }
    const typed = answerMap(answersOf(db, record.id));
    const items = list.flatMap((p) => p.items);
    const conflicts = items
      .filter((i) => i.status === 'read' && typed.has(i.key) && typed.get(i.key) !== i.value)
      .map((i) => ({ key: i.key, typed: typed.get(i.key) ?? '', scanned: i.value }));
    inspections.push({
      code,
      inspectionId: record.id,
      businessName: getBusiness(db, record.businessId)?.name ?? '',
      status: record.status,
      pages: list.map((p) => p.code?.page ?? 0).sort((a, b) => a - b),
      read: items.filter((i) => i.status === 'read').length,
      uncertain: items.filter((i) => i.status === 'uncertain').length,
      blank: items.filter((i) => i.status === 'blank').length,
      conflicts,
      saved: 0,
    });
  }
  return {
    batchId,
    pages: pages.map((p) => ({ index: p.index, code: p.code?.code ?? null, page: p.code?.page ?? null, pages: p.code?.pages ?? null, failure: p.failure, rotation: p.rotation, items: p.items })),
    inspections,
    unidentified: unidentified.sort((a, b) => a - b),
    ms,
  };
}

/** Reads a scanned file in a worker: the batch, with its pages' images, for the job's result. */
export async function readScan(app: AppContext, file: string, options: { onProgress?: (f: number) => void; signal?: AbortSignal } = {}): Promise<ScanBatch> {
  const office = app.office();
  if (!office) throw new ApiError('NOT_SET_UP', 'errors.notSetUp');
  const data = readScanFile(file);
  const started = performance.now();
  const pages = await readBatchInWorker(data, scanCatalogue(app.db), options);
  const batchId = app.newId();
  return { batchId, fileName: path.basename(file), pages, summary: summarise(app.db, office.unitCode, batchId, pages, performance.now() - started), kept: new Set() };
}

export function scanOf(app: AppContext, jobId: string): ScanBatch {
  const batch = app.jobs.result<ScanBatch>(jobId, SCAN_JOB);
  if (!batch) throw new ApiError('JOB_NOT_FOUND', 'errors.job.notFound');
  return batch;
}

export function ownScanned(app: AppContext, batch: ScanBatch, code: string): { record: InspectionRecord; pages: ScannedPage[] } {
  const office = app.office();
  const record = inspectionByCode(app.db, code);
  if (!record || !office || record.unitCode !== office.unitCode) throw new ApiError('INSPECTION_NOT_FOUND', 'inspections.code.notFound');
  const pages = batch.pages.filter((p) => p.code?.code === normaliseCode(code) && !p.failure);
  if (pages.length === 0) throw new ApiError('INSPECTION_NOT_FOUND', 'inspections.scan.notInBatch');
  return { record, pages };
}

/**
 * Saves confirmed answers for one inspection of a batch and keeps its pages, in one transaction. Every
 * value is checked as typed entry checks it; a final inspection is refused (amend it instead).
 */
export function saveScanned(
  app: AppContext,
  batch: ScanBatch,
  code: string,
  answers: readonly { itemKey: string; value: string }[],
  stamp: { userId: string | null; now: string },
): { saved: number; pagesKept: number } {
  const db = app.db;
  const { record, pages } = ownScanned(app, batch, code);
  if (record.status === 'final') throw new ApiError('INSPECTION_FINAL', 'inspections.final.useAmend');
  const template = getTemplate(db, record.templateId);
  if (!template) throw new ApiError('NOT_FOUND', 'inspections.template.notFound');
  const items = new Map(template.sections.flatMap((s) => s.items).map((i) => [i.key, i] as const));
  const typed = new Map(answersOf(db, record.id).map((a) => [a.itemKey, a] as const));
  const values = answers.map(({ itemKey, value }) => {
    const item = items.get(itemKey);
    if (!item) throw new ApiError('VALIDATION', 'errors.validation', undefined, [{ path: 'itemKey', messageKey: 'inspections.item.unknown' }]);
    const stored = value === '' ? '' : normaliseAnswer(item, value);
    if (stored === null) throw new ApiError('VALIDATION', 'errors.validation', undefined, [{ path: 'value', messageKey: `inspections.answer.invalid.${item.kind}` }]);
    return { itemKey, value: stored };
  });
  let saved = 0;
  let pagesKept = 0;
  db.transaction(() => {
    let current = record;
    for (const { itemKey, value } of values) {
      const note = typed.get(itemKey)?.note ?? '';
      if ((typed.get(itemKey)?.value ?? '') === value) continue;
      saveAnswer(db, current, { id: app.newId(), itemKey, value, note }, stamp);
      current = { ...current, status: current.status === 'planned' ? 'draft' : current.status };
      saved += 1;
    }
    if (!batch.kept.has(record.id)) {
      for (const p of pages) {
        if (!p.image || !p.code) continue;
        insertScanPage(db, {
          id: app.newId(),
          unitCode: record.unitCode,
          inspectionId: record.id,
          batchId: batch.batchId,
          page: p.code.page,
          sourceIndex: p.index,
          sourceName: batch.fileName,
          templateVersion: p.code.version,
          image: p.image,
          readings: JSON.stringify(p.items),
          createdAt: stamp.now,
          createdBy: stamp.userId,
        });
        pagesKept += 1;
      }
    }
  }).immediate();
  batch.kept.add(record.id);
  return { saved, pagesKept };
}

/** The answers a batch may write without a person: clear readings where nothing different is typed. */
export function clearAnswers(db: Db, inspectionId: string, pages: readonly ScannedPage[]): { itemKey: string; value: string }[] {
  const typed = answerMap(answersOf(db, inspectionId));
  return pages.flatMap((p) => p.items).filter((i) => i.status === 'read' && !typed.has(i.key)).map((i) => ({ itemKey: i.key, value: i.value }));
}
