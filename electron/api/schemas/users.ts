import { z } from 'zod';
import { requiredText, Role, Uuid } from './common';
import { Password } from './office';

export const UserOut = z.object({
  id: z.string(),
  name: z.string(),
  role: Role,
  active: z.boolean(),
  /** False until the user chooses a password at sign-in (added without one, or reset). */
  passwordSet: z.boolean(),
  createdAt: z.string(),
});
export type UserOut = z.infer<typeof UserOut>;

export const UserAddInput = z.object({
  name: requiredText(100),
  role: Role,
  /** Null: the user chooses it at first sign-in. */
  password: Password.nullable().default(null),
});

export const UserIdInput = z.object({ id: Uuid });

export const UserSetRoleInput = z.object({ id: Uuid, role: Role });

export const UserSetActiveInput = z.object({ id: Uuid, active: z.boolean({ error: 'validation.choice' }) });

export const ChangePasswordInput = z.object({ currentPassword: z.string().max(200), newPassword: Password });

export const UnlockInput = z.object({ password: z.string().max(200) });

export const IDLE_LOCK_RANGE = { min: 1, max: 120 } as const;

export const IdleLockInput = z.object({
  minutes: z
    .number({ error: 'validation.number' })
    .int({ error: 'validation.wholeNumber' })
    .min(IDLE_LOCK_RANGE.min, { error: 'users.idleLock.range' })
    .max(IDLE_LOCK_RANGE.max, { error: 'users.idleLock.range' }),
});
