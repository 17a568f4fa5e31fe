import { z } from 'zod';

/** Who may call a procedure: anyone from the app's window, a signed-in user, or an administrator. */
export type Access = 'public' | 'user' | 'admin';

export interface ProcedureSpec {
  input: z.ZodType;
  output: z.ZodType;
  access: Access;
}

/** Input of procedures that take nothing. */
export const none = z.object({}).default({});
