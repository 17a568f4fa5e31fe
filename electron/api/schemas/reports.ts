import { z } from 'zod';
import { DocumentSettingsOut } from './inspections';
import type { ReportNarrative as ReportNarrativeRecord } from '../../plan/narrative';
import type { ReportData } from '../../plan/report';
import { requiredText, Uuid } from './common';

const narrativePart = z.string().max(20_000).default('');

/** The office's narrative: three parts; a plain text (earlier clients) is taken as the results. */
export const ReportNarrativeInput = z
  .union([z.string().max(20_000), z.object({ results: narrativePart, difficulties: narrativePart, proposals: narrativePart })])
  .default('')
  .transform((v): ReportNarrativeRecord => (typeof v === 'string' ? { results: v, difficulties: '', proposals: '' } : v));

const Cell = z.union([z.string(), z.number(), z.null()]);

export const ReportDataSchema = z.object({
  period: z.string(),
  periodName: z.string(),
  from: z.string(),
  to: z.string(),
  asOf: z.string(),
  changeLogSeq: z.number(),
  unitCode: z.string(),
  unitName: z.string(),
  officeName: z.string(),
  documents: DocumentSettingsOut,
  layoutVersion: z.number(),
  texts: z.record(z.string(), z.string()),
  about: z.object({ title: z.string(), labels: z.array(z.object({ key: z.string(), label: z.string() })) }),
  tables: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      columns: z.array(z.object({ key: z.string(), label: z.string() })),
      headers: z.array(z.string()),
      rows: z.array(z.array(Cell)),
      note: z.string().optional(),
    }),
  ),
}) satisfies z.ZodType<ReportData>;

/** What the print preview (and the CLI's PDF) renders: the figures, the narrative and the day it was made. */
export const PrintableReport = ReportDataSchema.extend({
  narrative: z.object({ results: z.string(), difficulties: z.string(), proposals: z.string() }),
  madeOn: z.string(),
});
export type PrintableReport = z.infer<typeof PrintableReport>;

export const ReportOut = z.object({
  id: Uuid,
  period: z.string(),
  asOf: z.string(),
  changeLogSeq: z.number(),
  format: z.enum(['xlsx', 'pdf']),
  fileName: z.string(),
  /** The .xlsx as base64; empty for a PDF, which is printed from `document`. */
  bytes: z.string(),
  document: PrintableReport,
});

/** One row of the report layout (db/reportLayout.ts): a document line, a table with its columns, or a term. */
export const ReportLayoutRow = z.object({
  id: z.string(),
  version: z.number(),
  position: z.number(),
  kind: z.enum(['text', 'table', 'term']),
  text: z.string(),
  columns: z.array(z.tuple([z.string(), z.string()])),
  shown: z.boolean(),
});

/** The province changes a row's wording, a table's columns (reordered, renamed or left out, never new ones) or hides a table. */
export const SetLayoutInput = z.object({
  id: z.string().max(100),
  text: requiredText(500),
  columns: z.array(z.tuple([z.string().max(50), requiredText(200)])).max(30).optional(),
  shown: z.boolean().optional(),
});
