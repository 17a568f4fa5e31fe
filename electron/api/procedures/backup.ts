import { none, type ProcedureSpec } from '../procedure';
import {
  AutomaticBackups,
  BackupCreated,
  BackupCreateInput,
  RestoreDone,
  RestorePreviewInput,
  RestorePreviewOut,
  RestoreStartInput,
} from '../schemas/backup';
import { JobId, JobState } from '../schemas/import';

/**
 * Backups and restore. The restore procedures are public because a damaged database leaves no
 * users to sign in as; their handlers allow them only in recovery, before setup (a new PC), or to
 * an administrator.
 */
export const backupProcedures = {
  'backup.list': { input: none, output: AutomaticBackups, access: 'admin', kind: 'read' },
  'backup.create': { input: BackupCreateInput, output: JobId, access: 'admin', paths: { folder: 'folder' } },
  'backup.created': { input: JobId, output: BackupCreated, access: 'admin', kind: 'read' },
  'restore.preview': { input: RestorePreviewInput, output: RestorePreviewOut, access: 'public', kind: 'read', paths: { file: 'file' } },
  'restore.start': { input: RestoreStartInput, output: JobId, access: 'public', paths: { file: 'file' } },
  'restore.job': { input: JobId, output: JobState, access: 'public', kind: 'read' },
  'restore.done': { input: JobId, output: RestoreDone, access: 'public', kind: 'read' },
} as const satisfies Record<string, ProcedureSpec>;

