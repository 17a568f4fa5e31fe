import { clearTries, countTry, throttleOf } from '../../db/signIn';
import { findUserByName, setUserPassword, userNameKey, type UserRecord } from '../../db/users';
import type { AppContext } from '../api/context';
import { ApiError } from '../api/errors';
import type { SessionUser } from '../api/schemas/office';
import { clearCode, storedCodeOf } from '../../db/oneTimeCodes';
import { hashPassword, UNSET_PASSWORD, verifyPassword } from './password';
import { normaliseCode } from './oneTimeCode';
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
 * Name and password. A user without a password (added without one, reset, or the first administrator of an
 * unattended setup) sets one only with the one-time code the administrator was given, before it expires:
 * typing the name and a new password claims nothing.
 */
export async function signIn(
  app: AppContext,
  input: { name: string; password: string; newPassword?: string; oneTimeCode?: string },
): Promise<SessionUser> {
  const user = findUserByName(app.db, input.name);
  if (user?.active && user.passwordHash === UNSET_PASSWORD) return setFirstPassword(app, user, input);
  const checked = await checkPassword(app, input.name, user, input.password, () => new ApiError('SIGN_IN_FAILED', 'signIn.failed'));
  return sessionUserOf(checked);
}

async function setFirstPassword(app: AppContext, user: UserRecord, input: { name: string; newPassword?: string; oneTimeCode?: string }): Promise<SessionUser> {
  const key = userNameKey(input.name);
  refuseWhileThrottled(app, key);
  if (input.oneTimeCode === undefined || input.newPassword === undefined) throw new ApiError('ONE_TIME_CODE_NEEDED', 'signIn.oneTimeCodeNeeded');
  // A wrong code counts as a wrong password does, so codes cannot be tried in bulk.
  const failures = countTry(app.db, key, new Date(app.now()), waitAfter).failures;
  const stored = storedCodeOf(app.db, user.id);
  const ok = await verifyPassword(normaliseCode(input.oneTimeCode), stored?.codeHash ?? DUMMY_HASH);
  if (!ok || !stored) {
    const wait = waitAfter(failures);
    throw wait === null ? new ApiError('ONE_TIME_CODE_WRONG', 'signIn.oneTimeCodeWrong') : throttled(wait);
  }
  if (Date.parse(stored.expiresAt) <= Date.parse(app.now())) throw new ApiError('ONE_TIME_CODE_EXPIRED', 'signIn.oneTimeCodeExpired');
  const hash = await hashPassword(input.newPassword);
  app.db.transaction(() => {
    setUserPassword(app.db, user.id, hash, { now: app.now(), userId: user.id });
    clearCode(app.db, user.id);
    clearTries(app.db, key);
  })();
  return sessionUserOf(user);
}
