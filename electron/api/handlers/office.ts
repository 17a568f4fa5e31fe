import { latestVersion } from '../../../db/migrate';
import { findUserByName, setUserPassword } from '../../../db/users';
import { completeSetup } from '../../office/setup';
import { hashPassword, UNSET_PASSWORD, verifyPassword } from '../../users/password';
import { ApiError } from '../errors';
import { validationIssues, type Handler } from '../router';
import { Password } from '../schemas/office';

export const officeHandlers: {
  'app.status': Handler<'app.status'>;
  'setup.complete': Handler<'setup.complete'>;
  'session.signIn': Handler<'session.signIn'>;
  'session.signOut': Handler<'session.signOut'>;
} = {
  'app.status': ({ app, session }) => ({
    setUp: app.office() !== null,
    office: app.office(),
    user: session.user,
    appVersion: app.appVersion,
    schemaVersion: latestVersion(),
    dataDir: app.dataDir,
    readOnly: app.db.readonly,
  }),

  'setup.complete': async ({ app, session }, input) => {
    const admin = await completeSetup(app, input);
    session.user = admin;
    return admin;
  },

  'session.signIn': async ({ app, session }, input) => {
    const user = findUserByName(app.db, input.name);
    if (user?.active && user.passwordHash === UNSET_PASSWORD) {
      const chosen = Password.safeParse(input.password);
      if (!chosen.success) throw new ApiError('VALIDATION', 'errors.validation', undefined, validationIssues(chosen.error).map((i) => ({ ...i, path: 'password' })));
      setUserPassword(app.db, user.id, await hashPassword(chosen.data), { now: app.now(), userId: user.id });
      session.user = { id: user.id, name: user.name, role: user.role };
      return session.user;
    }
    // Hash even for an unknown name so timing does not tell which names exist.
    const ok = await verifyPassword(input.password, user?.passwordHash ?? 'scrypt$1024$8$1$AAAA$AAAA');
    if (!user || !user.active || !ok) throw new ApiError('SIGN_IN_FAILED', 'signIn.failed');
    session.user = { id: user.id, name: user.name, role: user.role };
    return session.user;
  },

  'session.signOut': ({ session }) => {
    session.user = null;
    return null;
  },
};
