import { createContext, useContext } from 'react';
import type { AppStatus } from '../../electron/api/schemas/office';

/** What the app knows about the office and the signed-in user, and how to ask again. */
export interface Session {
  status: AppStatus;
  /** Calls `app.status` again (after setup, sign-in, sign-out, or when the server says "sign in"). */
  reload: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionContext');
  return session;
}

/** Error codes after which the start flow must be re-run (session expired, office gone, screen locked). */
export const SESSION_CODES = new Set(['NOT_SIGNED_IN', 'NOT_SET_UP', 'SESSION_LOCKED']);

/** Whether the signed-in user holds the administration area (the router checks it again on every call). */
export function mayAdminister(status: AppStatus): boolean {
  return status.areas.includes('administration');
}
