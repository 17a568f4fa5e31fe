import { z } from 'zod';

/** Who may call a procedure: anyone from the app's window, a signed-in user, or an administrator. */
export type Access = 'public' | 'user' | 'admin';

export interface ProcedureSpec {
  input: z.ZodType;
  output: z.ZodType;
  access: Access;
  /**
   * 'read': changes nothing, so a successful call is not written to the audit trail. Every other procedure
   * is audited by the router (electron/audit/callAudit.ts): a new one is logged unless marked here.
   */
  kind?: 'read';
  /** Failed calls are audited too (a wrong password is evidence). */
  auditFailures?: boolean;
}

/** Input of procedures that take nothing. */
export const none = z.object({}).default({});
