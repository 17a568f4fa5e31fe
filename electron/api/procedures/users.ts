import { z } from 'zod';
import { none, type ProcedureSpec } from '../procedure';
import { LockStatus } from '../schemas/lock';
import { ChangePasswordInput, IdleLockInput, UnlockInput, UserAddInput, UserIdInput, UserOut, UserSetActiveInput, UserSetRoleInput } from '../schemas/users';

/** Users of the office PC, passwords, and the screen lock of a seat. */
export const userProcedures = {
  'users.list': { input: none, output: z.array(UserOut), access: 'admin', kind: 'read' },
  'users.add': { input: UserAddInput, output: UserOut, access: 'admin' },
  'users.resetPassword': { input: UserIdInput, output: UserOut, access: 'admin' },
  'users.setActive': { input: UserSetActiveInput, output: UserOut, access: 'admin' },
  'users.setRole': { input: UserSetRoleInput, output: UserOut, access: 'admin' },
  'users.changePassword': { input: ChangePasswordInput, output: z.null(), access: 'user', auditFailures: true },

  'session.lock': { input: none, output: LockStatus, access: 'user' },
  'session.unlock': { input: UnlockInput, output: LockStatus, access: 'user', auditFailures: true },
  'session.setIdleLock': { input: IdleLockInput, output: LockStatus, access: 'admin' },
} as const satisfies Record<string, ProcedureSpec>;
