// A stand-in for Electron's safeStorage bound to one PC: what one PC wraps, another cannot unwrap
// (as DPAPI ties a secret to a Windows user on one machine).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { OsKeyProtection } from './keyFile';

export function pcProtection(available = true): OsKeyProtection {
  const secret = randomBytes(32);
  return {
    isEncryptionAvailable: () => available,
    encryptString(plainText) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', secret, iv);
      const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decryptString(encrypted) {
      const decipher = createDecipheriv('aes-256-gcm', secret, encrypted.subarray(0, 12));
      decipher.setAuthTag(encrypted.subarray(12, 28));
      return Buffer.concat([decipher.update(encrypted.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
