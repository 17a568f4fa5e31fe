import { z } from 'zod';
import { requiredText, Role, Uuid } from './common';
import { AreaSchema, Password } from './office';
import { AREAS } from '../../../db/permissions';

export const UserOut = z.object({
  id: z.string(),
  name: z.string(),
  role: Role,
  active: z.boolean(),
  /** False until the user chooses a password at sign-in (added without one, or reset). */
  passwordSet: z.boolean(),
  createdAt: z.string(),
  /** Areas of work given by an administrator (db/permissions.ts). */
  areas: z.array(AreaSchema),
});
export type UserOut = z.infer<typeof UserOut>;

/** Shown once to the administrator who made the account or reset it; only its hash is kept. */
export const OneTimeCodeOut = z.object({ code: z.string(), expiresAt: z.string() });
export const UserWithCodeOut = UserOut.extend({ oneTimeCode: OneTimeCodeOut.nullable() });

export const UserAreasInput = z.object({ id: Uuid, areas: z.array(AreaSchema).max(AREAS.length) });
export const UserNameInput = z.object({ name: requiredText(100) });

export const UserAddInput = z.object({
  name: requiredText(100),
  role: Role,
  /** Null: the user chooses it at first sign-in, with the one-time code this call returns. */
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
