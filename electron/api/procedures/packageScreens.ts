import type { ProcedureSpec } from '../procedure';
import { ConfigExportOut, PackageExportOut, ReceiptExportOut, RegistrationOut, ResendOut } from '../schemas/packages';
import { FolderExportInput, FolderInput, FolderReceiptInput, FolderResendInput, StagedOut, StageInput } from '../schemas/packageScreens';

/** The data-package screens: exports into a chosen folder (the app names the file) and dropped files. */
export const packageScreenProcedures = {
  'packageScreens.registrationExport': { input: FolderInput, output: RegistrationOut, access: 'user' },
  'packageScreens.export': { input: FolderExportInput, output: PackageExportOut, access: 'user' },
  'packageScreens.resend': { input: FolderResendInput, output: ResendOut, access: 'user' },
  'packageScreens.configExport': { input: FolderInput, output: ConfigExportOut, access: 'admin' },
  'packageScreens.receiptExport': { input: FolderReceiptInput, output: ReceiptExportOut, access: 'user' },
  'packageScreens.stage': { input: StageInput, output: StagedOut, access: 'user' },
} as const satisfies Record<string, ProcedureSpec>;
