import { DEFAULT_IDLE_LOCK_MINUTES, idleLockMinutes } from '../../db/signIn';
import type { AppContext, Session } from './context';
import { ApiError } from './errors';
import type { LockStatus } from './schemas/lock';

/** What a locked seat may still do: see that it is locked, unlock, or sign out. */
const OPEN_WHILE_LOCKED: ReadonlySet<string> = new Set(['app.status', 'session.unlock', 'session.signOut']);

/** Called by the router for every procedure, so a locked screen cannot be bypassed from devtools. */
export function refuseWhileLocked(name: string, session: Session): void {
  if (session.locked && session.user && !OPEN_WHILE_LOCKED.has(name)) throw new ApiError('SESSION_LOCKED', 'errors.sessionLocked');
}

export function lockStatus(app: AppContext, session: Session): LockStatus {
  // In recovery (no database open) the status must still answer, with the default.
  const idleMinutes = app.databaseOpen() ? idleLockMinutes(app.db) : DEFAULT_IDLE_LOCK_MINUTES;
  return { locked: Boolean(session.locked && session.user), idleMinutes };
}
