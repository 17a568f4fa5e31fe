import { z } from 'zod';
import type { ProcedureSpec } from '../procedure';
import { requiredText, Uuid } from '../schemas/common';

/**
 * Seeing who denounced a business: case-log area only, never a read (the router writes it to the
 * activity log with the reason; the name and contact themselves are kept out of the log).
 */
export const caseRevealProcedures = {
  'cases.revealReporter': {
    input: z.object({ id: Uuid, reason: requiredText(500).pipe(z.string().min(5, { error: 'cases.revealReasonShort' })) }),
    output: z.object({ reporterName: z.string(), reporterContact: z.string(), anonymous: z.boolean() }),
    access: 'user',
    area: 'case_log',
  },
} as const satisfies Record<string, ProcedureSpec>;
