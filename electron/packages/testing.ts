// Test factories for packages: keys and packages are made in code, not kept as fixture files.
import { createHash, sign } from 'node:crypto';
import { MAGIC, FORMAT_VERSION, readPackageHeader, sealPackage, type PackageHeader, type SealInput } from './format';
import { generateReceivingKeyPair, generateSigningKeyPair, privateKeyObject, type KeyPair } from './keys';
import { PackageError, PACKAGE_ERROR_CODES, type PackageErrorCode } from './errors';

export interface Parties {
  office: KeyPair;
  province: KeyPair;
  otherProvince: KeyPair;
  stranger: KeyPair;
}

export function makeParties(): Parties {
  return {
    office: generateSigningKeyPair(),
    province: generateReceivingKeyPair(),
    otherProvince: generateReceivingKeyPair(),
    stranger: generateSigningKeyPair(),
  };
}

export const OFFICE_INSTALLATION = '0b0e9c1a-5d1f-4e8e-9a51-3c2f8d7e6b10';
export const PROVINCE_INSTALLATION = '7d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a';

/** A payload with personal data in it, to show it never appears in clear. */
export function samplePayload(length: number): Uint8Array {
  const text = Buffer.from('{"ownerName":"Nguyễn Văn An","address":"Số 12, đường Trần Đăng Ninh"}', 'utf8');
  const out = Buffer.alloc(length);
  for (let at = 0; at < length; at += text.length) text.copy(out, at, 0, Math.min(text.length, length - at));
  return out;
}

export function sealInput(parties: Parties, overrides: Partial<SealInput> = {}): SealInput {
  return {
    kind: 'office-delta',
    packageId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
    senderInstallationId: OFFICE_INSTALLATION,
    senderUnitCode: '20',
    senderUnitListVersion: 'VN-2025',
    sequence: 7,
    previousPackageHash: 'ab'.repeat(32),
    createdAt: '2025-03-04T05:06:07.089Z',
    payload: samplePayload(1500),
    senderSigningPrivateKey: parties.office.privateKey,
    recipientPublicKey: parties.province.publicKey,
    ...overrides,
  };
}

export function seal(parties: Parties, overrides: Partial<SealInput> = {}): Uint8Array {
  return sealPackage(sealInput(parties, overrides));
}

/**
 * Replaces the header (re-signed with `signingKey`) and keeps the body: what someone holding a
 * sender's key could do. `raw` lets a test write header bytes that are not canonical.
 */
export function reheader(
  bytes: Uint8Array,
  change: (header: PackageHeader) => Record<string, unknown>,
  signingKey: Uint8Array,
  raw?: (canonical: string) => string,
): Uint8Array {
  const info = readPackageHeader(bytes);
  const changed = change({ ...info.header });
  const canonical = JSON.stringify(Object.fromEntries(Object.entries(changed).sort(([a], [b]) => (a < b ? -1 : 1))));
  const headerBytes = Buffer.from(raw ? raw(canonical) : canonical, 'utf8');
  const prefix = Buffer.alloc(12);
  MAGIC.copy(prefix);
  prefix.writeUInt16BE(FORMAT_VERSION, 6);
  prefix.writeUInt32BE(headerBytes.length, 8);
  const signed = Buffer.concat([prefix, headerBytes]);
  const signature = sign(null, signed, privateKeyObject('ed25519', signingKey));
  const sigLength = Buffer.alloc(2);
  sigLength.writeUInt16BE(signature.length);
  return Buffer.concat([signed, sigLength, signature, Buffer.from(bytes).subarray(info.bodyOffset)]);
}

/** The code of the PackageError `run` throws; fails the test on a return or any other error. */
export function codeOf(run: () => unknown): PackageErrorCode {
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    if (error instanceof PackageError && (PACKAGE_ERROR_CODES as readonly string[]).includes(error.code)) return error.code;
    throw new Error(`expected a PackageError, got ${String(error)}`);
  }
  throw new Error(`expected a rejection, got ${typeof result}`);
}

export async function asyncCodeOf(run: () => Promise<unknown>): Promise<PackageErrorCode> {
  try {
    await run();
  } catch (error) {
    if (error instanceof PackageError) return error.code;
    throw new Error(`expected a PackageError, got ${String(error)}`);
  }
  throw new Error('expected a rejection');
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
