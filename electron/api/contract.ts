import { z } from 'zod';
import type { Result } from './errors';
import { Business, BusinessChange, BusinessFields, BusinessPage, BusinessQuery } from './schemas/business';
import { Uuid } from './schemas/common';
import {
  FileOut,
  ImportCommitInput,
  ImportPreviewInput,
  ImportPreviewOut,
  ImportReadInput,
  JobId,
  JobState,
} from './schemas/import';
import {
  AdminUnitOut,
  ConvertListInput,
  ConvertListOut,
  AppStatus,
  SessionUser,
  SetupInput,
  SignInInput,
  UnitListImported,
  UnitListImportInput,
  UnitListInfo,
  UnitsQuery,
} from './schemas/office';

import { none, type ProcedureSpec } from './procedure';
import { auditProcedures } from './procedures/audit';
import { userProcedures } from './procedures/users';
import { backupProcedures } from './procedures/backup';
import { packageProcedures } from './procedures/packages';
import { trainingProcedures } from './procedures/training';
import { planProcedures, reportProcedures } from './procedures/plan';
import { inspectionProcedures } from './procedures/inspections';
import { scanProcedures } from './procedures/scan';
import { packageScreenProcedures } from './procedures/packageScreens';
import { recordProcedures } from './procedures/records';
import { caseRevealProcedures } from './procedures/caseReveal';
import { encryptionProcedures } from './procedures/encryption';

export type { Access, ProcedureSpec } from './procedure';

/**
 * Every procedure the renderer may call. Add one here (or in a family file under ./procedures/, spread
 * below), give it a handler, and every transport has it.
 */
export const contract = {
  'app.status': { input: none, output: AppStatus, access: 'public', kind: 'read' },
  'setup.complete': { input: SetupInput, output: SessionUser, access: 'public' },
  'session.signIn': { input: SignInInput, output: SessionUser, access: 'public', auditFailures: true },
  'session.signOut': { input: none, output: z.null(), access: 'public' },

  'units.lists': { input: none, output: z.array(UnitListInfo), access: 'public', kind: 'read' },
  'units.list': { input: UnitsQuery, output: z.array(AdminUnitOut), access: 'public', kind: 'read' },
  'units.communes': { input: none, output: z.array(AdminUnitOut), access: 'user', area: 'any', kind: 'read' },
  'units.planConversion': { input: ConvertListInput, output: ConvertListOut, access: 'user', area: 'administration', kind: 'read' },
  'units.convertToNewList': { input: ConvertListInput, output: ConvertListOut, access: 'user', area: 'administration' },
  // Public so the setup wizard can load another province's list; after setup only an administrator may.
  'units.importList': { input: UnitListImportInput, output: UnitListImported, access: 'public' },

  'businesses.list': { input: BusinessQuery, output: BusinessPage, access: 'user', area: 'registers', kind: 'read' },
  'businesses.get': { input: z.object({ id: Uuid }), output: Business, access: 'user', area: 'registers', kind: 'read' },
  'businesses.create': { input: BusinessFields, output: Business, access: 'user', area: 'registers' },
  'businesses.update': { input: z.object({ id: Uuid, fields: BusinessFields }), output: Business, access: 'user', area: 'registers' },
  'businesses.close': { input: z.object({ id: Uuid }), output: Business, access: 'user', area: 'registers' },
  'businesses.history': { input: z.object({ id: Uuid }), output: z.array(BusinessChange), access: 'user', area: 'registers', kind: 'read' },
  'businesses.importRead': { input: ImportReadInput, output: JobId, access: 'user', area: 'registers' },
  'businesses.importPreview': { input: ImportPreviewInput, output: ImportPreviewOut, access: 'user', area: 'registers', kind: 'read' },
  'businesses.importRejected': { input: ImportPreviewInput, output: FileOut, access: 'user', area: 'registers' },
  'businesses.importCommit': {
    input: ImportCommitInput,
    output: z.object({ imported: z.number(), skipped: z.number() }),
    access: 'user', area: 'registers',
  },
  'businesses.export': { input: none, output: FileOut, access: 'user', area: 'registers' },
  'businesses.template': { input: none, output: FileOut, access: 'user', area: 'registers', kind: 'read' },

  'jobs.get': { input: JobId, output: JobState, access: 'user', area: 'any', kind: 'read' },
  'jobs.cancel': { input: JobId, output: JobState, access: 'user', area: 'any' },

  ...auditProcedures,
  ...userProcedures,
  ...backupProcedures,
  ...packageProcedures,
  ...trainingProcedures,
  ...planProcedures,
  ...reportProcedures,
  ...inspectionProcedures,
  ...scanProcedures,
  ...packageScreenProcedures,
  ...recordProcedures,
  ...caseRevealProcedures,
  ...encryptionProcedures,
} as const satisfies Record<string, ProcedureSpec>;

export type Contract = typeof contract;
export type ProcedureName = keyof Contract;
export type ProcedureInput<N extends ProcedureName> = z.input<Contract[N]['input']>;
export type ProcedureParsedInput<N extends ProcedureName> = z.output<Contract[N]['input']>;
export type ProcedureOutput<N extends ProcedureName> = z.output<Contract[N]['output']>;

export const PROCEDURE_NAMES = Object.keys(contract) as ProcedureName[];

export function isProcedureName(name: string): name is ProcedureName {
  return Object.hasOwn(contract, name);
}

/** IPC channel of a procedure: one channel each, so the preload forwards nothing else. */
export function channelFor(name: ProcedureName): string {
  return `dd:${name}`;
}

/** The typed client the renderer holds, whatever the transport. */
export type Api = {
  [N in ProcedureName]: (input: ProcedureInput<N>) => Promise<Result<ProcedureOutput<N>>>;
};

/** Builds the client from one generic call: used by the preload (IPC) and the HTTP transport. */
export function createApi(call: (name: ProcedureName, input: unknown) => Promise<unknown>): Api {
  const api: Partial<Record<ProcedureName, (input: unknown) => Promise<unknown>>> = {};
  for (const name of PROCEDURE_NAMES) api[name] = (input: unknown) => call(name, input);
  return api as Api;
}
