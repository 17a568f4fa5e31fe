import { DEFAULT_IDLE_LOCK_MINUTES, idleLockMinutes } from '../../db/signIn';
import type { AppContext, Session } from './context';
import { ApiError } from './errors';
import type { LockStatus } from './schemas/lock';

/** What a locked seat may still do: see that it is locked, unlock, or sign out. */
const OPEN_WHILE_LOCKED: ReadonlySet<string> = new Set(['app.status', 'session.unlock', 'session.signOut']);

/** Calls that are not someone at the PC: the window asks for the status on its own. */
const NOT_ACTIVITY: ReadonlySet<string> = new Set(['app.status']);

/**
 * The router's own idle clock, so a seat locks even when the window's timer is stopped (devtools, a
 * script calling the API): a call after the office's idle time locks the seat before it runs.
 */
export function lockWhenIdle(name: string, app: AppContext, session: Session): void {
  if (!session.user) return;
  const now = app.elapsedMs();
  if (!session.locked && session.lastActivityAt !== undefined && app.databaseOpen()) {
    if (now - session.lastActivityAt >= idleLockMinutes(app.db) * 60_000) session.locked = true;
  }
  if (!NOT_ACTIVITY.has(name)) session.lastActivityAt = now;
}

/** Called by the router for every procedure, so a locked screen cannot be bypassed from devtools. */
export function refuseWhileLocked(name: string, session: Session): void {
  if (session.locked && session.user && !OPEN_WHILE_LOCKED.has(name)) throw new ApiError('SESSION_LOCKED', 'errors.sessionLocked');
}

export function lockStatus(app: AppContext, session: Session): LockStatus {
  // In recovery (no database open) the status must still answer, with the default.
  const idleMinutes = app.databaseOpen() ? idleLockMinutes(app.db) : DEFAULT_IDLE_LOCK_MINUTES;
  return { locked: Boolean(session.locked && session.user), idleMinutes };
}
