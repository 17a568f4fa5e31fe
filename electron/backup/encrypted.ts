import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, randomUUID, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { Db } from '../../db/open';
import { writeBackupCheck } from './checksum';
import { asBackupError, BackupError, throwIfCancelled } from './errors';
import { fsyncDirSync, removeQuietly, removeWithSidecars, utcStamp } from './files';
import { backupDatabase, type BackupInfo, type BackupOptions, type ProgressOptions } from './snapshot';

export { BackupError, type BackupErrorCode } from './errors';

/*
 * Encrypted backup file (all integers big-endian):
 *
 *   0   6  magic "DDBAK\0"
 *   6   1  format version (1)
 *   7   1  cipher (1 = AES-256-GCM)
 *   8   1  KDF (1 = scrypt)
 *   9   1  scrypt log2(N) (17; 15 in older backups)
 *  10   1  scrypt r (8)
 *  11   1  scrypt p (1)
 *  12  16  salt
 *  28   4  nonce prefix (random)
 *  32   4  plaintext bytes per chunk (1 MiB)
 *  36   8  plaintext (SQLite snapshot) length
 *  44  32  passphrase verifier
 *  76   4  length n of the JSON header
 *  80   n  JSON header (UTF-8): app, date, schema version; the office's identity only sealed (`sealed`)
 *  80+n 32 SHA-256 of bytes [0, 80+n)  = the header hash
 *  then ceil(length / chunk) chunks (at least one): ciphertext || 16-byte GCM tag
 *
 * Chunk i: nonce = prefix || u64(i); AAD = header hash || u64(i) || u8(final ? 1 : 0). The header
 * is thereby authenticated by every chunk, and a dropped, reordered or cut-off chunk fails.
 */

const MAGIC = Buffer.from('DDBAK\0', 'latin1');
export const ENCRYPTED_FORMAT_VERSION = 1;
export const ENCRYPTED_EXTENSION = '.ddbak';
const CIPHER_AES_256_GCM = 1;
const KDF_SCRYPT = 1;
const SCRYPT = { log2N: 17, r: 8, p: 1 } as const;
const FIXED_BYTES = 80;
const HASH_BYTES = 32;
const TAG_BYTES = 16;
const SALT_BYTES = 16;
const NONCE_PREFIX_BYTES = 4;
export const DEFAULT_CHUNK_SIZE = 1024 * 1024;
// Bounds checked before any length from the file is trusted.
const MIN_CHUNK_SIZE = 4096;
const MAX_CHUNK_SIZE = 16 * 1024 * 1024;
const MAX_JSON_BYTES = 64 * 1024;
const MAX_PLAINTEXT_BYTES = 2 ** 46;

/** What the header tells without the passphrase (for the restore preview). */
const HeaderJson = z.object({
  app: z.literal('district-desk'),
  createdAt: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  installationId: z.string().nullable(),
  officeName: z.string().nullable(),
  unitCode: z.string().nullable(),
  rowCounts: z.record(z.string(), z.number().int().nonnegative()),
  /**
   * What identifies the office (installation, office name, unit, row counts), AES-256-GCM under a key
   * derived from the passphrase's: base64 of nonce(12) || ciphertext || tag(16). The plain fields above
   * are then null/empty, so a found stick's header names nobody. Older backups have no `sealed`.
   */
  sealed: z.string().max(MAX_JSON_BYTES).optional(),
});
type HeaderJson = z.infer<typeof HeaderJson>;

/** The identifying part of the header, readable only with the passphrase. */
const SealedJson = HeaderJson.pick({ installationId: true, officeName: true, unitCode: true, rowCounts: true });
type SealedJson = z.infer<typeof SealedJson>;

function sealKey(key: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'district-desk backup header', 32));
}

function sealIdentity(key: Buffer, identity: SealedJson): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(key), iv);
  const sealed = Buffer.concat([cipher.update(JSON.stringify(identity), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64');
}

/** The header with its sealed identity opened (the whole header is authenticated by the first chunk). */
function openIdentity(key: Buffer, header: EncryptedBackupHeader, sealed: string | undefined): EncryptedBackupHeader {
  if (sealed === undefined) return header;
  const bytes = Buffer.from(sealed, 'base64');
  if (bytes.length < 12 + TAG_BYTES) throw new BackupError('TAMPERED', 'sealed header');
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealKey(key), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    const plain = Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - TAG_BYTES)), decipher.final()]);
    return { ...header, ...SealedJson.parse(JSON.parse(plain.toString('utf8'))) };
  } catch {
    throw new BackupError('TAMPERED', 'sealed header');
  }
}

export interface EncryptedBackupHeader extends Omit<HeaderJson, 'app'> {
  formatVersion: number;
  /** Size of the encrypted file. */
  fileBytes: number;
  /** Size of the SQLite snapshot inside. */
  plaintextBytes: number;
  chunkSize: number;
}

interface ParsedHeader {
  header: EncryptedBackupHeader;
  /** The identity sealed under the key (newer backups), opened by `unlock`. */
  sealed: string | undefined;
  scrypt: { log2N: number; r: number; p: number };
  salt: Buffer;
  noncePrefix: Buffer;
  verifier: Buffer;
  /** SHA-256 of the header bytes: part of every chunk's AAD. */
  hash: Buffer;
  /** Where the first chunk starts. */
  length: number;
  chunkCount: number;
}

function chunkCount(plaintextBytes: number, chunkSize: number): number {
  return Math.max(1, Math.ceil(plaintextBytes / chunkSize));
}

function nonce(prefix: Buffer, index: number): Buffer {
  const n = Buffer.alloc(12);
  prefix.copy(n, 0);
  n.writeBigUInt64BE(BigInt(index), 4);
  return n;
}

function aad(headerHash: Buffer, index: number, final: boolean): Buffer {
  const tail = Buffer.alloc(9);
  tail.writeBigUInt64BE(BigInt(index), 0);
  tail.writeUInt8(final ? 1 : 0, 8);
  return Buffer.concat([headerHash, tail]);
}

function scryptAsync(passphrase: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(passphrase, salt, 64, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/**
 * scrypt -> 64 bytes: the first half is the AES key, the second (hashed) the verifier, which lets
 * a wrong passphrase be told from a damaged file. It gives a guesser nothing the first chunk's
 * tag does not: each guess still costs one scrypt.
 */
async function deriveKeys(passphrase: string, salt: Buffer, params: ParsedHeader['scrypt']): Promise<{ key: Buffer; verifier: Buffer }> {
  const N = 2 ** params.log2N;
  // NFC: Vietnamese keyboards (Unikey, the OS's IME) may send "ế" composed or decomposed.
  const master = await scryptAsync(passphrase.normalize('NFC'), salt, {
    N,
    r: params.r,
    p: params.p,
    maxmem: 128 * N * params.r * params.p + 1024 * 1024,
  });
  return {
    key: master.subarray(0, 32),
    verifier: createHash('sha256').update('district-desk backup verifier\0').update(master.subarray(32)).digest(),
  };
}

function requirePassphrase(passphrase: string | undefined): string {
  if (passphrase === undefined || passphrase.length === 0) throw new BackupError('PASSPHRASE_REQUIRED');
  return passphrase;
}

function buildHeader(options: {
  salt: Buffer;
  noncePrefix: Buffer;
  chunkSize: number;
  plaintextBytes: number;
  verifier: Buffer;
  json: HeaderJson;
}): { bytes: Buffer; hash: Buffer } {
  const json = Buffer.from(JSON.stringify(options.json), 'utf8');
  if (json.length > MAX_JSON_BYTES) throw new Error('backup header too large');
  const fixed = Buffer.alloc(FIXED_BYTES);
  MAGIC.copy(fixed, 0);
  fixed.writeUInt8(ENCRYPTED_FORMAT_VERSION, 6);
  fixed.writeUInt8(CIPHER_AES_256_GCM, 7);
  fixed.writeUInt8(KDF_SCRYPT, 8);
  fixed.writeUInt8(SCRYPT.log2N, 9);
  fixed.writeUInt8(SCRYPT.r, 10);
  fixed.writeUInt8(SCRYPT.p, 11);
  options.salt.copy(fixed, 12);
  options.noncePrefix.copy(fixed, 28);
  fixed.writeUInt32BE(options.chunkSize, 32);
  fixed.writeBigUInt64BE(BigInt(options.plaintextBytes), 36);
  options.verifier.copy(fixed, 44);
  fixed.writeUInt32BE(json.length, 76);
  const body = Buffer.concat([fixed, json]);
  const hash = createHash('sha256').update(body).digest();
  return { bytes: Buffer.concat([body, hash]), hash };
}

async function readExactly(handle: fs.promises.FileHandle, length: number, position: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled === length ? buffer : buffer.subarray(0, filled);
}

async function writeAll(handle: fs.promises.FileHandle, data: Buffer): Promise<void> {
  let written = 0;
  while (written < data.length) {
    const result = await handle.write(data, written, data.length - written);
    written += result.bytesWritten;
  }
}

/**
 * Parses and checks the header in the order that gives the clearest answer: not ours at all,
 * a version we cannot read, cut short, altered. Every length is bounded before it is used.
 */
async function parseHeader(handle: fs.promises.FileHandle): Promise<ParsedHeader> {
  const fileBytes = (await handle.stat()).size;
  const fixed = await readExactly(handle, FIXED_BYTES, 0);
  if (fixed.length < MAGIC.length) {
    // A prefix of the magic (even nothing) is what an interrupted copy leaves behind.
    if (fixed.equals(MAGIC.subarray(0, fixed.length))) throw new BackupError('TRUNCATED');
    throw new BackupError('NOT_A_BACKUP');
  }
  if (!fixed.subarray(0, MAGIC.length).equals(MAGIC)) throw new BackupError('NOT_A_BACKUP');
  if (fixed.length < FIXED_BYTES) throw new BackupError('TRUNCATED');
  const formatVersion = fixed.readUInt8(6);
  if (formatVersion !== ENCRYPTED_FORMAT_VERSION) {
    throw new BackupError('UNSUPPORTED_VERSION', `format ${formatVersion}`, { version: formatVersion });
  }
  const jsonLength = fixed.readUInt32BE(76);
  if (jsonLength > MAX_JSON_BYTES) throw new BackupError('TAMPERED', 'header length');
  const rest = await readExactly(handle, jsonLength + HASH_BYTES, FIXED_BYTES);
  if (rest.length < jsonLength + HASH_BYTES) throw new BackupError('TRUNCATED');
  const json = rest.subarray(0, jsonLength);
  const hash = createHash('sha256').update(fixed).update(json).digest();
  if (!hash.equals(rest.subarray(jsonLength))) throw new BackupError('TAMPERED', 'header checksum');

  const scryptParams = { log2N: fixed.readUInt8(9), r: fixed.readUInt8(10), p: fixed.readUInt8(11) };
  const chunkSize = fixed.readUInt32BE(32);
  const plaintextBytes = Number(fixed.readBigUInt64BE(36));
  // Our writer never writes these otherwise; bounds also keep a crafted file from asking
  // scrypt for gigabytes of memory.
  const sane =
    fixed.readUInt8(7) === CIPHER_AES_256_GCM &&
    fixed.readUInt8(8) === KDF_SCRYPT &&
    scryptParams.log2N >= 14 &&
    scryptParams.log2N <= 18 &&
    scryptParams.r >= 1 &&
    scryptParams.r <= 16 &&
    scryptParams.p >= 1 &&
    scryptParams.p <= 4 &&
    chunkSize >= MIN_CHUNK_SIZE &&
    chunkSize <= MAX_CHUNK_SIZE &&
    plaintextBytes <= MAX_PLAINTEXT_BYTES;
  if (!sane) throw new BackupError('TAMPERED', 'header parameters');
  let meta: HeaderJson;
  try {
    meta = HeaderJson.parse(JSON.parse(json.toString('utf8')));
  } catch {
    throw new BackupError('TAMPERED', 'header json');
  }
  const length = FIXED_BYTES + jsonLength + HASH_BYTES;
  const chunks = chunkCount(plaintextBytes, chunkSize);
  const expected = length + plaintextBytes + chunks * TAG_BYTES;
  if (fileBytes < expected) throw new BackupError('TRUNCATED', `${fileBytes} of ${expected} bytes`);
  if (fileBytes > expected) throw new BackupError('TAMPERED', 'trailing bytes');
  return {
    header: {
      createdAt: meta.createdAt,
      schemaVersion: meta.schemaVersion,
      installationId: meta.installationId,
      officeName: meta.officeName,
      unitCode: meta.unitCode,
      rowCounts: meta.rowCounts,
      formatVersion,
      fileBytes,
      plaintextBytes,
      chunkSize,
    },
    sealed: meta.sealed,
    scrypt: scryptParams,
    salt: Buffer.from(fixed.subarray(12, 28)),
    noncePrefix: Buffer.from(fixed.subarray(28, 32)),
    verifier: Buffer.from(fixed.subarray(44, 76)),
    hash,
    length,
    chunkCount: chunks,
  };
}

async function openForReading(file: string): Promise<fs.promises.FileHandle> {
  try {
    return await fs.promises.open(file, 'r');
  } catch (error) {
    throw asBackupError(error, 'read');
  }
}

/** True when the file starts like an encrypted backup (the rest may still be damaged). */
export function looksEncrypted(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(MAGIC.length);
    return fs.readSync(fd, head, 0, head.length, 0) === head.length && head.equals(MAGIC);
  } finally {
    fs.closeSync(fd);
  }
}

/** The plaintext header, checked for accidental damage and truncation; needs no passphrase. */
export async function readBackupHeader(file: string): Promise<EncryptedBackupHeader> {
  const handle = await openForReading(file);
  try {
    return (await parseHeader(handle)).header;
  } catch (error) {
    throw asBackupError(error, 'read');
  } finally {
    await handle.close();
  }
}

async function unlock(parsed: ParsedHeader, passphrase: string): Promise<Buffer> {
  const { key, verifier } = await deriveKeys(passphrase, parsed.salt, parsed.scrypt);
  if (!timingSafeEqual(verifier, parsed.verifier)) throw new BackupError('WRONG_PASSPHRASE');
  return key;
}

/**
 * Decrypts and authenticates every chunk in order, handing each plaintext to `sink` only after
 * its tag has been verified. Returns the SHA-256 of the whole plaintext.
 */
async function decryptChunks(
  handle: fs.promises.FileHandle,
  parsed: ParsedHeader,
  key: Buffer,
  sink: (plain: Buffer) => Promise<void> | void,
  progress: ProgressOptions & { from: number; to: number },
  limit = parsed.chunkCount,
): Promise<Buffer> {
  const digest = createHash('sha256');
  const { chunkSize, plaintextBytes } = parsed.header;
  let position = parsed.length;
  for (let index = 0; index < limit; index += 1) {
    throwIfCancelled(progress.signal);
    const final = index === parsed.chunkCount - 1;
    const plainLength = final ? plaintextBytes - index * chunkSize : chunkSize;
    const sealed = await readExactly(handle, plainLength + TAG_BYTES, position);
    if (sealed.length < plainLength + TAG_BYTES) throw new BackupError('TRUNCATED');
    position += sealed.length;
    const decipher = createDecipheriv('aes-256-gcm', key, nonce(parsed.noncePrefix, index));
    decipher.setAAD(aad(parsed.hash, index, final));
    decipher.setAuthTag(sealed.subarray(plainLength));
    let plain: Buffer;
    try {
      plain = Buffer.concat([decipher.update(sealed.subarray(0, plainLength)), decipher.final()]);
    } catch {
      throw new BackupError('TAMPERED', `chunk ${index}`);
    }
    digest.update(plain);
    await sink(plain);
    progress.onProgress?.(progress.from + ((progress.to - progress.from) * (index + 1)) / parsed.chunkCount);
  }
  return digest.digest();
}

/**
 * Checks the passphrase and authenticates the header by decrypting the first chunk (the header
 * hash is in its AAD): enough for a trustworthy preview without decrypting everything.
 */
export async function verifyPassphrase(file: string, passphrase: string): Promise<EncryptedBackupHeader> {
  const handle = await openForReading(file);
  try {
    const parsed = await parseHeader(handle);
    const key = await unlock(parsed, requirePassphrase(passphrase));
    await decryptChunks(handle, parsed, key, () => undefined, { from: 0, to: 0 }, 1);
    return openIdentity(key, parsed.header, parsed.sealed);
  } catch (error) {
    throw asBackupError(error, 'read');
  } finally {
    await handle.close();
  }
}

/**
 * Decrypts a backup into a SQLite file. Nothing is left at `outSqliteFile` unless every chunk
 * authenticated and the length matched; the caller still integrity-checks the result.
 */
export async function decryptBackup(
  file: string,
  passphrase: string,
  outSqliteFile: string,
  options: ProgressOptions = {},
): Promise<EncryptedBackupHeader> {
  const handle = await openForReading(file);
  let out: fs.promises.FileHandle | undefined;
  try {
    const parsed = await parseHeader(handle);
    const key = await unlock(parsed, requirePassphrase(passphrase));
    try {
      out = await fs.promises.open(outSqliteFile, 'w');
    } catch (error) {
      throw asBackupError(error, 'write');
    }
    const target = out;
    await decryptChunks(handle, parsed, key, (plain) => writeAll(target, plain), { ...options, from: 0, to: 1 });
    await out.sync();
    return openIdentity(key, parsed.header, parsed.sealed);
  } catch (error) {
    await out?.close();
    out = undefined;
    removeQuietly(outSqliteFile);
    throw asBackupError(error, 'read');
  } finally {
    await out?.close();
    await handle.close();
  }
}

export interface EncryptedBackupOptions extends Omit<BackupOptions, 'now'> {
  now?: Date;
  /** Plaintext bytes per chunk (tests use small chunks to get many). */
  chunkSize?: number;
  /**
   * Where the plaintext snapshot is staged before encryption: default the database's own folder,
   * so unencrypted personal data never lands on the USB stick or in a shared temp folder.
   */
  tempDir?: string;
}

/** `district-desk-YYYYMMDD-HHMMSS.ddbak`, UTC, for the save dialog's suggestion. */
export function encryptedBackupFileName(date: Date): string {
  return `district-desk-${utcStamp(date)}${ENCRYPTED_EXTENSION}`;
}

// Progress shares: snapshot, encryption, read-back.
const SNAPSHOT_TO = 0.4;
const ENCRYPT_TO = 0.7;

/**
 * On-demand encrypted backup: snapshot -> encrypt to `outFile.partial` -> flush -> read back and
 * decrypt-verify against the snapshot's hash -> rename into place. Only a backup that has been
 * read back and checked ever carries the final name.
 */
export async function writeEncryptedBackup(
  db: Db,
  outFile: string,
  passphrase: string,
  options: EncryptedBackupOptions = {},
): Promise<BackupInfo> {
  const secret = requirePassphrase(passphrase);
  const { onProgress, signal } = options;
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (!Number.isInteger(chunkSize) || chunkSize < MIN_CHUNK_SIZE || chunkSize > MAX_CHUNK_SIZE) {
    throw new RangeError(`chunkSize must be within ${MIN_CHUNK_SIZE}..${MAX_CHUNK_SIZE}`);
  }
  const tempDir = options.tempDir ?? (db.memory ? os.tmpdir() : path.dirname(db.name));
  const snapshotFile = path.join(tempDir, `encrypting-${randomUUID()}.sqlite`);
  const partial = `${outFile}.partial`;
  try {
    const snapshot = await backupDatabase(db, snapshotFile, {
      // The staging snapshot is removed below: only the encrypted file gets a companion.
      check: undefined,
      signal,
      now: options.now,
      nativeBinding: options.nativeBinding,
      key: options.key,
      onProgress: (f) => onProgress?.(f * SNAPSHOT_TO),
    });
    const salt = randomBytes(SALT_BYTES);
    const { key, verifier } = await deriveKeys(secret, salt, SCRYPT);
    const header = buildHeader({
      salt,
      noncePrefix: randomBytes(NONCE_PREFIX_BYTES),
      chunkSize,
      plaintextBytes: snapshot.sizeBytes,
      verifier,
      json: {
        app: 'district-desk',
        createdAt: snapshot.createdAt,
        schemaVersion: snapshot.schemaVersion,
        // Only what decides how to open it stays readable; who it belongs to is sealed.
        installationId: null,
        officeName: null,
        unitCode: null,
        rowCounts: {},
        sealed: sealIdentity(key, {
          installationId: snapshot.installationId,
          officeName: snapshot.officeName,
          unitCode: snapshot.unitCode,
          rowCounts: snapshot.rowCounts,
        }),
      },
    });
    const plainHash = await encryptFile(snapshotFile, partial, header, key, chunkSize, { onProgress, signal });
    await readBack(partial, secret, plainHash, { onProgress, signal });
    throwIfCancelled(signal);
    if (options.check) writeBackupCheck(partial, options.check, outFile);
    await fs.promises.rename(partial, outFile);
    fsyncDirSync(path.dirname(outFile));
    onProgress?.(1);
    return { ...snapshot, file: outFile, sizeBytes: (await fs.promises.stat(outFile)).size };
  } catch (error) {
    removeQuietly(partial);
    throw asBackupError(error, 'write');
  } finally {
    removeWithSidecars(snapshotFile);
  }
}

async function encryptFile(
  source: string,
  destination: string,
  header: { bytes: Buffer; hash: Buffer },
  key: Buffer,
  chunkSize: number,
  progress: ProgressOptions,
): Promise<Buffer> {
  const input = await fs.promises.open(source, 'r');
  let output: fs.promises.FileHandle | undefined;
  try {
    const plaintextBytes = (await input.stat()).size;
    output = await fs.promises.open(destination, 'w');
    await writeAll(output, header.bytes);
    const noncePrefix = header.bytes.subarray(28, 32);
    const count = chunkCount(plaintextBytes, chunkSize);
    const digest = createHash('sha256');
    for (let index = 0; index < count; index += 1) {
      throwIfCancelled(progress.signal);
      const final = index === count - 1;
      const plain = await readExactly(input, final ? plaintextBytes - index * chunkSize : chunkSize, index * chunkSize);
      digest.update(plain);
      const cipher = createCipheriv('aes-256-gcm', key, nonce(noncePrefix, index));
      cipher.setAAD(aad(header.hash, index, final));
      const sealed = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
      await writeAll(output, sealed);
      progress.onProgress?.(SNAPSHOT_TO + ((ENCRYPT_TO - SNAPSHOT_TO) * (index + 1)) / count);
    }
    // Flushed before the read-back, so what we check is what reached the device, not only
    // what sits in the OS's write cache waiting (the stick may be pulled right after).
    await output.sync();
    return digest.digest();
  } finally {
    await output?.close();
    await input.close();
  }
}

/** Reads the written file back as a restore would (passphrase -> key -> every chunk). */
async function readBack(file: string, passphrase: string, expectedHash: Buffer, progress: ProgressOptions): Promise<void> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const parsed = await parseHeader(handle);
    const key = await unlock(parsed, passphrase);
    const hash = await decryptChunks(handle, parsed, key, () => undefined, { ...progress, from: ENCRYPT_TO, to: 0.99 });
    if (!hash.equals(expectedHash)) throw new BackupError('VERIFY_FAILED', 'content differs from the snapshot');
  } catch (error) {
    if (error instanceof BackupError && error.code !== 'CANCELLED' && error.code !== 'VERIFY_FAILED') {
      // Whatever the reader says (truncated, tampered...), for the writer it means the device
      // did not keep what was written.
      throw new BackupError('VERIFY_FAILED', error.message);
    }
    throw error;
  } finally {
    await handle.close();
  }
}
