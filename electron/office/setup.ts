import { insertOffice } from '../../db/office';
import { findUnitRecord, hasUnitList, saveUnitList } from '../../db/adminUnits';
import { insertUser } from '../../db/users';
import { EMBEDDED_UNIT_LISTS } from '../../db/units/index';
import { ApiError } from '../api/errors';
import type { AppContext } from '../api/context';
import type { SessionUser, SetupInput } from '../api/schemas/office';
import { hashPassword, UNSET_PASSWORD } from '../users/password';
import { ensureKeys } from '../packages/installation';
import { issueOneTimeCode, type OneTimeCode } from '../users/oneTimeCode';

/** Embedded lists are loaded once, on demand, so a fresh database costs nothing until setup. */
export function ensureEmbeddedUnits(app: AppContext): void {
  for (const list of EMBEDDED_UNIT_LISTS) {
    if (!hasUnitList(app.db, list.listVersion)) saveUnitList(app.db, list, app.now());
  }
}

/**
 * First-run setup: the office, its unit and the first administrator, all or nothing. Unattended
 * setup (CLI, IT staff) may leave the password unset: the administrator's first sign-in sets it with
 * the one-time code returned here.
 */
export async function completeSetup(
  app: AppContext,
  input: Omit<SetupInput, 'password'> & { password: string | null },
): Promise<SessionUser & { oneTimeCode: OneTimeCode | null }> {
  if (app.office()) throw new ApiError('ALREADY_SET_UP', 'setup.alreadyDone');
  ensureEmbeddedUnits(app);
  const unit = findUnitRecord(app.db, input.listVersion, input.unitCode);
  if (!unit || unit.level !== input.level) {
    throw new ApiError('VALIDATION', 'errors.validation', undefined, [{ path: 'unitCode', messageKey: 'validation.choice' }]);
  }
  const passwordHash = input.password === null ? UNSET_PASSWORD : await hashPassword(input.password);
  const admin: SessionUser = { id: app.newId(), name: input.adminName, role: 'admin' };
  const now = app.now();
  app.db.transaction(() => {
    insertOffice(
      app.db,
      {
        installationId: app.newId(),
        officeName: input.officeName,
        level: input.level,
        unitCode: unit.code,
        unitListVersion: unit.listVersion,
      },
      now,
    );
    insertUser(app.db, { ...admin, passwordHash, unitCode: unit.code }, { now, userId: null });
    // Every installation signs its packages; a province also receives them (ARCHITECTURE.md, "Data packages").
    ensureKeys(app, input.level);
  }).immediate();
  app.invalidateOffice();
  // Unattended setup: nobody may claim the administrator by typing its name; IT staff get the code.
  const oneTimeCode = input.password === null ? await issueOneTimeCode(app, admin.id, { now, userId: null }) : null;
  return { ...admin, oneTimeCode };
}
