import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
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

/*
 * The JSON is compressed (Brotli, Node's zlib, behind a 4-byte tag) before it is encrypted: records
 * repeat column values, dates and codes, and a month of an office's work must cross a 2G link in
 * seconds. Everyday packages (up to 1 MB of JSON) get the densest setting; larger ones (a full
 * snapshot) a fast one, so exporting it stays within a few times the cost of writing its rows.
 * Compression is not an archive format: it is one stream, inflated with a bound on its output (a
 * small package cannot expand into gigabytes), and only after every chunk was authenticated.
 * A payload starting with '{' is plain JSON (packages made before compression).
 */
const COMPRESSED = Buffer.from('DDB1', 'latin1');
/** Brotli's densest setting costs about a second per MB of JSON on an office PC: only for everyday packages. */
const DENSE_UP_TO_BYTES = 1024 * 1024;
/** The largest payload an office package may inflate to: a 196 KB package once inflated to 2.3 GB. */
export const MAX_PAYLOAD_JSON_BYTES = 64 * 1024 * 1024;

export function encodeOfficePayload(payload: OfficePayload): Uint8Array {
  const json = Buffer.from(JSON.stringify(payload), 'utf8');
  const quality = json.length <= DENSE_UP_TO_BYTES ? constants.BROTLI_MAX_QUALITY : 5;
  const params = { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: json.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT };
  return Buffer.concat([COMPRESSED, brotliCompressSync(json, { params })]);
}

function inflatePayload(bytes: Uint8Array): Uint8Array {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!buffer.subarray(0, COMPRESSED.length).equals(COMPRESSED)) return bytes;
  try {
    return brotliDecompressSync(buffer.subarray(COMPRESSED.length), { maxOutputLength: MAX_PAYLOAD_JSON_BYTES });
  } catch {
    throw new PackageError('INVALID_CONTENT', 'payload does not inflate within bounds');
  }
}

export function decodeOfficePayload(bytes: Uint8Array): OfficePayload {
  const parsed = officePayloadSchema.safeParse(parseJson(inflatePayload(bytes), 'INVALID_CONTENT'));
  if (!parsed.success) throw new PackageError('INVALID_CONTENT', 'payload envelope');
  return parsed.data as OfficePayload;
}
