import { z } from 'zod';
import type { ProcedureSpec } from '../procedure';
import { JobId } from '../schemas/import';
import { FileInput } from '../schemas/packages';
import { InspectionIdInput, ScanBatchOut, ScanEvidenceOut, ScanReview, ScanSaveInput } from '../schemas/scan';

/** Scanned checklists (issue 18): read a batch in a worker, review one inspection's reading, save it as a draft, view the kept pages. */
export const scanProcedures = {
  'inspections.scanStart': { input: FileInput, output: JobId, access: 'user', area: 'inspections', kind: 'read', paths: { file: 'file' } },
  'inspections.scanned': { input: JobId, output: ScanBatchOut, access: 'user', area: 'inspections', kind: 'read' },
  'inspections.scanReview': { input: z.object({ jobId: z.string().max(64), code: z.string().max(20) }), output: ScanReview, access: 'user', area: 'inspections', kind: 'read' },
  'inspections.saveFromScan': { input: ScanSaveInput, output: z.object({ saved: z.number(), pagesKept: z.number() }), access: 'user', area: 'inspections' },
  'inspections.scanPages': { input: InspectionIdInput, output: z.array(ScanEvidenceOut), access: 'user', area: 'inspections', kind: 'read' },
} as const satisfies Record<string, ProcedureSpec>;
