import { z } from 'zod';
import { RecoveryStatus } from './backup';
import { FileBytes, requiredText, Role, UnitLevel } from './common';
import { LockStatus } from './lock';
import { AREAS } from '../../../db/permissions';

export const AreaSchema = z.enum(AREAS, { error: 'validation.choice' });

export const Password = z
  .string({ error: 'validation.required' })
  .min(8, { error: 'validation.passwordShort' })
  .max(200, { error: 'validation.tooLong' });

export const SetupInput = z.object({
  officeName: requiredText(200),
  level: UnitLevel,
  listVersion: requiredText(40),
  unitCode: requiredText(20),
  /** The province chosen first (issue 17); when given, the unit must lie in it. */
  provinceCode: z.string().max(20).optional(),
  adminName: requiredText(100),
  password: Password,
});
export type SetupInput = z.infer<typeof SetupInput>;

export const SessionUser = z.object({ id: z.string(), name: z.string(), role: Role });
export type SessionUser = z.infer<typeof SessionUser>;

export const Office = z.object({
  installationId: z.string(),
  officeName: z.string(),
  level: UnitLevel,
  unitCode: z.string(),
  unitName: z.string(),
  unitListVersion: z.string(),
});
export type Office = z.infer<typeof Office>;

export const AppStatus = z.object({
  setUp: z.boolean(),
  office: Office.nullable(),
  user: SessionUser.nullable(),
  appVersion: z.string(),
  schemaVersion: z.number(),
  dataDir: z.string(),
  lock: LockStatus,
  /** The signed-in user's areas of work as stored now: the window hides what the router would refuse. */
  areas: z.array(AreaSchema),
  /** Set when the database was found damaged at start: the renderer shows the recovery page. */
  recovery: RecoveryStatus.nullable(),
  /** Known-answer tests of the package cryptography on this runtime (electron/packages/selfTest.ts). */
  cryptoSelfTest: z.object({ ok: z.boolean(), failed: z.array(z.string()) }),
  /** The data folder refuses writes: records can be read, every save is refused. */
  readOnly: z.boolean(),
});
export type AppStatus = z.infer<typeof AppStatus>;

export const SignInInput = z.object({
  name: requiredText(100),
  password: z.string().max(200),
  /** Chosen at the first sign-in of a user who has no password yet, with the one-time code the administrator gave. */
  newPassword: Password.optional(),
  oneTimeCode: z.string().max(40).optional(),
});

export const AdminUnitOut = z.object({
  listVersion: z.string(),
  code: z.string(),
  name: z.string(),
  level: UnitLevel,
  kind: z.string(),
  parentCode: z.string().nullable(),
});
export type AdminUnitOut = z.infer<typeof AdminUnitOut>;

export const UnitListInfo = z.object({ listVersion: z.string(), label: z.string() });

export const UnitsQuery = z.object({
  listVersion: z.string().max(40),
  level: UnitLevel.nullable().default(null),
  parentCode: z.string().max(20).nullable().default(null),
  /** The units of one province (itself, its districts and communes). */
  provinceCode: z.string().max(20).nullable().default(null),
});

export const UnitListImportInput = z.object({
  fileName: z.string().max(260),
  bytes: FileBytes,
  listVersion: requiredText(40).pipe(z.string().regex(/^[A-Za-z0-9._-]+$/, { error: 'validation.listVersion' })),
  label: requiredText(200),
});

export const UnitListImported = z.object({ listVersion: z.string(), label: z.string(), units: z.number() });

/** "Chuyển sang danh mục sau 01/07/2025": the unit the office became and the clerk's choices for split communes. */
export const ConvertListInput = z.object({
  newUnitCode: z.string().regex(/^\d{1,10}$/, { error: 'validation.choice' }),
  choices: z.record(z.string().regex(/^\d{1,10}$/), z.string().regex(/^\d{1,10}$/)).default({}),
});
export const ConversionCaseOut = z.object({
  oldCode: z.string(),
  oldName: z.string(),
  choices: z.array(z.object({ code: z.string(), name: z.string() })),
  records: z.number().int(),
});
export const ConvertListOut = z.object({ recoded: z.number().int(), unsettled: z.array(ConversionCaseOut) });
