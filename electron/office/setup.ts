import { insertOffice } from '../../db/office';
import { findUnitRecord, hasUnitList, hasUnitMapping, listsHoldingUnit, provinceOfUnit, saveUnitList, saveUnitMapping, unitLists } from '../../db/adminUnits';
import { insertUser } from '../../db/users';
import { embeddedUnitLists, embeddedUnitMapping } from '../../db/units/index';
import { ApiError } from '../api/errors';
import type { AppContext } from '../api/context';
import type { SessionUser, SetupInput } from '../api/schemas/office';
import { hashPassword, UNSET_PASSWORD } from '../users/password';
import { ensureKeys } from '../packages/installation';
import { issueOneTimeCode, type OneTimeCode } from '../users/oneTimeCode';

/** Embedded lists are loaded once, on demand, so a fresh database costs nothing until setup. */
export function ensureEmbeddedUnits(app: AppContext): void {
  for (const list of embeddedUnitLists()) {
    if (!hasUnitList(app.db, list.listVersion)) saveUnitList(app.db, list, app.now());
  }
  const m = embeddedUnitMapping();
  if (!hasUnitMapping(app.db, m.fromVersion, m.toVersion)) saveUnitMapping(app.db, m.fromVersion, m.toVersion, m.rows);
}

/**
 * The unit an office is set up for, or a refusal in plain words: a unit of the other list says which
 * list holds it and how to choose it (a district code on the post-reform list), a unit outside the
 * province chosen first says so.
 */
export function setupUnit(app: AppContext, input: { level: SetupInput['level']; listVersion: string; unitCode: string; provinceCode?: string | undefined }) {
  const unit = findUnitRecord(app.db, input.listVersion, input.unitCode);
  const labels = new Map(unitLists(app.db).map((l) => [l.listVersion, l.label]));
  const label = labels.get(input.listVersion) ?? input.listVersion;
  const refuse = (messageKey: string, params: Record<string, string>): never => {
    throw new ApiError('VALIDATION', 'errors.validation', undefined, [{ path: 'unitCode', messageKey, params }]);
  };
  if (!unit || unit.level !== input.level) {
    const other = listsHoldingUnit(app.db, input.unitCode, input.level).find((v) => v !== input.listVersion);
    const found = other ? findUnitRecord(app.db, other, input.unitCode) : undefined;
    if (other && found) {
      refuse('units.notInList', { code: input.unitCode, name: found.name, label, otherLabel: labels.get(other) ?? other, otherVersion: other });
    }
    refuse('units.notFound', { code: input.unitCode, level: input.level, label });
  }
  if (unit && input.provinceCode && provinceOfUnit(app.db, unit.listVersion, unit.code) !== input.provinceCode) {
    const province = findUnitRecord(app.db, input.listVersion, input.provinceCode);
    refuse('units.notInProvince', { name: unit.name, province: province?.name ?? input.provinceCode });
  }
  if (!unit) throw new Error('unreachable');
  return unit;
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
  const unit = setupUnit(app, input);
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
