/**
 * Why a package (or key backup) was refused. The codes are stable: the CLI prints them in its JSON
 * and the UI translates `messageKey`, so never rename one.
 */
export const PACKAGE_ERROR_CODES = [
  'NOT_A_PACKAGE',
  'UNSUPPORTED_VERSION',
  'TOO_LARGE',
  'TRUNCATED',
  'BAD_SIGNATURE',
  'WRONG_RECIPIENT',
  'TAMPERED',
  'INVALID_CONTENT',
  'UNKNOWN_SENDER',
  'REVOKED_SENDER',
  'WRONG_PASSPHRASE',
  'CRYPTO_SELF_TEST_FAILED',
  'SEQUENCE_JUMP',
  'KEY_CHANGE_NEEDS_FINGERPRINT',
  'KEY_ALREADY_REGISTERED',
] as const;

export type PackageErrorCode = (typeof PACKAGE_ERROR_CODES)[number];
/** Extra wordings for a code where the same reason needs other words (the code stays the same). */
export type PackageErrorMessageKey = `packages.error.${PackageErrorCode}` | 'packages.error.UNKNOWN_PROVINCE_KEY';

export class PackageError extends Error {
  override readonly name = 'PackageError';
  readonly messageKey: PackageErrorMessageKey;

  /** `detail` is for logs and developers only (English, never shown as the clerk's message). */
  constructor(
    readonly code: PackageErrorCode,
    readonly detail?: string,
    messageKey?: PackageErrorMessageKey,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.messageKey = messageKey ?? `packages.error.${code}`;
  }
}

export function isPackageError(error: unknown): error is PackageError {
  return error instanceof PackageError;
}
