import { z } from 'zod';
import type { RecordSet } from '../../db/packageRecords';
import { uuidSchema } from './format';
import { PackageError } from './errors';
import { parseJson } from './files';

/*
 * The decrypted payload of an office package: who it is from (must match the signed header), the
 * range of the office's change log it covers, the office's latest audit-trail hash when it has one,
 * and the records by table (db/packageRecords.ts). Only the envelope is checked here; every row is
 * checked by applyRecords and by SQLite as it is applied.
 */

export const officePayloadSchema = z.strictObject({
  format: z.literal(1),
  installationId: uuidSchema,
  unitCode: z.string().max(32),
  snapshot: z.boolean(),
  fromChangeSeq: z.number().int().min(0),
  upToChangeSeq: z.number().int().min(0),
  auditHash: z.string().max(256).nullable(),
  tables: z.record(
    z.string().regex(/^[a-z_][a-z0-9_]*$/).max(64),
    z.strictObject({ columns: z.array(z.string().max(64)).max(1000), rows: z.array(z.unknown()) }),
  ),
});

export type OfficePayload = Omit<z.infer<typeof officePayloadSchema>, 'tables'> & { tables: RecordSet };

export function encodeOfficePayload(payload: OfficePayload): Uint8Array {
  return Buffer.from(JSON.stringify(payload), 'utf8');
}

export function decodeOfficePayload(bytes: Uint8Array): OfficePayload {
  const parsed = officePayloadSchema.safeParse(parseJson(bytes, 'INVALID_CONTENT'));
  if (!parsed.success) throw new PackageError('INVALID_CONTENT', 'payload envelope');
  return parsed.data as OfficePayload;
}
