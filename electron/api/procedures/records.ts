import { z } from 'zod';
import { OWNED_RECORD_TABLES } from '../handlers/officeScope';
import type { ProcedureSpec } from '../procedure';
import { Uuid } from '../schemas/common';

/** Where a record came from: at the province, the office that sent it (its screens say the record is read-only there). */
export const recordProcedures = {
  'records.origin': {
    input: z.object({ table: z.enum(OWNED_RECORD_TABLES, { error: 'validation.choice' }), id: Uuid }),
    output: z.object({ officeName: z.string() }).nullable(),
    access: 'user',
    area: 'any',
    kind: 'read',
  },
} as const satisfies Record<string, ProcedureSpec>;
