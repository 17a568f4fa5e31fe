import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt cost: about 50 ms on an old office PC, enough to make guessing slow. */
const PARAMS = { N: 2 ** 15, r: 8, p: 1, keyLength: 32, maxmem: 64 * 1024 * 1024 };

function derive(password: string, salt: Buffer, p = PARAMS): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, p.keyLength, { N: p.N, r: p.r, p: p.p, maxmem: p.maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** Marks an administrator created by unattended setup, whose first sign-in chooses the password. */
export const UNSET_PASSWORD = '';

/** Stored as `scrypt$N$r$p$salt$hash` so the cost can rise later without breaking old hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(password, Buffer.from(salt, 'base64'), {
    ...PARAMS,
    N: Number(n),
    r: Number(r),
    p: Number(p),
    keyLength: expected.length,
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}
