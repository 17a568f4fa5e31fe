import { z } from 'zod';
import { none, type ProcedureSpec } from '../procedure';
import { Uuid } from '../schemas/common';
import {
  ConfigExportOut,
  ConfigImportInput,
  ConfigImportOut,
  FileInput,
  KeysRotateOut,
  ImportOut,
  KeysExportInput,
  KeysImportInput,
  KeysInfo,
  OfficeIdentity,
  OutInput,
  PackageExportInput,
  PackageExportOut,
  PackageImportInput,
  PackageStatus,
  ReceiptExportInput,
  ReceiptExportOut,
  ReceiptImportOut,
  RegisteredOfficeOut,
  RegisteredOut,
  RegisterInput,
  RegistrationOut,
  ResendInput,
  ResendOut,
  StatsOut,
  VerifyOut,
  Written,
} from '../schemas/packages';
import { JobId } from '../schemas/import';

/**
 * Data packages (issue 6): keys, registration, configuration, packages and receipts. Files are paths the
 * router resolves (a dialog's handle from the window); exports to a typed path, key export and rotation
 * are the command line's only (`cliOnly`): the window uses packageScreens.*, which name the file themselves.
 */
export const packageProcedures = {
  'packages.keys': { input: none, output: KeysInfo, access: 'user', area: 'registers', kind: 'read' },
  'packages.keysExport': { input: KeysExportInput, output: Written, access: 'admin', cliOnly: true, paths: { out: 'save' } },
  'packages.keysImport': { input: KeysImportInput, output: KeysInfo, access: 'admin', cliOnly: true, paths: { file: 'file' } },
  'packages.registrationExport': { input: OutInput, output: RegistrationOut, access: 'user', area: 'registers', cliOnly: true, paths: { out: 'save' } },
  'packages.registrationPreview': { input: FileInput, output: OfficeIdentity, access: 'admin', kind: 'read', paths: { file: 'file' } },
  'packages.offices': { input: none, output: z.array(RegisteredOfficeOut), access: 'user', area: 'registers', kind: 'read' },
  'packages.officesRegister': { input: RegisterInput, output: RegisteredOut, access: 'admin', paths: { file: 'file' } },
  'packages.officesRevoke': { input: z.object({ installationId: Uuid }), output: RegisteredOfficeOut, access: 'admin' },
  'packages.configExport': { input: OutInput, output: ConfigExportOut, access: 'admin', cliOnly: true, paths: { out: 'save' } },
  'packages.configImport': { input: ConfigImportInput, output: ConfigImportOut, access: 'admin', paths: { file: 'file' } },
  'packages.export': { input: PackageExportInput, output: PackageExportOut, access: 'user', area: 'registers', cliOnly: true, paths: { out: 'save' } },
  'packages.resend': { input: ResendInput, output: ResendOut, access: 'user', area: 'registers', cliOnly: true, paths: { out: 'save' } },
  'packages.status': { input: none, output: PackageStatus, access: 'user', area: 'registers', kind: 'read' },
  'packages.verify': { input: FileInput, output: VerifyOut, access: 'user', area: 'registers', kind: 'read', cliOnly: true, paths: { file: 'file' } },
  'packages.import': { input: PackageImportInput, output: ImportOut, access: 'user', area: 'registers', cliOnly: true, paths: { file: 'file' } },
  'packages.receiptExport': { input: ReceiptExportInput, output: ReceiptExportOut, access: 'user', area: 'registers', cliOnly: true, paths: { out: 'save' } },
  'packages.receiptImport': { input: FileInput, output: ReceiptImportOut, access: 'user', area: 'registers', paths: { file: 'file' } },
  'packages.stats': { input: none, output: StatsOut, access: 'user', area: 'registers', kind: 'read', cliOnly: true },
  'packages.keysRotate': { input: OutInput, output: KeysRotateOut, access: 'admin', cliOnly: true, paths: { out: 'save' } },
  // The same check and import as a job (worker thread): the window polls jobs.get for progress, then fetches the result.
  'packages.verifyStart': { input: FileInput, output: JobId, access: 'user', area: 'registers', kind: 'read', paths: { file: 'file' } },
  'packages.verified': { input: JobId, output: VerifyOut, access: 'user', area: 'registers', kind: 'read' },
  // A dry run writes nothing (its transaction is rolled back), so previewing a file is not an action in the log.
  'packages.previewStart': { input: FileInput, output: JobId, access: 'user', area: 'registers', kind: 'read', paths: { file: 'file' } },
  'packages.importStart': { input: FileInput, output: JobId, access: 'user', area: 'registers', paths: { file: 'file' } },
  'packages.imported': { input: JobId, output: ImportOut, access: 'user', area: 'registers', kind: 'read' },
} as const satisfies Record<string, ProcedureSpec>;
