import { z } from 'zod';
import { none, type ProcedureSpec } from '../procedure';

/**
 * Encryption at rest. The recovery key is the database key in printable form: shown to an
 * administrator (the setup wizard shows it once, right after setup); every call is in the activity log.
 */
export const encryptionProcedures = {
  'office.recoveryKey': { input: none, output: z.object({ recoveryKey: z.string() }), access: 'admin' },
} as const satisfies Record<string, ProcedureSpec>;
