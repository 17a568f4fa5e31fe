import { z } from 'zod';
import { findUnitRecord } from '../../db/adminUnits';
import { getRegisteredOffice, listRegisteredOffices, revokeRegisteredOffice, upsertRegisteredOffice } from '../../db/packageTrust';
import { ApiError } from '../api/errors';
import type { AppContext } from '../api/context';
import { uuidSchema } from './format';
import { PackageError } from './errors';
import { parseJson, readBounded, writeAndCheck } from './files';
import { keysOf, requireOffice, requireProvince } from './installation';
import { fingerprint, fingerprintMatches, keyId } from './keys';

/*
 * Office registration: the office hands the province a file with its identity and public signing
 * key, and a stamped paper form with the key's fingerprint; the province registers the file only
 * when the fingerprint typed from the paper matches. No private data in the file.
 */

const REGISTRATION_FORMAT = 'district-desk-office-registration';
const MAX_REGISTRATION_BYTES = 64 * 1024;

const registrationSchema = z.strictObject({
  format: z.literal(REGISTRATION_FORMAT),
  version: z.literal(1),
  installationId: uuidSchema,
  level: z.enum(['province', 'district', 'commune']),
  unitCode: z.string().min(1).max(32),
  unitListVersion: z.string().min(1).max(32),
  officeName: z.string().min(1).max(300),
  signingPublicKey: z.string().refine((s) => Buffer.from(s, 'base64').length === 32 && Buffer.from(s, 'base64').toString('base64') === s),
});

export type Registration = z.infer<typeof registrationSchema>;

export function registrationOf(app: AppContext): Registration {
  const office = requireOffice(app);
  return {
    format: REGISTRATION_FORMAT,
    version: 1,
    installationId: office.installationId,
    level: office.level,
    unitCode: office.unitCode,
    unitListVersion: office.unitListVersion,
    officeName: office.officeName,
    signingPublicKey: Buffer.from(keysOf(app).signing.publicKey).toString('base64'),
  };
}

export async function exportRegistration(app: AppContext, out: string) {
  const registration = registrationOf(app);
  const written = await writeAndCheck(out, Buffer.from(`${JSON.stringify(registration, null, 2)}\n`, 'utf8'));
  return { ...written, ...describe(registration) };
}

function describe(r: Registration) {
  const key = Buffer.from(r.signingPublicKey, 'base64');
  return { installationId: r.installationId, officeName: r.officeName, unitCode: r.unitCode, unitListVersion: r.unitListVersion, keyId: keyId(key), fingerprint: fingerprint(key) };
}

async function readRegistration(file: string): Promise<Registration> {
  const parsed = registrationSchema.safeParse(parseJson(await readBounded(file, MAX_REGISTRATION_BYTES), 'NOT_A_PACKAGE'));
  if (!parsed.success) throw new PackageError('INVALID_CONTENT', 'registration file');
  return parsed.data;
}

/** What the province sees before typing the fingerprint: who the file claims to be (not the fingerprint). */
export async function previewRegistration(app: AppContext, file: string) {
  requireProvince(app);
  const r = await readRegistration(file);
  return { installationId: r.installationId, officeName: r.officeName, unitCode: r.unitCode, unitListVersion: r.unitListVersion };
}

/**
 * Registers (or re-registers) an office. An installation id already registered with another key is
 * refused, naming both fingerprints, unless `replacing` is the old one (the administrator compared
 * both and confirms the PC was reinstalled): a stick must not silently swap an office's key.
 */
export async function registerOffice(app: AppContext, file: string, typedFingerprint: string, replacing: string | null = null) {
  requireProvince(app);
  const registration = await readRegistration(file);
  const key = new Uint8Array(Buffer.from(registration.signingPublicKey, 'base64'));
  if (!fingerprintMatches(key, typedFingerprint)) throw new ApiError('FINGERPRINT_MISMATCH', 'packages.fingerprintMismatch');
  if (registration.level === 'province') throw new PackageError('INVALID_CONTENT', 'a province is not registered as an office');
  if (!findUnitRecord(app.db, registration.unitListVersion, registration.unitCode)) throw new PackageError('INVALID_CONTENT', 'unknown unit');
  const held = getRegisteredOffice(app.db, registration.installationId);
  if (held?.status === 'revoked') throw new PackageError('REVOKED_SENDER');
  if (held && !Buffer.from(held.publicKey).equals(Buffer.from(key)) && (replacing === null || !fingerprintMatches(held.publicKey, replacing))) {
    throw new ApiError('KEY_ALREADY_REGISTERED', 'packages.error.KEY_ALREADY_REGISTERED', { old: held.fingerprint, new: fingerprint(key) });
  }
  upsertRegisteredOffice(app.db, {
    installationId: registration.installationId,
    unitCode: registration.unitCode,
    unitListVersion: registration.unitListVersion,
    officeName: registration.officeName,
    publicKey: key,
    fingerprint: fingerprint(key),
    registeredAt: app.now(),
  });
  return describe(registration);
}

export function revokeOffice(app: AppContext, installationId: string) {
  requireProvince(app);
  if (!revokeRegisteredOffice(app.db, installationId, app.now())) throw new PackageError('UNKNOWN_SENDER', installationId);
  return registeredOffices(app).find((o) => o.installationId === installationId);
}

export function registeredOffices(app: AppContext) {
  requireProvince(app);
  return listRegisteredOffices(app.db).map(({ publicKey, ...rest }) => ({ ...rest, keyId: keyId(publicKey) }));
}
