import { z } from 'zod';
import { trimmed } from './common';
import { FileOut } from './import';

const Instant = z.iso.datetime({ error: 'validation.date' });

/** Filters of the activity log; instants are computed by the caller from the dates the user typed. */
export const AuditQuery = z.object({
  user: trimmed(200).default(''),
  record: trimmed(200).default(''),
  action: z.string().max(100).nullable().default(null),
  since: Instant.nullable().default(null),
  before: Instant.nullable().default(null),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export const AuditEntry = z.object({
  seq: z.number(),
  at: z.string(),
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  action: z.string(),
  via: z.string().nullable(),
  targetTable: z.string().nullable(),
  recordId: z.string().nullable(),
  recordLabel: z.string().nullable(),
  fields: z.array(z.string()).nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditPage = z.object({ total: z.number(), rows: z.array(AuditEntry) });

export const AuditVerification = z.object({
  ok: z.boolean(),
  entries: z.number(),
  headHash: z.string().nullable(),
  problem: z.object({ kind: z.enum(['altered', 'deleted', 'unsealed']), seq: z.number(), at: z.string().nullable() }).optional(),
});
export type AuditVerification = z.infer<typeof AuditVerification>;

export const AuditExport = FileOut.extend({ rows: z.number(), truncated: z.boolean() });
