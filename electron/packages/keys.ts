import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  scrypt,
  timingSafeEqual,
  type KeyObject,
} from 'node:crypto';
import { PackageError } from './errors';

/**
 * Keys are raw 32-byte values (Uint8Array), not PEM: they go into SQLite BLOBs and registration
 * files as they are, `keyId` and `fingerprint` hash exactly these bytes, and a key of the wrong
 * length is caught by a length check instead of a PEM parser.
 * Signing keys are Ed25519 (private = the 32-byte seed); receiving keys are X25519.
 */
export interface KeyPair {
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

export const RAW_KEY_BYTES = 32;

type Curve = 'ed25519' | 'x25519';

/** Fixed DER wrappers of a raw key (RFC 8410): OpenSSL imports DER, we store raw. */
const DER_PREFIX: Record<Curve, { pkcs8: Buffer; spki: Buffer }> = {
  ed25519: { pkcs8: Buffer.from('302e020100300506032b657004220420', 'hex'), spki: Buffer.from('302a300506032b6570032100', 'hex') },
  x25519: { pkcs8: Buffer.from('302e020100300506032b656e04220420', 'hex'), spki: Buffer.from('302a300506032b656e032100', 'hex') },
};

function checkRaw(raw: Uint8Array, what: string): void {
  if (!(raw instanceof Uint8Array) || raw.length !== RAW_KEY_BYTES) {
    throw new TypeError(`${what} must be ${RAW_KEY_BYTES} raw bytes`);
  }
}

function rawFromDer(der: Buffer, prefix: Buffer): Uint8Array {
  if (der.length !== prefix.length + RAW_KEY_BYTES || !der.subarray(0, prefix.length).equals(prefix)) {
    throw new Error('Unexpected DER key encoding from OpenSSL');
  }
  return new Uint8Array(der.subarray(prefix.length));
}

export function privateKeyObject(curve: Curve, raw: Uint8Array): KeyObject {
  checkRaw(raw, `${curve} private key`);
  return createPrivateKey({ key: Buffer.concat([DER_PREFIX[curve].pkcs8, raw]), format: 'der', type: 'pkcs8' });
}

export function publicKeyObject(curve: Curve, raw: Uint8Array): KeyObject {
  checkRaw(raw, `${curve} public key`);
  return createPublicKey({ key: Buffer.concat([DER_PREFIX[curve].spki, raw]), format: 'der', type: 'spki' });
}

export function rawPublicKey(curve: Curve, key: KeyObject): Uint8Array {
  return rawFromDer(key.export({ format: 'der', type: 'spki' }), DER_PREFIX[curve].spki);
}

function generate(curve: Curve): KeyPair {
  // The two literal calls keep TypeScript's overloads happy.
  const pair = curve === 'ed25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('x25519');
  return {
    publicKey: rawPublicKey(curve, pair.publicKey),
    privateKey: rawFromDer(pair.privateKey.export({ format: 'der', type: 'pkcs8' }), DER_PREFIX[curve].pkcs8),
  };
}

/** Ed25519: every installation signs its packages with this. */
export function generateSigningKeyPair(): KeyPair {
  return generate('ed25519');
}

/** X25519: a province installation receives encrypted packages with this. */
export function generateReceivingKeyPair(): KeyPair {
  return generate('x25519');
}

/** Lets the database keep only the (encrypted) private key and derive the public one. */
export function signingPublicKeyOf(privateKey: Uint8Array): Uint8Array {
  return rawPublicKey('ed25519', createPublicKey(privateKeyObject('ed25519', privateKey)));
}

export function receivingPublicKeyOf(privateKey: Uint8Array): Uint8Array {
  return rawPublicKey('x25519', createPublicKey(privateKeyObject('x25519', privateKey)));
}

function digest16(publicKey: Uint8Array): Buffer {
  checkRaw(publicKey, 'public key');
  return createHash('sha256').update(publicKey).digest().subarray(0, 16);
}

/** First 16 bytes of SHA-256 of the raw public key, lower-case hex (32 chars). */
export function keyId(publicKey: Uint8Array): string {
  return digest16(publicKey).toString('hex');
}

const FINGERPRINT_GROUPS = 8;

/**
 * The same 128 bits as `keyId`, as `3F2A 9C01 ...` (8 groups of 4): short enough to read aloud over
 * the phone and to type from a stamped form, and 128 bits is still far beyond finding a second key
 * that matches. Being equal to the key id lets a clerk match a package header to the paper form.
 */
export function fingerprint(publicKey: Uint8Array): string {
  return formatGroups(digest16(publicKey).toString('hex').toUpperCase());
}

function formatGroups(hex32: string): string {
  const groups: string[] = [];
  for (let i = 0; i < FINGERPRINT_GROUPS; i++) groups.push(hex32.slice(i * 4, i * 4 + 4));
  return groups.join(' ');
}

/**
 * Accepts what a clerk types from the paper form: any case, spaces (also no-break ones), dashes.
 * Returns the canonical `XXXX XXXX ...` form, or null when it is not 32 hex digits.
 */
export function parseFingerprint(typed: string): string | null {
  const compact = typed.replace(/[\s\u00a0\u2010-\u2015-]/g, '').toUpperCase();
  return /^[0-9A-F]{32}$/.test(compact) ? formatGroups(compact) : null;
}

export function fingerprintMatches(publicKey: Uint8Array, typed: string): boolean {
  const parsed = parseFingerprint(typed);
  if (parsed === null) return false;
  const a = Buffer.from(parsed, 'latin1');
  const b = Buffer.from(fingerprint(publicKey), 'latin1');
  return a.length === b.length && timingSafeEqual(a, b);
}

// ---------------------------------------------------------------------------------------------
// Key backup: a private key exported only under a passphrase.
// Layout: 'DDKEY\0' | version u8 | log2(N) u8 | r u8 | p u8 | salt 16 | nonce 12 | ciphertext | tag 16.
// The first 38 bytes are the AES-GCM additional data, so changing the cost or salt is detected.

const KEY_MAGIC = Buffer.from('DDKEY\0', 'latin1');
const KEY_VERSION = 1;
const KEY_SALT_BYTES = 16;
const KEY_NONCE_BYTES = 12;
const KEY_TAG_BYTES = 16;
const KEY_HEADER_BYTES = KEY_MAGIC.length + 4 + KEY_SALT_BYTES + KEY_NONCE_BYTES;
/** N = 2^17 (128 MiB, about half a second on an old office PC): a key backup is guessed offline, so it costs more than a sign-in. */
const SCRYPT = { log2N: 17, r: 8, p: 1 };
/** A crafted backup must not make us spend more than this on scrypt (4x today's cost). */
const SCRYPT_MAX_MEMORY = 512 * 1024 * 1024;
const MAX_PRIVATE_KEY_BYTES = 1024;

function deriveBackupKey(passphrase: string, salt: Buffer, log2N: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** log2N;
  return new Promise((resolve, reject) => {
    // NFC: the same Vietnamese passphrase can arrive composed or decomposed depending on the keyboard.
    scrypt(passphrase.normalize('NFC'), salt, 32, { N, r, p, maxmem: 128 * N * r * p + 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function encryptPrivateKey(privateKey: Uint8Array, passphrase: string): Promise<Uint8Array> {
  if (privateKey.length === 0 || privateKey.length > MAX_PRIVATE_KEY_BYTES) throw new TypeError('Bad private key length');
  if (passphrase.length === 0) throw new TypeError('A key backup needs a passphrase');
  const header = Buffer.alloc(KEY_HEADER_BYTES);
  KEY_MAGIC.copy(header, 0);
  let at = KEY_MAGIC.length;
  at = header.writeUInt8(KEY_VERSION, at);
  at = header.writeUInt8(SCRYPT.log2N, at);
  at = header.writeUInt8(SCRYPT.r, at);
  at = header.writeUInt8(SCRYPT.p, at);
  const salt = randomBytes(KEY_SALT_BYTES);
  salt.copy(header, at);
  randomBytes(KEY_NONCE_BYTES).copy(header, at + KEY_SALT_BYTES);
  const key = await deriveBackupKey(passphrase, salt, SCRYPT.log2N, SCRYPT.r, SCRYPT.p);
  const cipher = createCipheriv('aes-256-gcm', key, header.subarray(KEY_HEADER_BYTES - KEY_NONCE_BYTES), { authTagLength: KEY_TAG_BYTES });
  cipher.setAAD(header);
  const body = Buffer.concat([cipher.update(privateKey), cipher.final(), cipher.getAuthTag()]);
  return new Uint8Array(Buffer.concat([header, body]));
}

/**
 * Not a key backup -> INVALID_CONTENT; a newer layout -> UNSUPPORTED_VERSION. A wrong passphrase
 * and a damaged backup cannot be told apart (both fail authentication): WRONG_PASSPHRASE.
 */
export async function decryptPrivateKey(blob: Uint8Array, passphrase: string): Promise<Uint8Array> {
  const bytes = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
  if (bytes.length < KEY_MAGIC.length || !bytes.subarray(0, KEY_MAGIC.length).equals(KEY_MAGIC)) {
    throw new PackageError('INVALID_CONTENT', 'not a key backup');
  }
  if (bytes.length < KEY_HEADER_BYTES + 1 + KEY_TAG_BYTES) throw new PackageError('TRUNCATED', 'key backup too short');
  let at = KEY_MAGIC.length;
  const version = bytes.readUInt8(at++);
  if (version !== KEY_VERSION) throw new PackageError('UNSUPPORTED_VERSION', `key backup version ${version}`);
  const log2N = bytes.readUInt8(at++);
  const r = bytes.readUInt8(at++);
  const p = bytes.readUInt8(at++);
  if (log2N < 14 || log2N > 22 || r < 1 || p < 1 || 128 * 2 ** log2N * r * p > SCRYPT_MAX_MEMORY) {
    throw new PackageError('INVALID_CONTENT', 'key backup cost out of bounds');
  }
  if (bytes.length > KEY_HEADER_BYTES + MAX_PRIVATE_KEY_BYTES + KEY_TAG_BYTES) throw new PackageError('TOO_LARGE', 'key backup too long');
  const salt = bytes.subarray(at, at + KEY_SALT_BYTES);
  const nonce = bytes.subarray(at + KEY_SALT_BYTES, KEY_HEADER_BYTES);
  const ciphertext = bytes.subarray(KEY_HEADER_BYTES, bytes.length - KEY_TAG_BYTES);
  const tag = bytes.subarray(bytes.length - KEY_TAG_BYTES);
  const key = await deriveBackupKey(passphrase, salt, log2N, r, p);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: KEY_TAG_BYTES });
  decipher.setAAD(bytes.subarray(0, KEY_HEADER_BYTES));
  decipher.setAuthTag(tag);
  const plain = decipher.update(ciphertext);
  try {
    decipher.final();
  } catch {
    plain.fill(0);
    throw new PackageError('WRONG_PASSPHRASE');
  }
  return new Uint8Array(plain);
}
