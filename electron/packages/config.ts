import { z } from 'zod';
import { listUnits, saveUnitList, unitLists } from '../../db/adminUnits';
import { configTables, readConfigTable, replaceConfigTable } from '../../db/configTables';
import { configReceivedById, insertConfigReceived, insertIssuedPackage, lastConfigReceived, nextIssuedSequence } from '../../db/packageLog';
import { pinnedProvinceKey, pinProvinceKey, revokedInstallations } from '../../db/packageTrust';
import { ApiError } from '../api/errors';
import type { AppContext } from '../api/context';
import { openPackage, packageHash, readPackageHeader, sealPackage, uuidSchema } from './format';
import { PackageError } from './errors';
import { parseJson, readBounded, writeAndCheck } from './files';
import { keysOf, requireOffice, requireProvince } from './installation';
import { fingerprint, fingerprintMatches } from './keys';

/*
 * The province configuration package (kind province-config), signed by the province, not encrypted.
 * It carries the province's keys, the revoked installations and named `sections`: 'units' (the unit
 * list) and one section per table listed in config_table. An office applies the sections it knows
 * and ignores the rest, so templates, plans and targets added later travel without changes here.
 */

const MAX_CONFIG_BYTES = 64 * 1024 * 1024;
/** Configuration packages a province may issue between two an office imports before a jump is refused. */
export const MAX_CONFIG_SEQUENCE_JUMP = 100;
const rawKey = z.string().refine((s) => Buffer.from(s, 'base64').length === 32 && Buffer.from(s, 'base64').toString('base64') === s);
const scalar = z.union([z.string(), z.number(), z.null()]);

const unitsSection = z.strictObject({
  listVersion: z.string().min(1).max(32),
  label: z.string().max(300),
  units: z
    .array(
      z.strictObject({
        listVersion: z.string().max(32),
        code: z.string().min(1).max(32),
        name: z.string().max(300),
        level: z.enum(['province', 'district', 'commune']),
        kind: z.string().max(100),
        parentCode: z.string().max(32).nullable(),
        // Unit end dates (issue 14) are accepted from a newer province; not sent, so older offices keep importing.
        endedOn: z.string().max(10).nullable().optional(),
        endBasis: z.string().max(300).optional(),
      }),
    )
    .max(100_000),
});
const tableSection = z.strictObject({ columns: z.array(z.string().max(64)).max(500), rows: z.array(z.array(scalar)) });

export const configPayloadSchema = z.strictObject({
  format: z.literal(1),
  province: z.strictObject({ installationId: uuidSchema, unitCode: z.string().max(32), unitListVersion: z.string().max(32), officeName: z.string().max(300) }),
  signingPublicKey: rawKey,
  receivingPublicKey: rawKey,
  revokedInstallations: z.array(z.strictObject({ installationId: uuidSchema, revokedAt: z.string().max(40) })).max(100_000),
  sections: z.record(z.string().max(64), z.unknown()),
});

export type ConfigPayload = z.infer<typeof configPayloadSchema>;

export function buildConfigPayload(app: AppContext): ConfigPayload {
  const office = requireProvince(app);
  const keys = keysOf(app);
  if (!keys.receiving) throw new Error('a province has a receiving key');
  const list = unitLists(app.db).find((l) => l.listVersion === office.unitListVersion);
  const sections: Record<string, unknown> = {
    units: { listVersion: office.unitListVersion, label: list?.label ?? office.unitListVersion, units: listUnits(app.db, office.unitListVersion, { level: null, parentCode: null }).map(({ endedOn: _ended, endBasis: _basis, ...unit }) => unit) },
  };
  for (const table of configTables(app.db)) sections[table] = readConfigTable(app.db, table);
  return {
    format: 1,
    province: { installationId: office.installationId, unitCode: office.unitCode, unitListVersion: office.unitListVersion, officeName: office.officeName },
    signingPublicKey: Buffer.from(keys.signing.publicKey).toString('base64'),
    receivingPublicKey: Buffer.from(keys.receiving.publicKey).toString('base64'),
    revokedInstallations: revokedInstallations(app.db),
    sections,
  };
}

export async function exportConfig(app: AppContext, out: string) {
  const keys = keysOf(app);
  const bytes = app.db.transaction(() => sealConfig(app, buildConfigPayload(app), keys.signing.privateKey)).immediate();
  const written = await writeAndCheck(out, bytes.sealed);
  return { ...written, packageId: bytes.packageId, sequence: bytes.sequence, fingerprint: fingerprint(keys.signing.publicKey) };
}

/** Seals and records the next configuration package; call inside a transaction. */
export function sealConfig(app: AppContext, payload: ConfigPayload, signingPrivateKey: Uint8Array, record = true) {
  const office = requireProvince(app);
  const packageId = app.newId();
  const createdAt = app.now();
  const { sequence, previousHash } = nextIssuedSequence(app.db, 'province-config');
  const sealed = sealPackage({
    kind: 'province-config',
    packageId,
    senderInstallationId: office.installationId,
    senderUnitCode: office.unitCode,
    senderUnitListVersion: office.unitListVersion,
    sequence,
    previousPackageHash: previousHash,
    createdAt,
    payload: Buffer.from(JSON.stringify(payload), 'utf8'),
    senderSigningPrivateKey: signingPrivateKey,
    recipientPublicKey: null,
  });
  const issued = { packageId, kind: 'province-config' as const, sequence, packageHash: packageHash(sealed), createdAt };
  if (record) insertIssuedPackage(app.db, issued);
  return { sealed, sequence, packageId, issued };
}

/**
 * First import: signed by the key its payload names, and that key's fingerprint typed by the clerk
 * (from the province's paper) must match, or the sender is unknown. Later, the same province signing
 * with the pinned key. Any key change is a re-pin: the package is signed by the NEW key, whose
 * fingerprint the clerk types from the province's letter, exactly as at the first pin; a signature
 * by the old key proves nothing (a copy of the province's database holds it).
 */
export async function importConfig(app: AppContext, file: string, typedFingerprint: string | null) {
  const office = requireOffice(app);
  if (office.level === 'province') throw new ApiError('NOT_AN_OFFICE', 'packages.notAnOffice');
  const bytes = await readBounded(file, MAX_CONFIG_BYTES);
  const info = readPackageHeader(bytes);
  if (info.header.kind !== 'province-config') throw new PackageError('INVALID_CONTENT', `kind ${info.header.kind}`);
  const pinned = pinnedProvinceKey(app.db);
  if (pinned && info.header.senderInstallationId !== pinned.installationId) throw new PackageError('UNKNOWN_SENDER', 'not the pinned province', 'packages.error.UNKNOWN_PROVINCE_KEY');
  // Only the payload names the key: read it unverified, then verify the whole package with it.
  const claimed = configPayloadSchema.safeParse(parseJson(bytes.subarray(info.bodyOffset), 'INVALID_CONTENT'));
  if (!claimed.success) throw new PackageError('INVALID_CONTENT', 'configuration payload');
  const claimedSigning = new Uint8Array(Buffer.from(claimed.data.signingPublicKey, 'base64'));
  const sameKey = pinned !== undefined && Buffer.from(pinned.signingPublicKey).equals(Buffer.from(claimedSigning));
  if (sameKey && !Buffer.from(pinned.receivingPublicKey).equals(Buffer.from(claimed.data.receivingPublicKey, 'base64'))) {
    // A new receiving key comes only with a new signing key, so it too is typed from the letter.
    throw new PackageError('KEY_CHANGE_NEEDS_FINGERPRINT', 'receiving key changed under the same signing key');
  }
  if (!sameKey) {
    if (typedFingerprint === null || !fingerprintMatches(claimedSigning, typedFingerprint)) {
      if (pinned) throw new PackageError('KEY_CHANGE_NEEDS_FINGERPRINT', 'key change without the typed fingerprint');
      throw new PackageError('UNKNOWN_SENDER', 'fingerprint does not match', 'packages.error.UNKNOWN_PROVINCE_KEY');
    }
  }
  const signer = claimedSigning;
  const { header, payload: plain } = openPackage(bytes, { senderPublicKey: signer, recipientPrivateKey: null, kinds: ['province-config'], maxBytes: MAX_CONFIG_BYTES });
  const parsed = configPayloadSchema.safeParse(parseJson(plain, 'INVALID_CONTENT'));
  if (!parsed.success) throw new PackageError('INVALID_CONTENT', 'configuration payload');
  const payload = parsed.data;
  if (payload.province.installationId !== header.senderInstallationId) throw new PackageError('INVALID_CONTENT', 'payload of another province');

  if (configReceivedById(app.db, header.packageId)) return { alreadyImported: true, outdated: false, sequence: header.sequence, keyChanged: false };
  const last = lastConfigReceived(app.db);
  if (last && header.sequence <= last.sequence) return { alreadyImported: false, outdated: true, sequence: header.sequence, keyChanged: false };
  // A jump is shown (configurations skipped), and capped: one far ahead would refuse every genuine one after it.
  const skipped = last ? header.sequence - last.sequence - 1 : 0;
  if (skipped >= MAX_CONFIG_SEQUENCE_JUMP) throw new PackageError('SEQUENCE_JUMP', `configuration ${header.sequence} after ${last?.sequence}`);

  const signing = new Uint8Array(Buffer.from(payload.signingPublicKey, 'base64'));
  const keyChanged = pinned !== undefined && !Buffer.from(pinned.signingPublicKey).equals(Buffer.from(signing));
  const now = app.now();
  app.db.transaction(() => {
    applySections(app, payload.sections, now);
    pinProvinceKey(app.db, {
      installationId: payload.province.installationId,
      unitCode: payload.province.unitCode,
      signingPublicKey: signing,
      receivingPublicKey: new Uint8Array(Buffer.from(payload.receivingPublicKey, 'base64')),
      fingerprint: fingerprint(signing),
      pinnedAt: now,
      packageId: header.packageId,
    });
    insertConfigReceived(app.db, {
      packageId: header.packageId,
      sequence: header.sequence,
      packageHash: packageHash(bytes),
      revokedInstallations: payload.revokedInstallations.map((r) => r.installationId),
      importedAt: now,
    });
  }).immediate();
  app.invalidateOffice();
  const revokedHere = payload.revokedInstallations.some((r) => r.installationId === office.installationId);
  return { alreadyImported: false, outdated: false, sequence: header.sequence, keyChanged, revokedHere, fingerprint: fingerprint(signing), skipped };
}

function applySections(app: AppContext, sections: Record<string, unknown>, now: string): void {
  const units = sections.units === undefined ? null : unitsSection.safeParse(sections.units);
  if (units && !units.success) throw new PackageError('INVALID_CONTENT', 'units section');
  if (units?.data) saveUnitList(app.db, { listVersion: units.data.listVersion, label: units.data.label, source: 'province-config', units: units.data.units }, now);
  const known = new Set(configTables(app.db));
  for (const [name, content] of Object.entries(sections)) {
    if (!known.has(name)) continue;
    const table = tableSection.safeParse(content);
    if (!table.success) throw new PackageError('INVALID_CONTENT', `${name} section`);
    try {
      replaceConfigTable(app.db, name, table.data);
    } catch (error) {
      throw new PackageError('INVALID_CONTENT', `${name}: ${(error as Error).message}`);
    }
  }
}
