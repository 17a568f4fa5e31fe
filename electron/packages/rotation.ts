import { rm } from 'node:fs/promises';
import { insertIssuedPackage, nextIssuedSequence } from '../../db/packageLog';
import { retiredInstallationKey, rotateInstallationKey, type StoredKeyPair } from '../../db/packageTrust';
import type { AppContext } from '../api/context';
import { buildConfigPayload, sealConfig } from './config';
import { writeAndCheck } from './files';
import { keysOf, requireProvince } from './installation';
import { fingerprint, generateReceivingKeyPair, generateSigningKeyPair, keyId } from './keys';

/*
 * Province key rotation (`keys rotate --out FILE`): new signing and receiving keys, announced in a
 * configuration package that names them and is signed by the NEW signing key. Offices accept it only
 * with the new fingerprint typed from the province's letter (a re-pin, as the first pin; importConfig),
 * so a rotation after a compromise works and a stolen old key cannot redirect anyone; they then
 * encrypt to the new receiving key. The old keys are kept (retired_installation_key) so packages sealed to the old receiving key
 * before an office imported the change still open here.
 *
 * The file is written and read back before anything changes here: if it cannot be written, the
 * province keeps its keys; if recording the change fails afterwards, the file is removed, since a
 * key change the province does not hold must never reach an office.
 */
export async function rotateProvinceKeys(app: AppContext, out: string) {
  requireProvince(app);
  const old = keysOf(app);
  if (!old.receiving) throw new Error('a province has a receiving key');
  const oldReceiving = old.receiving;
  const signing = generateSigningKeyPair();
  const receiving = generateReceivingKeyPair();
  const payload = {
    ...buildConfigPayload(app),
    signingPublicKey: Buffer.from(signing.publicKey).toString('base64'),
    receivingPublicKey: Buffer.from(receiving.publicKey).toString('base64'),
  };
  // Signed by the new key: offices re-pin it from the fingerprint on the province's letter (importConfig).
  const sealed = sealConfig(app, payload, signing.privateKey, false);
  const written = await writeAndCheck(out, sealed.sealed);
  try {
    app.db.transaction(() => {
      if (nextIssuedSequence(app.db, 'province-config').sequence !== sealed.sequence) throw new Error('another configuration package was issued meanwhile');
      insertIssuedPackage(app.db, sealed.issued);
      const now = app.now();
      rotateInstallationKey(app.db, 'signing', keyId(old.signing.publicKey), signing, now);
      rotateInstallationKey(app.db, 'receiving', keyId(oldReceiving.publicKey), receiving, now);
    }).immediate();
  } catch (error) {
    await rm(out, { force: true });
    throw error;
  }
  return {
    ...written,
    packageId: sealed.packageId,
    sequence: sealed.sequence,
    fingerprint: fingerprint(signing.publicKey),
    previousFingerprint: fingerprint(old.signing.publicKey),
    receivingKeyId: keyId(receiving.publicKey),
  };
}

/** The receiving key a package names (by key id): the current one, or one retired by a rotation. */
export function receivingKeyFor(app: AppContext, recipientKeyId: string | null): StoredKeyPair {
  const current = keysOf(app).receiving;
  if (!current) throw new Error('a province has a receiving key');
  if (recipientKeyId === null || recipientKeyId === keyId(current.publicKey)) return current;
  return retiredInstallationKey(app.db, 'receiving', recipientKeyId) ?? current;
}
