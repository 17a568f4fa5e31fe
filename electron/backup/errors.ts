/**
 * One error type for every backup and restore failure. `code` is stable (the CLI prints it, tests
 * match it); `messageKey` names the Vietnamese text; `params` fill its placeholders.
 */
export const BACKUP_ERROR_CODES = [
  'NOT_A_BACKUP',
  'UNSUPPORTED_VERSION',
  'WRONG_PASSPHRASE',
  'PASSPHRASE_REQUIRED',
  'TRUNCATED',
  'TAMPERED',
  'TOO_NEW',
  'INTEGRITY_FAILED',
  'VERIFY_FAILED',
  'OTHER_OFFICE',
  'CANCELLED',
  'DISK_FULL',
  'NOT_WRITABLE',
  'UNREADABLE',
  'DATA_DIR_IN_USE',
  'CHECKSUM_FAILED',
  'SCHEMA_MISMATCH',
] as const;

export type BackupErrorCode = (typeof BACKUP_ERROR_CODES)[number];

export class BackupError extends Error {
  readonly messageKey: `backup.error.${BackupErrorCode}`;

  constructor(
    readonly code: BackupErrorCode,
    detail?: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'BackupError';
    this.messageKey = `backup.error.${code}`;
  }
}

export function isBackupError(error: unknown, code?: BackupErrorCode): error is BackupError {
  return error instanceof BackupError && (code === undefined || error.code === code);
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const DISK_FULL_CODES = new Set(['ENOSPC', 'EDQUOT', 'EFBIG', 'SQLITE_FULL']);
const ACCESS_CODES = new Set([
  'EACCES',
  'EPERM',
  'EROFS',
  'ENOENT',
  'ENOTDIR',
  'EISDIR',
  'EIO',
  'EBUSY',
  'SQLITE_READONLY',
  'SQLITE_CANTOPEN',
  'SQLITE_IOERR',
]);

/**
 * Turns OS and SQLite failures into BackupErrors the clerk can act on ("the USB stick is full",
 * "the folder is read-only"). `side` says whether we were reading the source or writing the
 * result, which decides between UNREADABLE and NOT_WRITABLE. Anything else is a bug: rethrown as is.
 */
export function asBackupError(error: unknown, side: 'read' | 'write'): unknown {
  if (error instanceof BackupError) return error;
  if ((error as { name?: unknown } | null)?.name === 'AbortError') return new BackupError('CANCELLED');
  const code = errorCode(error);
  if (code === undefined) return error;
  if (DISK_FULL_CODES.has(code) || code.startsWith('SQLITE_FULL')) return new BackupError('DISK_FULL', describe(error));
  if (ACCESS_CODES.has(code) || code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_READONLY')) {
    return new BackupError(side === 'read' ? 'UNREADABLE' : 'NOT_WRITABLE', describe(error));
  }
  return error;
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new BackupError('CANCELLED');
}
