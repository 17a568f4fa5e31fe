import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  sign,
  verify,
  type Hash,
  type KeyObject,
} from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { z } from 'zod';
import { PackageError } from './errors';
import { keyId, privateKeyObject, publicKeyObject, rawPublicKey, receivingPublicKeyOf, RAW_KEY_BYTES } from './keys';

import { assertCryptoSelfTest } from './selfTest';

export { PackageError, PACKAGE_ERROR_CODES, isPackageError, type PackageErrorCode } from './errors';

/*
 * One self-describing file, no archive inside (see ARCHITECTURE.md, "Data packages"):
 *
 *   offset      size   field
 *   0           6      magic "DDPKG\0"
 *   6           2      format version, u16 big-endian (1)
 *   8           4      header length H, u32 big-endian, 1..65536
 *   12          H      header: canonical JSON (keys sorted, no spaces, UTF-8)
 *   12+H        2      signature length, u16 big-endian (must be 64)
 *   14+H        64     Ed25519 signature over bytes [0, 12+H)
 *   78+H        ...    body: chunkCount chunks; chunk i = its plaintext length in bytes, followed by a
 *                      16-byte AES-GCM tag when the package is encrypted
 *
 * Every chunk length follows from payloadLength and chunkSize, so the body has no length fields of
 * its own and the exact file length is known from the signed header alone.
 */

export const MAGIC = Buffer.from('DDPKG\0', 'latin1');
export const FORMAT_VERSION = 1;
export const MAX_HEADER_BYTES = 64 * 1024;
export const SIGNATURE_BYTES = 64;
export const TAG_BYTES = 16;
export const DEFAULT_CHUNK_SIZE = 64 * 1024;
export const MIN_CHUNK_SIZE = 64;
export const MAX_CHUNK_SIZE = 1024 * 1024;
/** Hard ceiling whatever the caller's cap: the payload is held in memory when opened. */
export const MAX_PAYLOAD_BYTES = 1024 * 1024 * 1024;
/** Default size cap for opening and verifying; callers pass their own where they know better. */
export const DEFAULT_MAX_PACKAGE_BYTES = 256 * 1024 * 1024;

const PREFIX_BYTES = MAGIC.length + 2 + 4;
const SIGNATURE_FIELD_BYTES = 2 + SIGNATURE_BYTES;
const SALT_BYTES = 32;
const NONCE_PREFIX_BYTES = 4;

export const PACKAGE_KINDS = ['office-delta', 'office-snapshot', 'province-config', 'receipt'] as const;
export type PackageKind = (typeof PACKAGE_KINDS)[number];

/**
 * Office records carry personal data and are always encrypted to the province's receiving key.
 * Configuration and receipts go to offices, which have no receiving key, and hold nothing secret
 * (unit lists, templates, plans, package hashes): they are signed only.
 */
export const ENCRYPTED_KINDS: ReadonlySet<PackageKind> = new Set<PackageKind>(['office-delta', 'office-snapshot']);

// ---------------------------------------------------------------------------------------------
// Header

export const uuidSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));
/** Codes only (`20`, `VN-2025`): the restricted alphabet keeps names out of the cleartext header. */
const code = z.string().regex(/^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$/);
export const isoInstantSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
  .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString() === s, 'not a real instant');
/** Canonical base64 of exactly `bytes` bytes, so one value has one spelling. */
const base64Of = (bytes: number) =>
  z.string().refine((s) => {
    const decoded = Buffer.from(s, 'base64');
    return decoded.length === bytes && decoded.toString('base64') === s;
  }, `not ${bytes} bytes of base64`);
const count = (min: number, max: number) => z.number().int().min(min).max(max);

export function expectedChunkCount(payloadLength: number, chunkSize: number): number {
  return Math.max(1, Math.ceil(payloadLength / chunkSize));
}

const headerSchema = z
  .strictObject({
    formatVersion: z.literal(FORMAT_VERSION),
    packageId: uuidSchema,
    kind: z.enum(PACKAGE_KINDS),
    senderInstallationId: uuidSchema,
    senderUnitCode: code,
    senderUnitListVersion: code,
    recipientKeyId: hex(16).nullable(),
    sequence: count(0, Number.MAX_SAFE_INTEGER),
    previousPackageHash: hex(32).nullable(),
    createdAt: isoInstantSchema,
    payloadLength: count(0, MAX_PAYLOAD_BYTES),
    payloadSha256: hex(32),
    chunkSize: count(MIN_CHUNK_SIZE, MAX_CHUNK_SIZE),
    chunkCount: count(1, Number.MAX_SAFE_INTEGER),
    ephemeralPublicKey: base64Of(RAW_KEY_BYTES).nullable(),
    salt: base64Of(SALT_BYTES).nullable(),
  })
  .superRefine((h, ctx) => {
    const fields = [h.recipientKeyId, h.ephemeralPublicKey, h.salt];
    const encrypted = ENCRYPTED_KINDS.has(h.kind);
    if (!fields.every((f) => (f === null) !== encrypted)) {
      ctx.addIssue({ code: 'custom', message: `${h.kind} must ${encrypted ? '' : 'not '}be encrypted` });
    }
    if (h.chunkCount !== expectedChunkCount(h.payloadLength, h.chunkSize)) {
      ctx.addIssue({ code: 'custom', message: 'chunkCount does not match payloadLength and chunkSize' });
    }
  });

export type PackageHeader = z.infer<typeof headerSchema>;

/** Keys sorted; values are only strings, safe integers and null, so JSON.stringify is canonical. */
function canonicalJson(header: PackageHeader): Buffer {
  const sorted = Object.fromEntries(Object.entries(header).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return Buffer.from(JSON.stringify(sorted), 'utf8');
}

function parseHeaderJson(headerBytes: Buffer): PackageHeader {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(headerBytes));
  } catch {
    throw new PackageError('INVALID_CONTENT', 'header is not UTF-8 JSON');
  }
  const parsed = headerSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new PackageError('INVALID_CONTENT', `header: ${first ? `${first.path.join('.')} ${first.message}` : 'invalid'}`);
  }
  // One header has one byte form, so the signed bytes and the parsed object cannot disagree.
  if (!canonicalJson(parsed.data).equals(headerBytes)) throw new PackageError('INVALID_CONTENT', 'header is not canonical');
  return parsed.data;
}

// ---------------------------------------------------------------------------------------------
// Structure

export interface PackageHeaderInfo {
  header: PackageHeader;
  /** The header JSON exactly as stored. */
  headerBytes: Uint8Array;
  /** Bytes [0, 12+H): what the signature covers. */
  signedBytes: Uint8Array;
  signature: Uint8Array;
  /** Where the first chunk starts. */
  bodyOffset: number;
  /** The file length the header implies; anything else is truncated or has extra bytes. */
  fileLength: number;
}

function view(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function isEncrypted(header: PackageHeader): boolean {
  return header.recipientKeyId !== null;
}

function chunkPlainLength(header: PackageHeader, index: number): number {
  return index < header.chunkCount - 1 ? header.chunkSize : header.payloadLength - (header.chunkCount - 1) * header.chunkSize;
}

function bodyLength(header: PackageHeader): number {
  return header.payloadLength + (isEncrypted(header) ? header.chunkCount * TAG_BYTES : 0);
}

/**
 * Parses magic, version, header and signature from the start of a package; the body is not looked
 * at, and the byte fields of the result are views into `bytes`. Every length is checked against
 * its bound and against the bytes present before anything is sliced or allocated. Does NOT verify
 * the signature: use it to learn who claims to have sent the file, then `verifyPackage` or
 * `openPackage` with that sender's registered key.
 */
export function readPackageHeader(bytes: Uint8Array): PackageHeaderInfo {
  const b = view(bytes);
  if (b.length < MAGIC.length) {
    // A few bytes that start like a package are a cut copy; anything else is some other file.
    const startsLikeUs = b.length > 0 && b.equals(MAGIC.subarray(0, b.length));
    throw new PackageError(startsLikeUs ? 'TRUNCATED' : 'NOT_A_PACKAGE');
  }
  if (!b.subarray(0, MAGIC.length).equals(MAGIC)) throw new PackageError('NOT_A_PACKAGE');
  if (b.length < MAGIC.length + 2) throw new PackageError('TRUNCATED', 'no version');
  const version = b.readUInt16BE(MAGIC.length);
  if (version !== FORMAT_VERSION) throw new PackageError('UNSUPPORTED_VERSION', `format version ${version}`);
  if (b.length < PREFIX_BYTES) throw new PackageError('TRUNCATED', 'no header length');
  const headerLength = b.readUInt32BE(MAGIC.length + 2);
  if (headerLength === 0 || headerLength > MAX_HEADER_BYTES) throw new PackageError('INVALID_CONTENT', `header length ${headerLength}`);
  if (b.length < PREFIX_BYTES + headerLength) throw new PackageError('TRUNCATED', 'header cut short');
  const headerBytes = b.subarray(PREFIX_BYTES, PREFIX_BYTES + headerLength);
  const header = parseHeaderJson(headerBytes);
  const signatureAt = PREFIX_BYTES + headerLength;
  if (b.length < signatureAt + 2) throw new PackageError('TRUNCATED', 'no signature length');
  const signatureLength = b.readUInt16BE(signatureAt);
  if (signatureLength !== SIGNATURE_BYTES) throw new PackageError('BAD_SIGNATURE', `signature length ${signatureLength}`);
  const bodyOffset = signatureAt + SIGNATURE_FIELD_BYTES;
  if (b.length < bodyOffset) throw new PackageError('TRUNCATED', 'signature cut short');
  return {
    header,
    headerBytes,
    signedBytes: b.subarray(0, signatureAt),
    signature: b.subarray(signatureAt + 2, bodyOffset),
    bodyOffset,
    fileLength: bodyOffset + bodyLength(header),
  };
}

function checkSignature(info: PackageHeaderInfo, senderPublicKey: Uint8Array): void {
  let ok: boolean;
  try {
    ok = verify(null, info.signedBytes, publicKeyObject('ed25519', senderPublicKey), info.signature);
  } catch {
    ok = false;
  }
  if (!ok) throw new PackageError('BAD_SIGNATURE');
}

function checkLength(info: PackageHeaderInfo, actual: number): void {
  if (actual < info.fileLength) throw new PackageError('TRUNCATED', `${actual} of ${info.fileLength} bytes`);
  if (actual > info.fileLength) throw new PackageError('TAMPERED', `${actual - info.fileLength} bytes after the last chunk`);
}

function checkSizeCap(size: number, maxBytes: number): void {
  if (size > maxBytes) throw new PackageError('TOO_LARGE', `${size} bytes`);
}

// ---------------------------------------------------------------------------------------------
// Payload encryption

interface PayloadKey {
  key: Buffer;
  noncePrefix: Buffer;
}

/**
 * HKDF binds the key to this package and this recipient. The nonce prefix is derived too, not
 * stored: the key is fresh for every package (ephemeral key and random salt), so the chunk index
 * alone already makes nonces unique, and a derived prefix cannot be chosen badly.
 */
function derivePayloadKey(shared: Buffer, header: PackageHeader, ephemeralPublic: Uint8Array, recipientPublic: Uint8Array): PayloadKey {
  if (header.salt === null || header.recipientKeyId === null) throw new Error('derivePayloadKey on a signed-only package');
  const info = Buffer.concat([
    Buffer.from(`DDPKG v${FORMAT_VERSION} payload\0${header.packageId}\0${header.recipientKeyId}\0`, 'latin1'),
    ephemeralPublic,
    recipientPublic,
  ]);
  const okm = Buffer.from(hkdfSync('sha256', shared, Buffer.from(header.salt, 'base64'), info, 32 + NONCE_PREFIX_BYTES));
  return { key: okm.subarray(0, 32), noncePrefix: okm.subarray(32) };
}

function chunkNonce(k: PayloadKey, index: number): Buffer {
  const nonce = Buffer.alloc(NONCE_PREFIX_BYTES + 8);
  k.noncePrefix.copy(nonce, 0);
  nonce.writeBigUInt64BE(BigInt(index), NONCE_PREFIX_BYTES);
  return nonce;
}

/**
 * SHA-256 of the signed bytes binds the ciphertext to this exact header; the final flag makes a
 * package cut at a chunk boundary fail even if its lengths were somehow made to agree.
 */
function chunkAad(headerDigest: Buffer, index: number, final: boolean): Buffer {
  const aad = Buffer.alloc(headerDigest.length + 8 + 1);
  headerDigest.copy(aad, 0);
  aad.writeBigUInt64BE(BigInt(index), headerDigest.length);
  aad.writeUInt8(final ? 1 : 0, headerDigest.length + 8);
  return aad;
}

const sha256 = (data: Uint8Array): Buffer => createHash('sha256').update(data).digest();

/** Our receiving key pair, the public half derived once (it costs a scalar multiplication). */
interface Recipient {
  privateKey: Uint8Array;
  publicKey: Uint8Array;
}

/** Authenticates and decrypts (or, signed-only, just hashes) one chunk after another. */
class BodyReader {
  private readonly key: PayloadKey | null;
  private readonly headerDigest: Buffer;
  private readonly hash: Hash = createHash('sha256');
  private next = 0;
  private plainBytes = 0;

  constructor(
    private readonly info: PackageHeaderInfo,
    recipient: Recipient | null,
  ) {
    this.headerDigest = sha256(info.signedBytes);
    this.key = isEncrypted(info.header) && recipient ? this.agree(recipient) : null;
  }

  private agree(recipient: Recipient): PayloadKey {
    const { header } = this.info;
    if (header.ephemeralPublicKey === null) throw new PackageError('TAMPERED', 'no ephemeral key');
    const ephemeralPublic = Buffer.from(header.ephemeralPublicKey, 'base64');
    let shared: Buffer;
    try {
      shared = diffieHellman({ privateKey: privateKeyObject('x25519', recipient.privateKey), publicKey: publicKeyObject('x25519', ephemeralPublic) });
    } catch {
      // OpenSSL refuses an all-zero shared secret (a low-order ephemeral key): never a real sender.
      throw new PackageError('TAMPERED', 'key agreement failed');
    }
    return derivePayloadKey(shared, header, ephemeralPublic, recipient.publicKey);
  }

  /** How many bytes the next chunk occupies in the file, or null when all were read. */
  nextChunkLength(): number | null {
    const { header } = this.info;
    if (this.next >= header.chunkCount) return null;
    return chunkPlainLength(header, this.next) + (isEncrypted(header) ? TAG_BYTES : 0);
  }

  /** Returns the chunk's plaintext; for an encrypted package read without a key, nothing. */
  chunk(stored: Buffer): Buffer | null {
    const { header } = this.info;
    const index = this.next++;
    if (!isEncrypted(header)) {
      this.account(stored);
      return stored;
    }
    if (!this.key) return null;
    const final = index === header.chunkCount - 1;
    const decipher = createDecipheriv('aes-256-gcm', this.key.key, chunkNonce(this.key, index), { authTagLength: TAG_BYTES });
    decipher.setAAD(chunkAad(this.headerDigest, index, final));
    decipher.setAuthTag(stored.subarray(stored.length - TAG_BYTES));
    const plain = decipher.update(stored.subarray(0, stored.length - TAG_BYTES));
    try {
      decipher.final();
    } catch {
      plain.fill(0);
      throw new PackageError('TAMPERED', `chunk ${index} failed authentication`);
    }
    this.account(plain);
    return plain;
  }

  private account(plain: Buffer): void {
    this.hash.update(plain);
    this.plainBytes += plain.length;
  }

  /** After the last chunk: the plaintext must be exactly what the signed header promised. */
  finish(): void {
    const { header } = this.info;
    if (this.next !== header.chunkCount) throw new Error('BodyReader.finish before the last chunk');
    if (isEncrypted(header) && !this.key) return;
    if (this.plainBytes !== header.payloadLength || this.hash.digest('hex') !== header.payloadSha256) {
      throw new PackageError('TAMPERED', 'payload hash differs from the signed header');
    }
  }
}

/** Returns our key pair for decrypting, or null for a signed-only package. */
function checkRecipient(header: PackageHeader, recipientPrivateKey: Uint8Array | null, expectedRecipientKeyId: string | undefined): Recipient | null {
  if (!isEncrypted(header)) return null;
  if (!recipientPrivateKey) throw new PackageError('WRONG_RECIPIENT', 'encrypted package and no receiving key');
  const recipient = { privateKey: recipientPrivateKey, publicKey: receivingPublicKeyOf(recipientPrivateKey) };
  if (header.recipientKeyId !== keyId(recipient.publicKey) || (expectedRecipientKeyId !== undefined && header.recipientKeyId !== expectedRecipientKeyId)) {
    throw new PackageError('WRONG_RECIPIENT', `for key ${header.recipientKeyId}`);
  }
  return recipient;
}

function checkKind(header: PackageHeader, kinds: readonly PackageKind[] | undefined): void {
  if (kinds && !kinds.includes(header.kind)) throw new PackageError('INVALID_CONTENT', `unexpected kind ${header.kind}`);
}

// ---------------------------------------------------------------------------------------------
// Sealing

export interface SealInput {
  kind: PackageKind;
  packageId: string;
  senderInstallationId: string;
  senderUnitCode: string;
  senderUnitListVersion: string;
  sequence: number;
  previousPackageHash: string | null;
  /** ISO instant as from `Date.toISOString()`. */
  createdAt: string;
  payload: Uint8Array;
  /** Raw Ed25519 private key (32-byte seed). */
  senderSigningPrivateKey: Uint8Array;
  /** Raw X25519 public key of the province; null for signed-only kinds (config, receipt). */
  recipientPublicKey: Uint8Array | null;
  chunkSize?: number;
  /**
   * For tests only, to show sealing is deterministic. Real callers leave these out: reusing an
   * ephemeral key or salt with another payload would reuse AES-GCM nonces. A re-send re-uses the
   * stored sealed file instead of sealing again, which is what makes it byte-identical.
   */
  ephemeralPrivateKey?: Uint8Array;
  salt?: Uint8Array;
}

export function sealPackage(input: SealInput): Uint8Array {
  assertCryptoSelfTest();
  const chunkSize = input.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const payload = view(input.payload);
  if (payload.length > MAX_PAYLOAD_BYTES) throw new PackageError('TOO_LARGE', `payload of ${payload.length} bytes`);
  const recipient = input.recipientPublicKey;
  let ephemeral: { privateKey: KeyObject; publicKey: Uint8Array } | null = null;
  let salt: Buffer | null = null;
  if (recipient) {
    const privateKey = input.ephemeralPrivateKey
      ? privateKeyObject('x25519', input.ephemeralPrivateKey)
      : generateKeyPairSync('x25519').privateKey;
    ephemeral = { privateKey, publicKey: rawPublicKey('x25519', createPublicKey(privateKey)) };
    salt = input.salt ? Buffer.from(input.salt) : randomBytes(SALT_BYTES);
  }

  const candidate: PackageHeader = {
    formatVersion: FORMAT_VERSION,
    packageId: input.packageId,
    kind: input.kind,
    senderInstallationId: input.senderInstallationId,
    senderUnitCode: input.senderUnitCode,
    senderUnitListVersion: input.senderUnitListVersion,
    recipientKeyId: recipient ? keyId(recipient) : null,
    sequence: input.sequence,
    previousPackageHash: input.previousPackageHash,
    createdAt: input.createdAt,
    payloadLength: payload.length,
    payloadSha256: sha256(payload).toString('hex'),
    chunkSize,
    chunkCount: expectedChunkCount(payload.length, chunkSize),
    ephemeralPublicKey: ephemeral ? Buffer.from(ephemeral.publicKey).toString('base64') : null,
    salt: salt ? salt.toString('base64') : null,
  };
  // The writer checks with the reader's schema, so we never produce a file we would refuse.
  const parsed = headerSchema.safeParse(candidate);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new PackageError('INVALID_CONTENT', `cannot seal: ${first ? `${first.path.join('.')} ${first.message}` : 'invalid header'}`);
  }
  const header = parsed.data;
  const headerBytes = canonicalJson(header);
  if (headerBytes.length > MAX_HEADER_BYTES) throw new PackageError('INVALID_CONTENT', 'header too long');

  const prefix = Buffer.alloc(PREFIX_BYTES);
  MAGIC.copy(prefix, 0);
  prefix.writeUInt16BE(FORMAT_VERSION, MAGIC.length);
  prefix.writeUInt32BE(headerBytes.length, MAGIC.length + 2);
  const signedBytes = Buffer.concat([prefix, headerBytes]);
  const signature = sign(null, signedBytes, privateKeyObject('ed25519', input.senderSigningPrivateKey));

  const bodyOffset = signedBytes.length + SIGNATURE_FIELD_BYTES;
  const out = Buffer.alloc(bodyOffset + bodyLength(header));
  signedBytes.copy(out, 0);
  out.writeUInt16BE(signature.length, signedBytes.length);
  signature.copy(out, signedBytes.length + 2);

  let at = bodyOffset;
  if (!recipient || !ephemeral) {
    payload.copy(out, at);
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  }
  let shared: Buffer;
  try {
    shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: publicKeyObject('x25519', recipient) });
  } catch {
    throw new PackageError('INVALID_CONTENT', 'cannot seal: the recipient key is not a usable X25519 key');
  }
  const key = derivePayloadKey(shared, header, ephemeral.publicKey, recipient);
  const headerDigest = sha256(signedBytes);
  for (let index = 0; index < header.chunkCount; index++) {
    const start = index * chunkSize;
    const plain = payload.subarray(start, start + chunkPlainLength(header, index));
    const cipher = createCipheriv('aes-256-gcm', key.key, chunkNonce(key, index), { authTagLength: TAG_BYTES });
    cipher.setAAD(chunkAad(headerDigest, index, index === header.chunkCount - 1));
    at += cipher.update(plain).copy(out, at);
    at += cipher.final().copy(out, at);
    at += cipher.getAuthTag().copy(out, at);
  }
  if (at !== out.length) throw new Error('sealPackage wrote an unexpected length');
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

// ---------------------------------------------------------------------------------------------
// Verifying and opening in memory

export interface VerifyOptions {
  maxBytes?: number;
}

/**
 * Signature and structure only: magic, version, bounded header, signature by `senderPublicKey`,
 * and a file length exactly as the header implies. A signed-only package's payload is also
 * checked against its signed hash. An encrypted body can only be authenticated with the
 * recipient's key (`openPackage`, or `verifyPackageFile` with `recipientPrivateKey`).
 */
export function verifyPackage(bytes: Uint8Array, senderPublicKey: Uint8Array, options: VerifyOptions = {}): PackageHeaderInfo {
  assertCryptoSelfTest();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_PACKAGE_BYTES;
  checkSizeCap(bytes.length, maxBytes);
  const info = readPackageHeader(bytes);
  checkSignature(info, senderPublicKey);
  checkLength(info, bytes.length);
  if (!isEncrypted(info.header)) readBody(view(bytes), info, null);
  return info;
}

export interface OpenOptions {
  /** The registered Ed25519 key of the sender named in the header. */
  senderPublicKey: Uint8Array;
  /** Our X25519 receiving key; null when only signed-only kinds are expected. */
  recipientPrivateKey: Uint8Array | null;
  /** When given, the header's recipient must be this key id too (it always must be ours). */
  expectedRecipientKeyId?: string;
  /** When given, any other kind is refused (INVALID_CONTENT). */
  kinds?: readonly PackageKind[];
  maxBytes?: number;
  /** The fraction of the body read and authenticated so far, after each chunk. */
  onProgress?: (fraction: number) => void;
}

export interface OpenedPackage {
  header: PackageHeader;
  payload: Uint8Array;
}

function readBody(b: Buffer, info: PackageHeaderInfo, recipient: Recipient | null, onProgress?: (fraction: number) => void): Buffer {
  const reader = new BodyReader(info, recipient);
  const payload = Buffer.alloc(info.header.payloadLength);
  const total = Math.max(1, bodyLength(info.header));
  let at = info.bodyOffset;
  let written = 0;
  try {
    for (let length = reader.nextChunkLength(); length !== null; length = reader.nextChunkLength()) {
      const plain = reader.chunk(b.subarray(at, at + length));
      at += length;
      if (plain) written += plain.copy(payload, written);
      onProgress?.((at - info.bodyOffset) / total);
    }
    reader.finish();
  } catch (error) {
    payload.fill(0);
    throw error;
  }
  return payload;
}

/**
 * Everything, in the order of ARCHITECTURE.md: size cap, bounded header, signature, exact length,
 * recipient, then every chunk authenticated and the plaintext checked against the signed length
 * and hash. Throws a PackageError on the first failure; returns nothing partial.
 */
export function openPackage(bytes: Uint8Array, options: OpenOptions): OpenedPackage {
  assertCryptoSelfTest();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_PACKAGE_BYTES;
  checkSizeCap(bytes.length, maxBytes);
  const info = readPackageHeader(bytes);
  checkSignature(info, options.senderPublicKey);
  checkLength(info, bytes.length);
  checkKind(info.header, options.kinds);
  const recipient = checkRecipient(info.header, options.recipientPrivateKey, options.expectedRecipientKeyId);
  const payload = readBody(view(bytes), info, recipient, options.onProgress);
  return { header: info.header, payload: new Uint8Array(payload.buffer, payload.byteOffset, payload.length) };
}

/** SHA-256 of the whole file, lower-case hex: what `previousPackageHash` and receipts refer to. */
export function packageHash(bytes: Uint8Array): string {
  return sha256(bytes).toString('hex');
}

// ---------------------------------------------------------------------------------------------
// Files, read in bounded pieces

const READ_BLOCK = 1024 * 1024;

/** Reads exactly `length` bytes at `position`; a file that ends early is a truncated package. */
async function readExactly(handle: FileHandle, buffer: Buffer, length: number, position: number): Promise<Buffer> {
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(buffer, done, length - done, position + done);
    if (bytesRead === 0) throw new PackageError('TRUNCATED', 'file ended early');
    done += bytesRead;
  }
  return buffer.subarray(0, length);
}

async function withFile<T>(path: string, maxBytes: number, work: (handle: FileHandle, size: number) => Promise<T>): Promise<T> {
  const handle = await open(path, 'r');
  try {
    // The size of the open file, not of the path, so a swapped file cannot slip past the cap.
    const { size } = await handle.stat();
    checkSizeCap(size, maxBytes);
    return await work(handle, size);
  } finally {
    await handle.close();
  }
}

async function readHeaderFromHandle(handle: FileHandle, size: number): Promise<PackageHeaderInfo> {
  // The header region is bounded (< 64 KiB + 78), so reading it whole is cheap and lets the
  // in-memory parser apply the same checks in the same order.
  const length = Math.min(size, PREFIX_BYTES + MAX_HEADER_BYTES + SIGNATURE_FIELD_BYTES);
  const head = await readExactly(handle, Buffer.alloc(length), length, 0);
  const info = readPackageHeader(head);
  // Detach from the read buffer so the caller may keep the info.
  return { ...info, signedBytes: Buffer.from(info.signedBytes), signature: Buffer.from(info.signature), headerBytes: Buffer.from(info.headerBytes) };
}

export async function readPackageHeaderFile(path: string, options: VerifyOptions = {}): Promise<PackageHeaderInfo> {
  return withFile(path, options.maxBytes ?? DEFAULT_MAX_PACKAGE_BYTES, readHeaderFromHandle);
}

export interface VerifyFileOptions {
  maxBytes: number;
  /** With the receiving key every chunk is authenticated too (without keeping the plaintext). */
  recipientPrivateKey?: Uint8Array;
  expectedRecipientKeyId?: string;
  /** The fraction of the body read and authenticated so far, after each chunk. */
  onProgress?: (fraction: number) => void;
}

/**
 * `verifyPackage` for a file on disk, holding at most one chunk (<= 1 MiB) of it at a time, so
 * memory does not grow with the file. A file over `maxBytes` is refused from its size alone.
 */
export async function verifyPackageFile(path: string, senderPublicKey: Uint8Array, options: VerifyFileOptions): Promise<PackageHeaderInfo> {
  assertCryptoSelfTest();
  return withFile(path, options.maxBytes, async (handle, size) => {
    const info = await readHeaderFromHandle(handle, size);
    checkSignature(info, senderPublicKey);
    checkLength(info, size);
    const key = options.recipientPrivateKey;
    const recipient = key ? checkRecipient(info.header, key, options.expectedRecipientKeyId) : null;
    if (isEncrypted(info.header) && !recipient) return info;
    const reader = new BodyReader(info, recipient);
    const buffer = Buffer.alloc(Math.min(info.header.chunkSize + TAG_BYTES, Math.max(1, bodyLength(info.header))));
    const total = Math.max(1, bodyLength(info.header));
    let at = info.bodyOffset;
    for (let length = reader.nextChunkLength(); length !== null; length = reader.nextChunkLength()) {
      reader.chunk(await readExactly(handle, buffer, length, at));
      at += length;
      options.onProgress?.((at - info.bodyOffset) / total);
    }
    reader.finish();
    return info;
  });
}

/** SHA-256 of a file in bounded pieces: the read-back check after writing to a USB stick. */
export async function hashPackageFile(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const hash = createHash('sha256');
    const buffer = Buffer.alloc(READ_BLOCK);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
    return hash.digest('hex');
  } finally {
    await handle.close();
  }
}
