/** Errors cross the boundary as data; compare by `code`, translate `messageKey`. */
export interface ApiErrorData {
  code: string;
  messageKey: string;
  params?: Record<string, string | number>;
  /** Field-level problems of a validation error, each a message key. */
  issues?: { path: string; messageKey: string; params?: Record<string, string | number> }[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly messageKey: string,
    readonly params?: Record<string, string | number>,
    readonly issues?: ApiErrorData['issues'],
  ) {
    super(`${code} (${messageKey})`);
    this.name = 'ApiError';
  }

  toData(): ApiErrorData {
    return {
      code: this.code,
      messageKey: this.messageKey,
      ...(this.params ? { params: this.params } : {}),
      ...(this.issues ? { issues: this.issues } : {}),
    };
  }
}
