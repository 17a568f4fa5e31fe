import { databaseStats } from '../../../db/packageRecords';
import { exportConfig, importConfig } from '../../packages/config';
import { isPackageError } from '../../packages/errors';
import { exportReceipt, provinceStatus, type ImportResult } from '../../packages/incoming';
import { importInWorker, verifyInWorker } from '../../packages/packageJob';
import type { VerifyResult } from '../../packages/packageWorker';
import { exportKeyBackup, importKeyBackup, keysInfo, requireOffice, requireProvince } from '../../packages/installation';
import { exportPackage, importReceipt, officeStatus, resendPackage } from '../../packages/outgoing';
import { rotateProvinceKeys } from '../../packages/rotation';
import { exportRegistration, previewRegistration, registeredOffices, registerOffice, revokeOffice } from '../../packages/registration';
import type { AppContext } from '../context';
import { ApiError } from '../errors';
import { toErrorData, type Handler } from '../router';
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

const VERIFY_JOB = 'packages.verify';
const IMPORT_JOB = 'packages.import';

/**
 * A job's failure keeps what the clerk must see: a rejection's code and message key, and a database
 * refusal (busy, full, read-only) in words rather than as an internal error.
 */
async function asJobFailure<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isPackageError(error)) throw new ApiError(error.code, error.messageKey);
    if (error instanceof ApiError) throw error;
    const data = toErrorData(error);
    if (data.code !== 'INTERNAL') throw new ApiError(data.code, data.messageKey, data.params);
    throw error;
  }
}

function jobResult<T>(app: AppContext, jobId: string, kind: string): T {
  const result = app.jobs.result<T>(jobId, kind);
  if (result === undefined) throw new ApiError('JOB_NOT_FOUND', 'errors.job.notFound');
  return result;
}

/** Not cancellable: the import (or its dry run) is one transaction, which only its own end may finish. */
function startImport(app: AppContext, file: string, dryRun: boolean) {
  requireProvince(app);
  const { jobId } = app.jobs.start(IMPORT_JOB, (report) => asJobFailure(() => importInWorker(app, file, { dryRun, onProgress: report })), { holdsWriteLock: true });
  return { jobId };
}

const raw: { [N in PackageProcedure]: Handler<N> } = {
  'packages.keys': ({ app }) => keysInfo(app),
  'packages.keysExport': ({ app }, input) => exportKeyBackup(app, input.out, input.passphrase),
  'packages.keysImport': ({ app }, input) => importKeyBackup(app, input.file, input.passphrase),
  'packages.registrationExport': ({ app }, input) => exportRegistration(app, input.out),
  'packages.registrationPreview': ({ app }, input) => previewRegistration(app, input.file),
  'packages.offices': ({ app }) => registeredOffices(app),
  'packages.officesRegister': ({ app }, input) => registerOffice(app, input.file, input.fingerprint, input.replacing),
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
  'packages.verify': ({ app }, input) => verifyInWorker(app, input.file),
  'packages.import': ({ app }, input) => importInWorker(app, input.file, { dryRun: input.dryRun }),
  'packages.receiptExport': ({ app }, input) => exportReceipt(app, input.office, input.out),
  'packages.receiptImport': ({ app }, input) => importReceipt(app, input.file),
  'packages.stats': ({ app }) => databaseStats(app.db),
  'packages.keysRotate': ({ app }, input) => rotateProvinceKeys(app, input.out),
  'packages.verifyStart': ({ app }, input) => {
    requireProvince(app);
    const { jobId } = app.jobs.start(VERIFY_JOB, (report, signal) => asJobFailure(() => verifyInWorker(app, input.file, { onProgress: report, signal })));
    return { jobId };
  },
  'packages.verified': ({ app }, { jobId }) => jobResult<VerifyResult>(app, jobId, VERIFY_JOB),
  'packages.previewStart': ({ app }, input) => startImport(app, input.file, true),
  'packages.importStart': ({ app }, input) => startImport(app, input.file, false),
  'packages.imported': ({ app }, { jobId }) => jobResult<ImportResult>(app, jobId, IMPORT_JOB),
};

export const packageHandlers = Object.fromEntries(
  Object.entries(raw).map(([name, handler]) => [name, withPackageErrors(handler as Handler<PackageProcedure>)]),
) as typeof raw;
