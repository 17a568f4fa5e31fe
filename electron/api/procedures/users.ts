import { z } from 'zod';
import { none, type ProcedureSpec } from '../procedure';
import { LockStatus } from '../schemas/lock';
import { ChangePasswordInput, IdleLockInput, UnlockInput, UserAddInput, UserIdInput, UserOut, UserSetActiveInput, UserAreasInput, UserSetRoleInput, UserNameInput, UserWithCodeOut } from '../schemas/users';

/** Users of the office PC, passwords, and the screen lock of a seat. */
export const userProcedures = {
  'users.list': { input: none, output: z.array(UserOut), access: 'admin', kind: 'read' },
  'users.add': { input: UserAddInput, output: UserWithCodeOut, access: 'admin' },
  'users.resetPassword': { input: UserIdInput, output: UserWithCodeOut, access: 'admin' },
  'users.setAreas': { input: UserAreasInput, output: UserOut, access: 'admin' },
  // IT staff's way back for an administrator locked out by wrong passwords (typed by anyone at the PC).
  'users.unlock': { input: UserNameInput, output: z.object({ name: z.string(), cleared: z.boolean() }), access: 'admin', cliOnly: true },
  'users.setActive': { input: UserSetActiveInput, output: UserOut, access: 'admin' },
  'users.setRole': { input: UserSetRoleInput, output: UserOut, access: 'admin' },
  'users.changePassword': { input: ChangePasswordInput, output: z.null(), access: 'user', area: 'any', auditFailures: true },

  // The window's keyboard and mouse activity (at most once a minute), so the router's idle clock agrees with the screen's.
  'session.activity': { input: none, output: z.null(), access: 'user', area: 'any', kind: 'read' },
  'session.lock': { input: none, output: LockStatus, access: 'user', area: 'any' },
  'session.unlock': { input: UnlockInput, output: LockStatus, access: 'user', area: 'any', auditFailures: true },
  'session.setIdleLock': { input: IdleLockInput, output: LockStatus, access: 'admin' },
} as const satisfies Record<string, ProcedureSpec>;
