import { z } from 'zod';
import { Uuid } from './common';

/** A path on this computer chosen by the clerk (a folder on a USB stick, usually). */
export const FilePath = z.string({ error: 'validation.file' }).min(1, { error: 'validation.file' }).max(4096, { error: 'validation.file' });
const Fingerprint = z.string().max(200);
/** 12 characters at least: a key backup leaves the office on a stick and is guessed offline. */
export const KEY_PASSPHRASE_MIN = 12;
const Passphrase = z.string().min(KEY_PASSPHRASE_MIN, { error: 'validation.passphrase' }).max(1024);

export const KeyDescription = z.object({ keyId: z.string(), fingerprint: z.string() });

export const KeysInfo = z.object({
  installationId: z.string(),
  level: z.string(),
  signing: KeyDescription,
  receiving: KeyDescription.nullable(),
  province: z
    .object({ installationId: z.string(), unitCode: z.string(), signing: KeyDescription, receiving: KeyDescription, pinnedAt: z.string() })
    .nullable(),
  provinceKeyHistory: z.array(z.object({ fingerprint: z.string(), pinnedAt: z.string() })),
});

export const Written = z.object({ file: z.string(), size: z.number(), hash: z.string() });

export const OfficeIdentity = z.object({
  installationId: z.string(),
  officeName: z.string(),
  unitCode: z.string(),
  unitListVersion: z.string(),
});

export const RegistrationOut = Written.extend(OfficeIdentity.shape).extend({ keyId: z.string(), fingerprint: z.string() });
export const RegisteredOut = OfficeIdentity.extend({ keyId: z.string(), fingerprint: z.string() });

export const RegisteredOfficeOut = OfficeIdentity.extend({
  keyId: z.string(),
  fingerprint: z.string(),
  status: z.enum(['active', 'revoked']),
  registeredAt: z.string(),
  revokedAt: z.string().nullable(),
});

export const KeysExportInput = z.object({ out: FilePath, passphrase: Passphrase });
export const KeysImportInput = z.object({ file: FilePath, passphrase: z.string().min(1).max(1024) });
export const OutInput = z.object({ out: FilePath });
export const FileInput = z.object({ file: FilePath });
export const RegisterInput = z.object({
  file: FilePath,
  fingerprint: Fingerprint,
  /** Re-registering an installation with a new key: the old fingerprint, confirming both were compared. */
  replacing: Fingerprint.nullable().default(null),
});
export const ConfigImportInput = z.object({ file: FilePath, fingerprint: Fingerprint.nullable().default(null) });
export const PackageExportInput = z.object({ out: FilePath, full: z.boolean().default(false) });
export const ResendInput = z.object({ sequence: z.number().int().min(1), out: FilePath });
export const PackageImportInput = z.object({ file: FilePath, dryRun: z.boolean().default(false) });
export const ReceiptExportInput = z.object({ office: Uuid, out: FilePath });

export const ConfigExportOut = Written.extend({ packageId: z.string(), sequence: z.number(), fingerprint: z.string() });
export const ConfigImportOut = z.object({
  alreadyImported: z.boolean(),
  outdated: z.boolean(),
  sequence: z.number(),
  keyChanged: z.boolean(),
  revokedHere: z.boolean().optional(),
  fingerprint: z.string().optional(),
  /** Configuration packages issued since the last one imported here and never seen (capped, see importConfig). */
  skipped: z.number().optional(),
});

export const SentPackageOut = z.object({
  sequence: z.number(),
  packageId: z.string(),
  kind: z.string(),
  packageHash: z.string(),
  size: z.number(),
  upToChangeSeq: z.number(),
  createdAt: z.string(),
  confirmedAt: z.string().nullable(),
});
export const PackageExportOut = SentPackageOut.omit({ confirmedAt: true }).extend({ file: z.string(), records: z.number() });
export const ResendOut = Written.extend({ sequence: z.number() });

export const OfficeStatus = z.object({ packages: z.array(SentPackageOut), unconfirmed: z.array(z.number()) });
export const ProvinceOfficeStatus = z.object({
  installationId: z.string(),
  officeName: z.string(),
  unitCode: z.string(),
  status: z.enum(['active', 'revoked']),
  received: z.array(z.number()),
  highest: z.number(),
  /** Missing sequences as ranges (db/packageLog.ts sequenceGaps). */
  gaps: z.array(z.object({ from: z.number(), to: z.number() })),
  /** Sequences whose previous-package hash does not match the package held before them. */
  chainBreaks: z.array(z.number()),
  lastImportedAt: z.string().nullable(),
  auditHash: z.string().nullable(),
});
/** One answer for both sides: an office lists what it sent, a province what it received per office. */
export const PackageStatus = z.object({ level: z.string(), office: OfficeStatus.nullable(), province: z.array(ProvinceOfficeStatus).nullable() });

const PackageDescription = z.object({
  packageId: z.string(),
  kind: z.string(),
  sequence: z.number(),
  createdAt: z.string(),
  senderInstallationId: z.string(),
  officeName: z.string(),
  unitCode: z.string(),
  alreadyImported: z.boolean(),
});
export const VerifyOut = PackageDescription;
export const TableSummary = z.object({ added: z.number(), changed: z.number(), deleted: z.number(), skipped: z.number() });
export const ImportOut = PackageDescription.extend({ dryRun: z.boolean(), tables: z.record(z.string(), TableSummary), chainBroken: z.boolean() });

export const ReceiptExportOut = Written.extend({ packages: z.number() });
export const ReceiptImportOut = OfficeStatus.extend({ confirmed: z.number() });
export const StatsOut = z.object({ tables: z.record(z.string(), z.number()), lastChangeSeq: z.number() });

/** "3, 5-9": missing sequences for the screen and the CLI. */
export function rangesText(ranges: readonly { from: number; to: number }[]): string {
  return ranges.map((r) => (r.from === r.to ? String(r.from) : `${r.from}-${r.to}`)).join(', ');
}

/** The consolidated view at the province: a register filtered by the office that sent it and/or by unit. */
export const OfficeFilterInput = z.object({
  originInstallationId: Uuid.nullable().default(null),
  unitCode: z.string().max(32).nullable().default(null),
});

/** `keys rotate`: the configuration package announcing the new keys, signed by the old one. */
export const KeysRotateOut = Written.extend({
  packageId: z.string(),
  sequence: z.number(),
  fingerprint: z.string(),
  previousFingerprint: z.string(),
  receivingKeyId: z.string(),
});
