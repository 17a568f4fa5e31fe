import { clearTries, setIdleLockMinutes, throttleOf } from '../../../db/signIn';
import { setUserAreas, userAreas } from '../../../db/permissions';
import { issueOneTimeCode } from '../../users/oneTimeCode';
import { countActiveAdmins, findUserById, findUserByName, insertUser, listUsers, setUserActive, setUserRole, setUserPassword, userNameKey, type UserListRow } from '../../../db/users';
import { hashPassword, UNSET_PASSWORD } from '../../users/password';
import { checkPassword } from '../../users/signIn';
import type { AppContext, CallContext } from '../context';
import { ApiError } from '../errors';
import type { Handler } from '../router';
import { lockStatus } from '../sessionLock';
import type { UserOut } from '../schemas/users';

function withAreas(app: AppContext, user: UserListRow): UserOut {
  return { ...user, areas: userAreas(app.db, user.id) };
}

function userOut(app: AppContext, id: string): UserOut {
  const user = listUsers(app.db, UNSET_PASSWORD).find((u) => u.id === id);
  if (!user) throw new ApiError('USER_NOT_FOUND', 'users.notFound');
  return withAreas(app, user);
}

function stamp({ app, session }: CallContext) {
  return { now: app.now(), userId: session.user?.id ?? null };
}

/** The signed-in user as stored now (the router has checked that someone is signed in). */
function currentUser({ app, session }: CallContext) {
  const user = session.user && findUserById(app.db, session.user.id);
  if (!user) throw new ApiError('NOT_SIGNED_IN', 'errors.notSignedIn');
  return user;
}

export const userHandlers: {
  'users.list': Handler<'users.list'>;
  'users.add': Handler<'users.add'>;
  'users.resetPassword': Handler<'users.resetPassword'>;
  'users.setAreas': Handler<'users.setAreas'>;
  'users.unlock': Handler<'users.unlock'>;
  'users.setActive': Handler<'users.setActive'>;
  'users.setRole': Handler<'users.setRole'>;
  'users.changePassword': Handler<'users.changePassword'>;
  'session.activity': Handler<'session.activity'>;
  'session.lock': Handler<'session.lock'>;
  'session.unlock': Handler<'session.unlock'>;
  'session.setIdleLock': Handler<'session.setIdleLock'>;
} = {
  'users.list': ({ app }) => listUsers(app.db, UNSET_PASSWORD).map((u) => withAreas(app, u)),

  'users.add': async (ctx, input) => {
    const { app } = ctx;
    const office = app.office();
    if (!office) throw new ApiError('NOT_SET_UP', 'errors.notSetUp');
    const passwordHash = input.password === null ? UNSET_PASSWORD : await hashPassword(input.password);
    const id = app.newId();
    app.db
      .transaction(() => {
        // Names are told apart ignoring diacritics and case, as sign-in matches them.
        const same = findUserByName(app.db, input.name);
        if (same) {
          throw new ApiError('VALIDATION', 'errors.validation', undefined, [
            { path: 'name', messageKey: 'users.duplicateName', params: { name: same.name } },
          ]);
        }
        insertUser(app.db, { id, name: input.name, role: input.role, passwordHash, unitCode: office.unitCode }, stamp(ctx));
      })
      .immediate();
    const oneTimeCode = input.password === null ? await issueOneTimeCode(app, id, stamp(ctx)) : null;
    return { ...userOut(app, id), oneTimeCode };
  },

  'users.resetPassword': async (ctx, input) => {
    const { app } = ctx;
    const user = findUserById(app.db, input.id);
    if (!user) throw new ApiError('USER_NOT_FOUND', 'users.notFound');
    const oneTimeCode = await issueOneTimeCode(app, user.id, stamp(ctx));
    // Helping a locked-out user: the new password can be chosen at once, with the code.
    clearTries(app.db, userNameKey(user.name));
    return { ...userOut(app, user.id), oneTimeCode };
  },

  'users.setAreas': (ctx, input) => {
    const { app } = ctx;
    const user = findUserById(app.db, input.id);
    if (!user) throw new ApiError('USER_NOT_FOUND', 'users.notFound');
    setUserAreas(app.db, user.id, user.role, input.areas, stamp(ctx));
    return userOut(app, user.id);
  },

  'users.unlock': ({ app }, input) => {
    const key = userNameKey(input.name);
    const cleared = throttleOf(app.db, key) !== undefined;
    clearTries(app.db, key);
    return { name: findUserByName(app.db, input.name)?.name ?? input.name, cleared };
  },

  'users.setActive': (ctx, input) => {
    const { app, session } = ctx;
    if (input.id === session.user?.id) throw new ApiError('NOT_YOURSELF', 'users.notYourself');
    app.db
      .transaction(() => {
        const user = findUserById(app.db, input.id);
        if (!user) throw new ApiError('USER_NOT_FOUND', 'users.notFound');
        if (!input.active && user.active && user.role === 'admin' && countActiveAdmins(app.db) <= 1) {
          throw new ApiError('LAST_ADMIN', 'users.lastAdmin');
        }
        setUserActive(app.db, user.id, input.active, stamp(ctx));
      })
      .immediate();
    return userOut(app, input.id);
  },

  // One small procedure (per-area permissions are another's): the role only, never the caller's own, never the last administrator's.
  'users.setRole': (ctx, input) => {
    const { app, session } = ctx;
    if (input.id === session.user?.id) throw new ApiError('NOT_YOURSELF', 'users.notYourselfRole');
    app.db
      .transaction(() => {
        const user = findUserById(app.db, input.id);
        if (!user) throw new ApiError('USER_NOT_FOUND', 'users.notFound');
        if (user.role === 'admin' && input.role !== 'admin' && user.active && countActiveAdmins(app.db) <= 1) throw new ApiError('LAST_ADMIN', 'users.lastAdminRole');
        setUserRole(app.db, user.id, input.role, stamp(ctx));
      })
      .immediate();
    return userOut(app, input.id);
  },

  'users.changePassword': async (ctx, input) => {
    const user = currentUser(ctx);
    await checkPassword(ctx.app, user.name, user, input.currentPassword, () =>
      new ApiError('VALIDATION', 'errors.validation', undefined, [{ path: 'currentPassword', messageKey: 'users.wrongPassword' }]),
    );
    setUserPassword(ctx.app.db, user.id, await hashPassword(input.newPassword), stamp(ctx));
    return null;
  },

  // The router noted the time (lockWhenIdle): nothing else to do.
  'session.activity': () => null,

  'session.lock': ({ app, session }) => {
    session.locked = true;
    return lockStatus(app, session);
  },

  'session.unlock': async (ctx, input) => {
    const user = currentUser(ctx);
    await checkPassword(ctx.app, user.name, user, input.password, () => new ApiError('WRONG_PASSWORD', 'users.wrongPassword'));
    ctx.session.locked = false;
    return lockStatus(ctx.app, ctx.session);
  },

  'session.setIdleLock': ({ app, session }, input) => {
    setIdleLockMinutes(app.db, input.minutes, app.now());
    return lockStatus(app, session);
  },
};
