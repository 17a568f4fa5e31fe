import { z } from 'zod';
import { FileBytes } from './common';

export const JobId = z.object({ jobId: z.string().max(64) });

export const JobState = z.object({
  jobId: z.string(),
  kind: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  progress: z.number().min(0).max(1),
  error: z
    .object({
      messageKey: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      /** The stable code of a refusal (a data package's NOT_A_PACKAGE, TAMPERED...), when it has one. */
      code: z.string().optional(),
    })
    .nullable(),
});
export type JobState = z.infer<typeof JobState>;

export const ImportReadInput = z.object({ fileName: z.string().max(260), bytes: FileBytes });

/** Field -> zero-based column index in the sheet, or null when not imported. */
export const ColumnMappingSchema = z.record(z.string().max(40), z.number().int().min(0).max(500).nullable());

const Issue = z.object({
  field: z.string().nullable(),
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export const ImportPreviewOut = z.object({
  headers: z.array(z.string()),
  /** The Excel row the headers were taken from (below a title row when there is one). */
  headerRow: z.number(),
  mapping: ColumnMappingSchema,
  missingColumns: z.array(z.string()),
  total: z.number(),
  validCount: z.number(),
  invalidCount: z.number(),
  /** Rows with errors, the first ones only when there are very many. */
  invalidRows: z.array(z.object({ rowNumber: z.number(), errors: z.array(Issue) })),
  /** Rows imported with something to check afterwards (a likely duplicate of a registered record). */
  warningRows: z.array(z.object({ rowNumber: z.number(), errors: z.array(Issue) })),
});
export type ImportPreviewOut = z.infer<typeof ImportPreviewOut>;

/** The clerk's choices for old communes split among several new ones (issue 17): for all rows of one, or per row. */
export const CommuneChoicesSchema = z
  .object({
    byOldCommune: z.record(z.string().max(300), z.string().regex(/^\d{1,10}$/)).default({}),
    byRow: z.record(z.string().regex(/^\d{1,7}$/), z.string().regex(/^\d{1,10}$/)).default({}),
  })
  .default({ byOldCommune: {}, byRow: {} });

export const ImportPreviewInput = z.object({ jobId: z.string().max(64), mapping: ColumnMappingSchema.nullable().default(null), communeChoices: CommuneChoicesSchema });

export const ImportCommitInput = z.object({
  jobId: z.string().max(64),
  mapping: ColumnMappingSchema.nullable().default(null),
  validOnly: z.boolean(),
  communeChoices: CommuneChoicesSchema,
});

export const FileOut = z.object({ fileName: z.string(), bytes: z.string() });
