import { clearTries, countTry, throttleOf } from '../../db/signIn';
import { findUserByName, setUserPassword, userNameKey, type UserRecord } from '../../db/users';
import type { AppContext } from '../api/context';
import { ApiError } from '../api/errors';
import type { SessionUser } from '../api/schemas/office';
import { hashPassword, UNSET_PASSWORD, verifyPassword } from './password';
import { waitAfter } from './throttle';

/**
 * A hash at today's cost of a random password nobody kept: checking an unknown name against it
 * costs what checking a real user costs. It never signs anyone in (no user goes with it).
 */
const DUMMY_HASH = 'scrypt$32768$8$1$k5ekMpCDtR+66QNZrJVodA==$HhuiqillSwJ12Vo1GwHJhUudcYGQshwHj7KGJ93b86g=';

function throttled(seconds: number): ApiError {
  return new ApiError('SIGN_IN_THROTTLED', 'signIn.throttled', { seconds });
}

/** Refuses every try for a name that is still waiting after too many wrong passwords. */
function refuseWhileThrottled(app: AppContext, nameKey: string): void {
  const blockedUntil = throttleOf(app.db, nameKey)?.blockedUntil;
  if (!blockedUntil) return;
  const left = Date.parse(blockedUntil) - Date.parse(app.now());
  if (left > 0) throw throttled(Math.ceil(left / 1000));
}

/**
 * Checks the password typed for a name, counting wrong ones (sign-in, unlock, password change).
 * An unknown or deactivated name gets the same work, the same count and the same answer.
 */
export async function checkPassword(
  app: AppContext,
  name: string,
  user: UserRecord | undefined,
  password: string,
  wrong: () => ApiError,
): Promise<UserRecord> {
  const key = userNameKey(name);
  refuseWhileThrottled(app, key);
  // A read-only data folder (see db/open.ts) cannot keep the count: reading must still be possible.
  const writable = !app.db.readonly;
  const failures = writable ? countTry(app.db, key, new Date(app.now()), waitAfter).failures : 0;
  const usable = user?.active && user.passwordHash !== UNSET_PASSWORD ? user : undefined;
  const ok = await verifyPassword(password, usable?.passwordHash ?? DUMMY_HASH);
  if (ok && usable) {
    if (writable) clearTries(app.db, key);
    return usable;
  }
  const wait = waitAfter(failures);
  throw wait === null ? wrong() : throttled(wait);
}

export function sessionUserOf(user: UserRecord): SessionUser {
  return { id: user.id, name: user.name, role: user.role };
}

/**
 * Name and password; a user without a password (added without one, or reset by an administrator)
 * is asked to choose one first and signs in with it.
 */
export async function signIn(app: AppContext, input: { name: string; password: string; newPassword?: string }): Promise<SessionUser> {
  const user = findUserByName(app.db, input.name);
  if (user?.active && user.passwordHash === UNSET_PASSWORD) {
    refuseWhileThrottled(app, userNameKey(input.name));
    if (input.newPassword === undefined) throw new ApiError('PASSWORD_NOT_SET', 'signIn.choosePassword');
    const hash = await hashPassword(input.newPassword);
    app.db.transaction(() => {
      setUserPassword(app.db, user.id, hash, { now: app.now(), userId: user.id });
      clearTries(app.db, userNameKey(input.name));
    })();
    return sessionUserOf(user);
  }
  const checked = await checkPassword(app, input.name, user, input.password, () => new ApiError('SIGN_IN_FAILED', 'signIn.failed'));
  return sessionUserOf(checked);
}
