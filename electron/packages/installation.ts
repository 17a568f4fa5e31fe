import { z } from 'zod';
import { setInstallationId } from '../../db/office';
import {
  getInstallationKey,
  pinnedProvinceKey,
  provinceKeyHistory,
  replaceInstallationKey,
  restoreRetiredKey,
  retiredInstallationKeys,
  saveInstallationKeyIfMissing,
  type StoredKeyPair,
} from '../../db/packageTrust';
import { ApiError } from '../api/errors';
import type { AppContext } from '../api/context';
import type { Office } from '../api/schemas/office';
import { uuidSchema } from './format';
import { PackageError } from './errors';
import { parseJson, readBounded, writeAndCheck } from './files';
import {
  decryptPrivateKey,
  encryptPrivateKey,
  fingerprint,
  generateReceivingKeyPair,
  generateSigningKeyPair,
  keyId,
  receivingPublicKeyOf,
  signingPublicKeyOf,
} from './keys';

/*
 * This installation's keys: made at setup, or on first need for a database set up before packages
 * existed. A province also has a receiving key.
 */

export interface InstallationKeys {
  signing: StoredKeyPair;
  receiving: StoredKeyPair | null;
}

export function requireOffice(app: AppContext): Office {
  const office = app.office();
  if (!office) throw new ApiError('NOT_SET_UP', 'errors.notSetUp');
  return office;
}

export function requireProvince(app: AppContext): Office {
  const office = requireOffice(app);
  if (office.level !== 'province') throw new ApiError('NOT_PROVINCE', 'packages.notProvince');
  return office;
}

/** Creates whatever keys this installation should have and lacks; call inside or outside a transaction. */
export function ensureKeys(app: Pick<AppContext, 'db' | 'now'>, level: Office['level']): InstallationKeys {
  const signing = getInstallationKey(app.db, 'signing') ?? saveInstallationKeyIfMissing(app.db, 'signing', generateSigningKeyPair(), app.now());
  if (level !== 'province') return { signing, receiving: null };
  const receiving = getInstallationKey(app.db, 'receiving') ?? saveInstallationKeyIfMissing(app.db, 'receiving', generateReceivingKeyPair(), app.now());
  return { signing, receiving };
}

export function keysOf(app: AppContext): InstallationKeys {
  return ensureKeys(app, requireOffice(app).level);
}

const describeKey = (publicKey: Uint8Array) => ({ keyId: keyId(publicKey), fingerprint: fingerprint(publicKey) });

export function keysInfo(app: AppContext) {
  const office = requireOffice(app);
  const keys = keysOf(app);
  const pinned = pinnedProvinceKey(app.db);
  return {
    installationId: office.installationId,
    level: office.level,
    signing: describeKey(keys.signing.publicKey),
    receiving: keys.receiving ? describeKey(keys.receiving.publicKey) : null,
    province: pinned
      ? { installationId: pinned.installationId, unitCode: pinned.unitCode, signing: describeKey(pinned.signingPublicKey), receiving: describeKey(pinned.receivingPublicKey), pinnedAt: pinned.pinnedAt }
      : null,
    provinceKeyHistory: provinceKeyHistory(app.db).map((k) => ({ fingerprint: k.fingerprint, pinnedAt: k.pinnedAt })),
  };
}

// ---------------------------------------------------------------------------------------------
// Key backup: only under a passphrase; imported when an office moves to another PC.

// Room for the current keys and a few hundred retired ones.
const MAX_BACKUP_BYTES = 128 * 1024;
const b64Key = z.string().refine((s) => Buffer.from(s, 'base64').length === 32 && Buffer.from(s, 'base64').toString('base64') === s);
const isoStamp = z.string().max(40);
const backupSchema = z.strictObject({
  installationId: uuidSchema,
  signing: b64Key,
  receiving: b64Key.nullable(),
  // Keys retired by `keys rotate`: without them a restored province could not open packages sealed
  // to its old receiving key. Backups made before rotation existed have none.
  retired: z
    .array(z.strictObject({ keyId: z.string().regex(/^[0-9a-f]{32}$/), purpose: z.enum(['signing', 'receiving']), privateKey: b64Key, createdAt: isoStamp, retiredAt: isoStamp }))
    .max(500)
    .default([]),
});

const publicKeyOf = { signing: signingPublicKeyOf, receiving: receivingPublicKeyOf } as const;

export async function exportKeyBackup(app: AppContext, out: string, passphrase: string) {
  const office = requireOffice(app);
  const keys = keysOf(app);
  const plain = Buffer.from(
    JSON.stringify({
      installationId: office.installationId,
      signing: Buffer.from(keys.signing.privateKey).toString('base64'),
      receiving: keys.receiving ? Buffer.from(keys.receiving.privateKey).toString('base64') : null,
      retired: retiredInstallationKeys(app.db).map((k) => ({
        keyId: k.keyId,
        purpose: k.purpose,
        privateKey: Buffer.from(k.privateKey).toString('base64'),
        createdAt: k.createdAt,
        retiredAt: k.retiredAt,
      })),
    }),
  );
  try {
    return await writeAndCheck(out, await encryptPrivateKey(plain, passphrase));
  } finally {
    plain.fill(0);
  }
}

/**
 * The backup's keys and installation id replace this installation's, so the province keeps
 * recognising the office as the same sender.
 */
export async function importKeyBackup(app: AppContext, file: string, passphrase: string) {
  const office = requireOffice(app);
  const plain = await decryptPrivateKey(await readBounded(file, MAX_BACKUP_BYTES), passphrase);
  const parsed = backupSchema.safeParse(parseJson(plain, 'INVALID_CONTENT'));
  plain.fill(0);
  if (!parsed.success) throw new PackageError('INVALID_CONTENT', 'key backup content');
  const signingPrivate = new Uint8Array(Buffer.from(parsed.data.signing, 'base64'));
  const receivingPrivate = parsed.data.receiving ? new Uint8Array(Buffer.from(parsed.data.receiving, 'base64')) : null;
  if ((receivingPrivate !== null) !== (office.level === 'province')) throw new PackageError('INVALID_CONTENT', 'key backup of another level');
  const now = app.now();
  app.db.transaction(() => {
    replaceInstallationKey(app.db, 'signing', { privateKey: signingPrivate, publicKey: signingPublicKeyOf(signingPrivate) }, now);
    if (receivingPrivate) replaceInstallationKey(app.db, 'receiving', { privateKey: receivingPrivate, publicKey: receivingPublicKeyOf(receivingPrivate) }, now);
    for (const key of parsed.data.retired) {
      const privateKey = new Uint8Array(Buffer.from(key.privateKey, 'base64'));
      restoreRetiredKey(app.db, { ...key, privateKey, publicKey: publicKeyOf[key.purpose](privateKey) });
    }
    setInstallationId(app.db, parsed.data.installationId, now);
  }).immediate();
  app.invalidateOffice();
  return keysInfo(app);
}
