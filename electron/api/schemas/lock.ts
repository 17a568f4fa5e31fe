import { z } from 'zod';

/** Whether this seat is locked, and after how long without keyboard or mouse it locks itself. */
export const LockStatus = z.object({ locked: z.boolean(), idleMinutes: z.number() });
export type LockStatus = z.infer<typeof LockStatus>;
