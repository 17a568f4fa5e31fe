import { z } from 'zod';
import { Uuid } from './common';

const Region = z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() });

export const ScanItemReading = z.object({
  key: z.string(),
  number: z.number(),
  kind: z.enum(['yesno', 'number']),
  text: z.string(),
  status: z.enum(['read', 'blank', 'uncertain']),
  value: z.string(),
  suggestion: z.string(),
  reason: z.enum(['twoMarks', 'corrected', 'faint']).nullable(),
  region: Region,
});
export type ScanItemReading = z.infer<typeof ScanItemReading>;

/** One page of a scanned batch as the reader found it. */
export const ScanPageOut = z.object({
  index: z.number(),
  code: z.string().nullable(),
  page: z.number().nullable(),
  pages: z.number().nullable(),
  failure: z.enum(['noMarks', 'noCode', 'unknownInspection', 'versionMismatch', 'layout']).nullable(),
  rotation: z.number(),
  items: z.array(ScanItemReading),
});

/** Per inspection: what the scan says, what is already typed, and where they disagree. */
export const ScanInspectionOut = z.object({
  code: z.string(),
  inspectionId: z.string(),
  businessName: z.string(),
  status: z.string(),
  pages: z.array(z.number()),
  read: z.number(),
  uncertain: z.number(),
  blank: z.number(),
  /** Items where a typed answer differs from a clear scanned one: never overwritten. */
  conflicts: z.array(z.object({ key: z.string(), typed: z.string(), scanned: z.string() })),
  saved: z.number(),
});

export const ScanBatchOut = z.object({
  batchId: z.string(),
  pages: z.array(ScanPageOut),
  inspections: z.array(ScanInspectionOut),
  /** Pages whose QR code could not be read or named no inspection of this office: listed, never guessed. */
  unidentified: z.array(z.number()),
  ms: z.number(),
});
export type ScanBatchOut = z.infer<typeof ScanBatchOut>;

/** The clerk's confirmed answers for one inspection of a read batch, saved as a draft like typed entry. */
export const ScanSaveInput = z.object({
  jobId: z.string().max(64),
  code: z.string().max(20),
  answers: z.array(z.object({ itemKey: z.string().max(60), value: z.string().max(500) })).max(500),
});

/** A kept page: the upright image (JPEG, base64) and the reader's items. */
export const ScanEvidenceOut = z.object({
  id: z.string(),
  page: z.number(),
  batchId: z.string(),
  createdAt: z.string(),
  image: z.string(),
  items: z.array(ScanItemReading),
});

export const ScanReview = z.object({
  code: z.string(),
  inspectionId: z.string(),
  items: z.array(ScanItemReading.extend({ page: z.number() })),
  /** Page images (JPEG base64) by page number, for the crops. */
  images: z.record(z.string(), z.string()),
});

export const InspectionIdInput = z.object({ inspectionId: Uuid });
