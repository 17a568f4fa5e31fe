import { databaseStats } from '../../../db/packageRecords';
import { exportConfig, importConfig } from '../../packages/config';
import { isPackageError } from '../../packages/errors';
import { exportReceipt, importIncoming, provinceStatus, verifyIncoming } from '../../packages/incoming';
import { exportKeyBackup, importKeyBackup, keysInfo, requireOffice } from '../../packages/installation';
import { exportPackage, importReceipt, officeStatus, resendPackage } from '../../packages/outgoing';
import { rotateProvinceKeys } from '../../packages/rotation';
import { exportRegistration, previewRegistration, registeredOffices, registerOffice, revokeOffice } from '../../packages/registration';
import { ApiError } from '../errors';
import type { Handler } from '../router';
import type { ProcedureName } from '../contract';
import { type packageProcedures } from '../procedures/packages';

type PackageProcedure = keyof typeof packageProcedures & ProcedureName;

/** A PackageError crosses the boundary with its stable code and message key (packages.error.CODE). */
export function withPackageErrors<N extends ProcedureName>(handler: Handler<N>): Handler<N> {
  return async (call, input) => {
    try {
      return await handler(call, input);
    } catch (error) {
      if (isPackageError(error)) throw new ApiError(error.code, error.messageKey);
      throw error;
    }
  };
}

const raw: { [N in PackageProcedure]: Handler<N> } = {
  'packages.keys': ({ app }) => keysInfo(app),
  'packages.keysExport': ({ app }, input) => exportKeyBackup(app, input.out, input.passphrase),
  'packages.keysImport': ({ app }, input) => importKeyBackup(app, input.file, input.passphrase),
  'packages.registrationExport': ({ app }, input) => exportRegistration(app, input.out),
  'packages.registrationPreview': ({ app }, input) => previewRegistration(app, input.file),
  'packages.offices': ({ app }) => registeredOffices(app),
  'packages.officesRegister': ({ app }, input) => registerOffice(app, input.file, input.fingerprint),
  'packages.officesRevoke': ({ app }, input) => {
    const revoked = revokeOffice(app, input.installationId);
    if (!revoked) throw new ApiError('NOT_FOUND', 'packages.noSuchOffice', { office: input.installationId });
    return revoked;
  },
  'packages.configExport': ({ app }, input) => exportConfig(app, input.out),
  'packages.configImport': ({ app }, input) => importConfig(app, input.file, input.fingerprint),
  'packages.export': ({ app }, input) => exportPackage(app, input.out, { full: input.full }),
  'packages.resend': ({ app }, input) => resendPackage(app, input.sequence, input.out),
  'packages.status': ({ app }) => {
    const office = requireOffice(app);
    const province = office.level === 'province';
    return { level: office.level, office: province ? null : officeStatus(app), province: province ? provinceStatus(app) : null };
  },
  'packages.verify': ({ app }, input) => verifyIncoming(app, input.file),
  'packages.import': ({ app }, input) => importIncoming(app, input.file, { dryRun: input.dryRun }),
  'packages.receiptExport': ({ app }, input) => exportReceipt(app, input.office, input.out),
  'packages.receiptImport': ({ app }, input) => importReceipt(app, input.file),
  'packages.stats': ({ app }) => databaseStats(app.db),
  'packages.keysRotate': ({ app }, input) => rotateProvinceKeys(app, input.out),
};

export const packageHandlers = Object.fromEntries(
  Object.entries(raw).map(([name, handler]) => [name, withPackageErrors(handler as Handler<PackageProcedure>)]),
) as typeof raw;
