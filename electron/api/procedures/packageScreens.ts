import type { ProcedureSpec } from '../procedure';
import { ConfigExportOut, PackageExportOut, ReceiptExportOut, RegistrationOut, ResendOut } from '../schemas/packages';
import { FolderExportInput, FolderInput, FolderReceiptInput, FolderResendInput, StagedOut, StageInput } from '../schemas/packageScreens';

/** The data-package screens: exports into a chosen folder (the app names the file) and dropped files. */
export const packageScreenProcedures = {
  'packageScreens.registrationExport': { input: FolderInput, output: RegistrationOut, access: 'user', area: 'registers', paths: { folder: 'folder' } },
  'packageScreens.export': { input: FolderExportInput, output: PackageExportOut, access: 'user', area: 'registers', paths: { folder: 'folder' } },
  'packageScreens.resend': { input: FolderResendInput, output: ResendOut, access: 'user', area: 'registers', paths: { folder: 'folder' } },
  'packageScreens.configExport': { input: FolderInput, output: ConfigExportOut, access: 'admin', paths: { folder: 'folder' } },
  'packageScreens.receiptExport': { input: FolderReceiptInput, output: ReceiptExportOut, access: 'user', area: 'registers', paths: { folder: 'folder' } },
  'packageScreens.stage': { input: StageInput, output: StagedOut, access: 'user', area: 'registers' },
} as const satisfies Record<string, ProcedureSpec>;
