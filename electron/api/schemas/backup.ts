import { z } from 'zod';

const FilePath = z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(1000, { error: 'validation.tooLong' });

/** The passphrase of an encrypted backup: long enough that scrypt is not the only protection. */
export const BACKUP_PASSPHRASE_MIN = 12;
export const BackupPassphrase = z
  .string({ error: 'validation.required' })
  .min(BACKUP_PASSPHRASE_MIN, { error: 'backupPage.passphraseShort' })
  .max(200, { error: 'validation.tooLong' });

export const BackupSummary = z.object({
  file: z.string(),
  createdAt: z.string(),
  sizeBytes: z.number(),
  officeName: z.string().nullable(),
  unitCode: z.string().nullable(),
});

/** Why the app started without its database, and the backup it offers instead. */
export const RecoveryStatus = z.object({
  reason: z.enum(['missing', 'corrupt', 'unreadable']),
  detail: z.string(),
  newestGoodBackup: BackupSummary.nullable(),
});

export const AutomaticBackups = z.object({
  folder: z.string(),
  backups: z.array(z.object({ file: z.string(), createdAt: z.string(), sizeBytes: z.number() })),
});

export const BackupCreateInput = z.object({ folder: FilePath, passphrase: BackupPassphrase });
export const BackupCreated = z.object({ file: z.string(), createdAt: z.string(), sizeBytes: z.number() });

export const RestorePreviewInput = z.object({
  file: FilePath,
  passphrase: z.string().max(200).nullable().default(null),
});

export const RestorePreviewOut = BackupSummary.extend({
  schemaVersion: z.number(),
  /** The schema this app writes: a backup above it cannot be restored (TOO_NEW). */
  appSchemaVersion: z.number(),
  encrypted: z.boolean(),
  /** The passphrase was given and checked (always true for a plain snapshot). */
  verified: z.boolean(),
  /** What vouches for the file's bytes: this installation's checksum, another PC's, or nothing ("unverified"). */
  authenticity: z.enum(['authenticated', 'checksum', 'unverified']),
  otherOffice: z.boolean(),
  rowCounts: z.array(z.object({ table: z.string(), rows: z.number() })),
});
export type RestorePreviewOut = z.infer<typeof RestorePreviewOut>;

export const RestoreStartInput = RestorePreviewInput.extend({ confirmOtherOffice: z.boolean().default(false) });
export const RestoreDone = z.object({ safetyCopy: z.string().nullable() });
