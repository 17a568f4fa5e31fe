import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PackageError } from './errors';
import {
  decryptPrivateKey,
  encryptPrivateKey,
  fingerprint,
  fingerprintMatches,
  generateReceivingKeyPair,
  generateSigningKeyPair,
  keyId,
  parseFingerprint,
  receivingPublicKeyOf,
  signingPublicKeyOf,
} from './keys';

async function rejection(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof PackageError)) throw new Error(`expected a PackageError, got ${String(error)}`);
  return error.code;
}

describe('key pairs', () => {
  it('are raw 32-byte keys whose public half can be derived from the private one', () => {
    const signing = generateSigningKeyPair();
    const receiving = generateReceivingKeyPair();
    for (const pair of [signing, receiving]) {
      expect(pair.publicKey).toHaveLength(32);
      expect(pair.privateKey).toHaveLength(32);
    }
    expect(signingPublicKeyOf(signing.privateKey)).toEqual(signing.publicKey);
    expect(receivingPublicKeyOf(receiving.privateKey)).toEqual(receiving.publicKey);
    expect(generateSigningKeyPair().publicKey).not.toEqual(signing.publicKey);
  });

  it('refuses keys of the wrong length', () => {
    expect(() => keyId(new Uint8Array(31))).toThrow(TypeError);
    expect(() => signingPublicKeyOf(new Uint8Array(33))).toThrow(TypeError);
  });
});

describe('key id and fingerprint', () => {
  const zeros = new Uint8Array(32);

  it('key id is the first 16 bytes of SHA-256 of the raw key, in hex', () => {
    expect(keyId(zeros)).toBe('66687aadf862bd776c8fc18b8e9f8e20');
    const key = generateSigningKeyPair().publicKey;
    expect(keyId(key)).toBe(createHash('sha256').update(key).digest('hex').slice(0, 32));
  });

  it('fingerprint is the same bits as 8 groups of 4 upper-case hex digits', () => {
    expect(fingerprint(zeros)).toBe('6668 7AAD F862 BD77 6C8F C18B 8E9F 8E20');
    expect(fingerprint(generateReceivingKeyPair().publicKey)).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
  });

  it('parses what a clerk types from the paper form', () => {
    const canonical = '6668 7AAD F862 BD77 6C8F C18B 8E9F 8E20';
    for (const typed of [
      canonical,
      '66687aadf862bd776c8fc18b8e9f8e20',
      '6668-7aad-f862-bd77-6c8f-c18b-8e9f-8e20',
      '  6668 7AAD\tF862\u00a0BD77 6c8f–c18b 8E9F 8E20 ',
    ]) {
      expect(parseFingerprint(typed)).toBe(canonical);
      expect(fingerprintMatches(zeros, typed)).toBe(true);
    }
    for (const typed of ['', '6668 7AAD F862 BD77 6C8F C18B 8E9F 8E2', '6668 7AAD F862 BD77 6C8F C18B 8E9F 8E200', 'O668 7AAD F862 BD77 6C8F C18B 8E9F 8E20']) {
      expect(parseFingerprint(typed)).toBeNull();
      expect(fingerprintMatches(zeros, typed)).toBe(false);
    }
    expect(fingerprintMatches(zeros, '6668 7AAD F862 BD77 6C8F C18B 8E9F 8E21')).toBe(false);
  });
});

describe('key backup', () => {
  const privateKey = generateSigningKeyPair().privateKey;

  it('round-trips under the passphrase, whichever Unicode form the keyboard produced', async () => {
    const blob = await encryptPrivateKey(privateKey, 'Mật khẩu dài của tỉnh');
    expect(Buffer.from(blob).subarray(0, 6).toString('latin1')).toBe('DDKEY\0');
    expect(Buffer.from(blob).includes(Buffer.from(privateKey))).toBe(false);
    expect(await decryptPrivateKey(blob, 'Mật khẩu dài của tỉnh'.normalize('NFD'))).toEqual(privateKey);
  });

  it('refuses a wrong passphrase and a changed backup alike', async () => {
    const blob = await encryptPrivateKey(privateKey, 'đúng');
    expect(await rejection(decryptPrivateKey(blob, 'sai'))).toBe('WRONG_PASSPHRASE');
    const changedSalt = Buffer.from(blob);
    changedSalt[12] = (changedSalt[12] ?? 0) ^ 1;
    expect(await rejection(decryptPrivateKey(changedSalt, 'đúng'))).toBe('WRONG_PASSPHRASE');
    const changedBody = Buffer.from(blob);
    changedBody[40] = (changedBody[40] ?? 0) ^ 1;
    expect(await rejection(decryptPrivateKey(changedBody, 'đúng'))).toBe('WRONG_PASSPHRASE');
  });

  it('refuses other files, newer versions and costs beyond its bounds before running scrypt', async () => {
    const blob = Buffer.from(await encryptPrivateKey(privateKey, 'p'));
    expect(await rejection(decryptPrivateKey(new Uint8Array(), 'p'))).toBe('INVALID_CONTENT');
    expect(await rejection(decryptPrivateKey(Buffer.from('DDPKG\0 not a key'), 'p'))).toBe('INVALID_CONTENT');
    expect(await rejection(decryptPrivateKey(blob.subarray(0, 40), 'p'))).toBe('TRUNCATED');
    const newer = Buffer.from(blob);
    newer[6] = 2;
    expect(await rejection(decryptPrivateKey(newer, 'p'))).toBe('UNSUPPORTED_VERSION');
    const costly = Buffer.from(blob);
    costly[7] = 40;
    expect(await rejection(decryptPrivateKey(costly, 'p'))).toBe('INVALID_CONTENT');
    await expect(encryptPrivateKey(privateKey, '')).rejects.toThrow(TypeError);
  });
});
