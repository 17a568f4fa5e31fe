import { latestVersion } from '../../../db/migrate';
import { recoveryStatus } from '../../backup/status';
import { cryptoSelfTest } from '../../packages/selfTest';
import { completeSetup } from '../../office/setup';
import { signIn } from '../../users/signIn';
import type { Handler } from '../router';
import { lockStatus } from '../sessionLock';
import { userAreas } from '../../../db/permissions';

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
    lock: lockStatus(app, session),
    areas: session.user && app.databaseOpen() ? userAreas(app.db, session.user.id) : [],
    recovery: recoveryStatus(app),
    cryptoSelfTest: cryptoSelfTest(),
    readOnly: app.databaseOpen() && app.db.readonly,
  }),

  'setup.complete': async ({ app, session }, input) => {
    // The window's setup always sets a password, so there is no one-time code to pass on.
    const setUp = await completeSetup(app, input);
    const admin = { id: setUp.id, name: setUp.name, role: setUp.role };
    session.user = admin;
    return admin;
  },

  'session.signIn': async ({ app, session }, input) => {
    session.user = await signIn(app, input);
    session.locked = false;
    return session.user;
  },

  'session.signOut': ({ session }) => {
    session.user = null;
    session.locked = false;
    return null;
  },
};
