// The database key: 32 random bytes that SQLCipher (better-sqlite3-multiple-ciphers) encrypts every
// page with. Plain Node: the desktop app wraps it with the OS (electron/dbKey), the CLI, the loopback
// host and the tests name it through an explicit key source (environment variable or key file).
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';

/** 32 bytes; never written to disk unwrapped by the app. */
export type DbKey = Buffer;

export const DB_KEY_BYTES = 32;
/** Environment variable holding the key (64 hex digits, or the recovery key) for the CLI, the host and tests. */
export const DB_KEY_ENV = 'DISTRICT_DESK_DB_KEY';

export class DbKeyError extends Error {
  constructor(
    readonly code: 'DB_KEY_MISSING' | 'DB_KEY_INVALID' | 'DB_KEY_WRONG' | 'DB_CIPHER_UNAVAILABLE',
    readonly messageKey: string,
    detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'DbKeyError';
  }
}

export function newDbKey(): DbKey {
  return randomBytes(DB_KEY_BYTES);
}

// Crockford's base32: no I, L, O, U, so a key copied from paper is not misread.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHECK_BYTES = 2;

function checksum(key: Buffer): Buffer {
  return createHash('sha256').update('district-desk recovery key').update(key).digest().subarray(0, CHECK_BYTES);
}

function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function fromBase32(text: string, byteLength: number): Buffer | null {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of text) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) return null;
    value = (value << 5) | digit;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  return out.length === byteLength ? Buffer.from(out) : null;
}

/**
 * The key as IT staff print and keep it: 55 characters in groups of five, with a checksum, so a
 * mistyped character is refused rather than taken as another key.
 */
export function formatRecoveryKey(key: DbKey): string {
  const text = base32(Buffer.concat([key, checksum(key)]));
  return text.match(/.{1,5}/g)?.join('-') ?? text;
}

/** Reads a key written as 64 hex digits or as the recovery key (spaces, dashes and case ignored). */
export function parseDbKey(text: string): DbKey {
  const compact = text.replace(/[\s-]/g, '').toUpperCase();
  if (/^[0-9A-F]{64}$/.test(compact)) return Buffer.from(compact, 'hex');
  const normalised = compact.replace(/O/g, '0').replace(/[IL]/g, '1');
  const bytes = fromBase32(normalised, DB_KEY_BYTES + CHECK_BYTES);
  if (bytes) {
    const key = bytes.subarray(0, DB_KEY_BYTES);
    if (checksum(key).equals(bytes.subarray(DB_KEY_BYTES))) return Buffer.from(key);
  }
  throw new DbKeyError('DB_KEY_INVALID', 'errors.db.keyInvalid');
}

export function readDbKeyFile(file: string): DbKey {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new DbKeyError('DB_KEY_INVALID', 'errors.db.keyInvalid', error instanceof Error ? error.message : String(error));
  }
  return parseDbKey(text);
}

/** The key named by DISTRICT_DESK_DB_KEY, if set. */
export function keyFromEnvironment(env: NodeJS.ProcessEnv = process.env): DbKey | undefined {
  const text = env[DB_KEY_ENV];
  return text ? parseDbKey(text) : undefined;
}

/** Explicit key, else the environment's; none is an error: a database is never opened unencrypted. */
export function requireDbKey(key: DbKey | undefined): DbKey {
  const resolved = key ?? keyFromEnvironment();
  if (!resolved) throw new DbKeyError('DB_KEY_MISSING', 'errors.db.keyMissing');
  if (resolved.length !== DB_KEY_BYTES) throw new DbKeyError('DB_KEY_INVALID', 'errors.db.keyInvalid');
  return resolved;
}

/** The statements that select SQLCipher 4's format and key a connection (validated bytes only reach it). */
export function keyPragmas(key: DbKey): string[] {
  if (key.length !== DB_KEY_BYTES) throw new DbKeyError('DB_KEY_INVALID', 'errors.db.keyInvalid');
  // Raw key (x'..'): no passphrase derivation, as Signal-Desktop keys its SQLCipher database.
  return ["cipher = 'sqlcipher'", 'legacy = 4', `key = "x'${key.toString('hex')}'"`];
}

export function rekeyPragma(key: DbKey): string {
  if (key.length !== DB_KEY_BYTES) throw new DbKeyError('DB_KEY_INVALID', 'errors.db.keyInvalid');
  return `rekey = "x'${key.toString('hex')}'"`;
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * True when the file starts with SQLite's plain header: a database from before encryption (or a
 * plain copy). An encrypted file starts with its random salt; an empty or absent file is neither.
 */
export function isPlainSqliteFile(file: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(SQLITE_MAGIC.length);
    return fs.readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_MAGIC);
  } finally {
    fs.closeSync(fd);
  }
}
