import { scanPagesOf } from '../../../db/scanPages';
import { inspectionById } from '../../../db/inspections';
import type { ScanItemReading } from '../schemas/scan';
import { ApiError } from '../errors';
import type { scanProcedures } from '../procedures/scan';
import type { Handler } from '../router';
import { ownScanned, readScan, saveScanned, SCAN_JOB, scanOf } from '../../scan/service';
import { ScanJobAborted } from '../../scan/scanJob';

type ScanProcedure = keyof typeof scanProcedures;

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** Uncertain items first (the clerk's work), then in page and row order. */
const reviewOrder = (a: ScanItemReading & { page: number }, b: ScanItemReading & { page: number }) =>
  Number(b.status === 'uncertain') - Number(a.status === 'uncertain') || a.page - b.page || a.region.y - b.region.y;

export const scanHandlers: { [N in ScanProcedure]: Handler<N> } = {
  'inspections.scanStart': ({ app }, { file }) => {
    const { jobId } = app.jobs.start(SCAN_JOB, async (report, signal) => {
      try {
        return await readScan(app, file, { onProgress: report, signal });
      } catch (error) {
        if (error instanceof ScanJobAborted) throw new ApiError('CANCELLED', 'errors.job.cancelled');
        throw error;
      }
    });
    return { jobId };
  },
  'inspections.scanned': ({ app }, { jobId }) => scanOf(app, jobId).summary,
  'inspections.scanReview': ({ app }, { jobId, code }) => {
    const batch = scanOf(app, jobId);
    const { record, pages } = ownScanned(app, batch, code);
    const items = pages.flatMap((p) => p.items.map((item) => ({ ...item, page: p.code?.page ?? 0 }))).sort(reviewOrder);
    const images = Object.fromEntries(pages.flatMap((p) => (p.image && p.code ? [[String(p.code.page), base64(p.image)] as const] : [])));
    return { code: record.code, inspectionId: record.id, items, images };
  },
  'inspections.saveFromScan': (ctx, { jobId, code, answers }) =>
    saveScanned(ctx.app, scanOf(ctx.app, jobId), code, answers, { userId: ctx.session.user?.id ?? null, now: ctx.app.now() }),
  'inspections.scanPages': ({ app }, { inspectionId }) => {
    const record = inspectionById(app.db, inspectionId);
    if (!record || record.unitCode !== app.office()?.unitCode) throw new ApiError('INSPECTION_NOT_FOUND', 'inspections.code.notFound');
    return scanPagesOf(app.db, inspectionId).map((p) => ({ id: p.id, page: p.page, batchId: p.batchId, createdAt: p.createdAt, image: base64(p.image), items: JSON.parse(p.readings) as ScanItemReading[] }));
  },
};
