import { z } from 'zod';
import { PackageError } from './errors';
import { isoInstantSchema, openPackage, sealPackage, uuidSchema, type PackageHeader, type SealInput } from './format';

/** A receipt names at most this many packages; the file cap follows from it. */
export const MAX_RECEIPT_ENTRIES = 100_000;
const MAX_RECEIPT_BYTES = 32 * 1024 * 1024;


export const receiptPayloadSchema = z.strictObject({
  officeInstallationId: uuidSchema,
  packages: z
    .array(
      z.strictObject({
        packageId: uuidSchema,
        sequence: z.number().int().min(0),
        packageHash: z.string().regex(/^[0-9a-f]{64}$/),
        importedAt: isoInstantSchema,
      }),
    )
    .max(MAX_RECEIPT_ENTRIES),
});

export type ReceiptPayload = z.infer<typeof receiptPayloadSchema>;

/** The envelope fields of any package, minus what a receipt fixes (kind, payload, no recipient). */
export type SealReceiptInput = Omit<SealInput, 'kind' | 'payload' | 'recipientPublicKey' | 'chunkSize' | 'ephemeralPrivateKey' | 'salt'> & {
  receipt: ReceiptPayload;
};

/** Signed, not encrypted: it holds only ids and hashes, and offices have no receiving key. */
export function sealReceipt(input: SealReceiptInput): Uint8Array {
  const parsed = receiptPayloadSchema.safeParse(input.receipt);
  if (!parsed.success) throw new PackageError('INVALID_CONTENT', 'cannot seal an invalid receipt');
  return sealPackage({
    kind: 'receipt',
    packageId: input.packageId,
    senderInstallationId: input.senderInstallationId,
    senderUnitCode: input.senderUnitCode,
    senderUnitListVersion: input.senderUnitListVersion,
    sequence: input.sequence,
    previousPackageHash: input.previousPackageHash,
    createdAt: input.createdAt,
    senderSigningPrivateKey: input.senderSigningPrivateKey,
    payload: Buffer.from(JSON.stringify(parsed.data), 'utf8'),
    recipientPublicKey: null,
  });
}

export interface OpenReceiptOptions {
  /** The pinned province signing key. */
  senderPublicKey: Uint8Array;
  /** When given, a receipt for another office is refused (WRONG_RECIPIENT). */
  officeInstallationId?: string;
  maxBytes?: number;
}

export function openReceipt(bytes: Uint8Array, options: OpenReceiptOptions): { header: PackageHeader; receipt: ReceiptPayload } {
  const { header, payload } = openPackage(bytes, {
    senderPublicKey: options.senderPublicKey,
    recipientPrivateKey: null,
    kinds: ['receipt'],
    maxBytes: options.maxBytes ?? MAX_RECEIPT_BYTES,
  });
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload));
  } catch {
    throw new PackageError('INVALID_CONTENT', 'receipt is not UTF-8 JSON');
  }
  const parsed = receiptPayloadSchema.safeParse(json);
  if (!parsed.success) throw new PackageError('INVALID_CONTENT', 'receipt does not match its schema');
  if (options.officeInstallationId !== undefined && parsed.data.officeInstallationId !== options.officeInstallationId) {
    throw new PackageError('WRONG_RECIPIENT', 'receipt for another office');
  }
  return { header, receipt: parsed.data };
}
