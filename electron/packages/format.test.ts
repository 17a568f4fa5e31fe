import { randomBytes } from 'node:crypto';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hashPackageFile,
  openPackage,
  packageHash,
  readPackageHeader,
  readPackageHeaderFile,
  sealPackage,
  verifyPackage,
  verifyPackageFile,
  type OpenOptions,
} from './format';
import { PackageError, PACKAGE_ERROR_CODES } from './errors';
import { keyId, receivingPublicKeyOf } from './keys';
import { asyncCodeOf, codeOf, makeParties, reheader, samplePayload, seal, sealInput, sha256Hex } from './testing';

const parties = makeParties();
const asProvince: OpenOptions = { senderPublicKey: parties.office.publicKey, recipientPrivateKey: parties.province.privateKey };
const open_ = (bytes: Uint8Array, options: Partial<OpenOptions> = {}) => openPackage(bytes, { ...asProvince, ...options });

/** Small but with several chunks, so every region of the layout is covered by byte-level tests. */
const small = seal(parties, { chunkSize: 256, payload: samplePayload(1500) });

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ddpkg-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('sealing and opening', () => {
  it('round-trips payloads of any length across chunk boundaries', () => {
    for (const length of [0, 1, 255, 256, 257, 1500, 4096]) {
      const payload = samplePayload(length);
      const bytes = seal(parties, { chunkSize: 256, payload });
      const opened = open_(bytes);
      expect(Buffer.from(opened.payload).equals(Buffer.from(payload))).toBe(true);
      expect(opened.header).toMatchObject({ payloadLength: length, chunkCount: Math.max(1, Math.ceil(length / 256)) });
    }
  });

  it('keeps personal data out of the file and names out of the header', () => {
    const bytes = Buffer.from(small);
    expect(bytes.includes(Buffer.from('Nguyễn', 'utf8'))).toBe(false);
    const { header, headerBytes } = readPackageHeader(bytes);
    expect(Object.keys(header).sort()).toEqual(
      [
        'chunkCount',
        'chunkSize',
        'createdAt',
        'ephemeralPublicKey',
        'formatVersion',
        'kind',
        'packageId',
        'payloadLength',
        'payloadSha256',
        'previousPackageHash',
        'recipientKeyId',
        'salt',
        'senderInstallationId',
        'senderUnitCode',
        'senderUnitListVersion',
        'sequence',
      ].sort(),
    );
    expect(header.recipientKeyId).toBe(keyId(parties.province.publicKey));
    expect(Buffer.from(headerBytes).toString('utf8')).toMatch(/^\{"chunkCount":6,"chunkSize":256,"createdAt":/);
    expect(codeOf(() => seal(parties, { senderUnitCode: 'Phường Đông Kinh' }))).toBe('INVALID_CONTENT');
  });

  it('is deterministic given the ephemeral key and salt, and fresh otherwise', () => {
    const fixed = { ephemeralPrivateKey: parties.otherProvince.privateKey, salt: new Uint8Array(32).fill(7) };
    expect(Buffer.from(seal(parties, fixed)).equals(Buffer.from(seal(parties, fixed)))).toBe(true);
    expect(Buffer.from(seal(parties)).equals(Buffer.from(seal(parties)))).toBe(false);
  });

  it('signs configuration and receipts without encrypting them, and checks their payload hash', () => {
    const payload = Buffer.from('{"unitList":"VN-2025"}');
    const bytes = seal(parties, { kind: 'province-config', recipientPublicKey: null, payload });
    expect(readPackageHeader(bytes).header).toMatchObject({ recipientKeyId: null, ephemeralPublicKey: null, salt: null });
    expect(Buffer.from(open_(bytes, { recipientPrivateKey: null }).payload).toString()).toBe(payload.toString());
    const changed = Buffer.from(bytes);
    changed[changed.length - 3] = (changed[changed.length - 3] ?? 0) ^ 1;
    expect(codeOf(() => verifyPackage(changed, parties.office.publicKey))).toBe('TAMPERED');
    expect(codeOf(() => open_(changed, { recipientPrivateKey: null }))).toBe('TAMPERED');
  });

  it('refuses to seal office records in clear or configuration encrypted', () => {
    expect(codeOf(() => seal(parties, { recipientPublicKey: null }))).toBe('INVALID_CONTENT');
    expect(codeOf(() => seal(parties, { kind: 'receipt' }))).toBe('INVALID_CONTENT');
  });

  it('refuses an unexpected kind when told which kinds to expect', () => {
    expect(codeOf(() => open_(small, { kinds: ['province-config'] }))).toBe('INVALID_CONTENT');
    expect(open_(small, { kinds: ['office-delta', 'office-snapshot'] }).header.kind).toBe('office-delta');
  });

  it('hashes the whole file for the chain of packages', async () => {
    expect(packageHash(small)).toBe(sha256Hex(small));
    const path = join(dir, 'hash.ddpkg');
    await writeFile(path, small);
    expect(await hashPackageFile(path)).toBe(packageHash(small));
  });
});

describe('recipient and sender', () => {
  it('a package for another province key is WRONG_RECIPIENT', () => {
    const forOther = seal(parties, { recipientPublicKey: parties.otherProvince.publicKey });
    expect(codeOf(() => open_(forOther))).toBe('WRONG_RECIPIENT');
    expect(codeOf(() => open_(small, { recipientPrivateKey: null }))).toBe('WRONG_RECIPIENT');
    expect(codeOf(() => open_(small, { expectedRecipientKeyId: keyId(parties.otherProvince.publicKey) }))).toBe('WRONG_RECIPIENT');
    expect(open_(small, { expectedRecipientKeyId: keyId(receivingPublicKeyOf(parties.province.privateKey)) }).payload).toHaveLength(1500);
  });

  it('a forged recipient key id, even re-signed by the sender, is TAMPERED', () => {
    const forOther = seal(parties, { recipientPublicKey: parties.otherProvince.publicKey });
    const forged = reheader(forOther, (h) => ({ ...h, recipientKeyId: keyId(parties.province.publicKey) }), parties.office.privateKey);
    expect(verifyPackage(forged, parties.office.publicKey).header.recipientKeyId).toBe(keyId(parties.province.publicKey));
    expect(codeOf(() => open_(forged))).toBe('TAMPERED');
  });

  it('a header claiming another office or sequence over the same body is TAMPERED', () => {
    const changes = [
      (h: Record<string, unknown>) => ({ ...h, senderUnitCode: '21' }),
      (h: Record<string, unknown>) => ({ ...h, sequence: 8 }),
      (h: Record<string, unknown>) => ({ ...h, packageId: 'b1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d' }),
    ];
    for (const change of changes) expect(codeOf(() => open_(reheader(small, change, parties.office.privateKey)))).toBe('TAMPERED');
  });

  it("another package's body under this header is TAMPERED", () => {
    const other = seal(parties, { chunkSize: 256, payload: samplePayload(1500) });
    const info = readPackageHeader(small);
    const spliced = Buffer.concat([Buffer.from(small).subarray(0, info.bodyOffset), Buffer.from(other).subarray(readPackageHeader(other).bodyOffset)]);
    expect(spliced).toHaveLength(small.length);
    expect(codeOf(() => open_(spliced))).toBe('TAMPERED');
  });

  it('a package signed by another key is BAD_SIGNATURE', () => {
    const byStranger = seal(parties, { senderSigningPrivateKey: parties.stranger.privateKey });
    expect(codeOf(() => open_(byStranger))).toBe('BAD_SIGNATURE');
    expect(codeOf(() => verifyPackage(byStranger, parties.office.publicKey))).toBe('BAD_SIGNATURE');
    expect(verifyPackage(byStranger, parties.stranger.publicKey).header.sequence).toBe(7);
  });
});

describe('damaged and hostile files', () => {
  const validCodes = new Set<string>(PACKAGE_ERROR_CODES);

  it('every single-byte change is rejected with a package error code and never yields a payload', () => {
    const seen = new Map<string, number>();
    // One pass, the flipped bit rotating, keeps this under a few seconds (each open does X25519).
    for (let i = 0; i < small.length; i++) {
      const changed = Buffer.from(small);
      changed[i] = (changed[i] ?? 0) ^ (1 << i % 8);
      const code = codeOf(() => open_(changed));
      seen.set(code, (seen.get(code) ?? 0) + 1);
    }
    expect(small.length).toBeGreaterThan(2000);
    expect([...seen.keys()].every((c) => validCodes.has(c))).toBe(true);
    // The header region fails parsing or the signature; the body fails authentication.
    expect([...seen.keys()]).toEqual(expect.arrayContaining(['NOT_A_PACKAGE', 'UNSUPPORTED_VERSION', 'BAD_SIGNATURE', 'TAMPERED']));
  });

  it('truncation at any offset is TRUNCATED (an empty file: NOT_A_PACKAGE); extra bytes are TAMPERED', () => {
    expect(codeOf(() => open_(new Uint8Array()))).toBe('NOT_A_PACKAGE');
    for (let length = 1; length < small.length; length++) {
      expect(codeOf(() => open_(small.subarray(0, length)))).toBe('TRUNCATED');
    }
    expect(codeOf(() => open_(Buffer.concat([small, Buffer.from([0])])))).toBe('TAMPERED');
  });

  it('random bytes are NOT_A_PACKAGE', () => {
    for (const length of [1, 5, 6, 12, 100, 5000]) expect(codeOf(() => open_(randomBytes(length)))).toBe('NOT_A_PACKAGE');
  });

  it('random bytes after a valid magic and version are rejected', () => {
    for (let i = 0; i < 200; i++) {
      const bytes = Buffer.concat([Buffer.from(small).subarray(0, 8), randomBytes(i * 10)]);
      expect(validCodes.has(codeOf(() => open_(bytes)))).toBe(true);
    }
  });

  it('a header length claiming 4 GB is refused before anything is allocated or read', async () => {
    const claim = Buffer.concat([Buffer.from(small).subarray(0, 8), Buffer.from([0xff, 0xff, 0xff, 0xff]), Buffer.alloc(100)]);
    expect(codeOf(() => open_(claim))).toBe('INVALID_CONTENT');
    const path = join(dir, 'claim.ddpkg');
    await writeFile(path, claim);
    expect(await asyncCodeOf(() => verifyPackageFile(path, parties.office.publicKey, { maxBytes: 1e6 }))).toBe('INVALID_CONTENT');
    const zero = Buffer.from(claim);
    zero.writeUInt32BE(0, 8);
    expect(codeOf(() => open_(zero))).toBe('INVALID_CONTENT');
  });

  it('swapped or repeated chunks are TAMPERED', () => {
    const { bodyOffset } = readPackageHeader(small);
    const stride = 256 + 16;
    const chunk = (i: number) => Buffer.from(small).subarray(bodyOffset + i * stride, bodyOffset + (i + 1) * stride);
    const body = (order: number[]) => Buffer.concat([Buffer.from(small).subarray(0, bodyOffset), ...order.map(chunk), Buffer.from(small).subarray(bodyOffset + 5 * stride)]);
    expect(Buffer.from(open_(body([0, 1, 2, 3, 4])).payload)).toHaveLength(1500);
    expect(codeOf(() => open_(body([0, 2, 1, 3, 4])))).toBe('TAMPERED');
    expect(codeOf(() => open_(body([0, 0, 2, 3, 4])))).toBe('TAMPERED');
  });

  it('a newer format version is UNSUPPORTED_VERSION', () => {
    const newer = Buffer.from(small);
    newer.writeUInt16BE(2, 6);
    expect(codeOf(() => open_(newer))).toBe('UNSUPPORTED_VERSION');
  });

  it('headers that are not canonical, have unknown fields or inconsistent sizes are INVALID_CONTENT, even when signed', () => {
    const key = parties.office.privateKey;
    expect(codeOf(() => open_(reheader(small, (h) => h, key, (json) => json.replace(',', ', '))))).toBe('INVALID_CONTENT');
    expect(codeOf(() => open_(reheader(small, (h) => h, key, (json) => `\ufeff${json}`)))).toBe('INVALID_CONTENT');
    expect(codeOf(() => open_(reheader(small, (h) => ({ ...h, ownerName: 'Nguyễn Văn An' }), key)))).toBe('INVALID_CONTENT');
    expect(codeOf(() => open_(reheader(small, (h) => ({ ...h, chunkCount: 5 }), key)))).toBe('INVALID_CONTENT');
    expect(codeOf(() => open_(reheader(small, (h) => ({ ...h, formatVersion: 2 }), key)))).toBe('INVALID_CONTENT');
    expect(codeOf(() => open_(reheader(small, (h) => ({ ...h, sequence: 2 ** 60 }), key)))).toBe('INVALID_CONTENT');
    expect(codeOf(() => open_(reheader(small, (h) => h, key, (json) => json.replace('"chunkCount":6', '"chunkCount":6,"chunkCount":6'))))).toBe(
      'INVALID_CONTENT',
    );
    // The helper itself writes a valid package when nothing changes.
    expect(open_(reheader(small, (h) => h, key)).payload).toHaveLength(1500);
  });

  it('a file over the cap is TOO_LARGE from its size alone, even a 2 GB one', async () => {
    expect(codeOf(() => open_(small, { maxBytes: small.length - 1 }))).toBe('TOO_LARGE');
    const path = join(dir, 'huge.ddpkg');
    const handle = await open(path, 'w');
    await handle.write(small, 0, 100, 0);
    await handle.truncate(2 * 1024 ** 3); // sparse: costs no disk space
    await handle.close();
    const started = Date.now();
    expect(await asyncCodeOf(() => verifyPackageFile(path, parties.office.publicKey, { maxBytes: 256 * 1024 ** 2 }))).toBe('TOO_LARGE');
    expect(await asyncCodeOf(() => readPackageHeaderFile(path))).toBe('TOO_LARGE');
    expect(Date.now() - started).toBeLessThan(1000);
    await rm(path);
  });

  it('sealing refuses bad input with INVALID_CONTENT rather than writing a file it would refuse', () => {
    expect(codeOf(() => seal(parties, { packageId: 'not-a-uuid' }))).toBe('INVALID_CONTENT');
    expect(codeOf(() => seal(parties, { createdAt: '2025-02-30T00:00:00.000Z' }))).toBe('INVALID_CONTENT');
    expect(codeOf(() => seal(parties, { chunkSize: 10 }))).toBe('INVALID_CONTENT');
    expect(codeOf(() => sealPackage(sealInput(parties, { previousPackageHash: 'AB'.repeat(32) })))).toBe('INVALID_CONTENT');
  });
});

describe('files', () => {
  it('reads the header and verifies structure and signature from disk', async () => {
    const path = join(dir, 'ok.ddpkg');
    await writeFile(path, small);
    expect((await readPackageHeaderFile(path)).header).toEqual(readPackageHeader(small).header);
    const options = { maxBytes: 1e6 };
    expect((await verifyPackageFile(path, parties.office.publicKey, options)).header.sequence).toBe(7);
    expect((await verifyPackageFile(path, parties.office.publicKey, { ...options, recipientPrivateKey: parties.province.privateKey })).fileLength).toBe(
      small.length,
    );
    expect(await asyncCodeOf(() => verifyPackageFile(path, parties.stranger.publicKey, options))).toBe('BAD_SIGNATURE');
    expect(
      await asyncCodeOf(() => verifyPackageFile(path, parties.office.publicKey, { ...options, recipientPrivateKey: parties.otherProvince.privateKey })),
    ).toBe('WRONG_RECIPIENT');
  });

  it('authenticates the body of an encrypted file only with the receiving key', async () => {
    const path = join(dir, 'changed.ddpkg');
    const changed = Buffer.from(small);
    changed[changed.length - 100] = (changed[changed.length - 100] ?? 0) ^ 1;
    await writeFile(path, changed);
    const options = { maxBytes: 1e6 };
    // Without the key the ciphertext cannot be checked: the office compares packageHash instead.
    await expect(verifyPackageFile(path, parties.office.publicKey, options)).resolves.toBeDefined();
    expect(
      await asyncCodeOf(() => verifyPackageFile(path, parties.office.publicKey, { ...options, recipientPrivateKey: parties.province.privateKey })),
    ).toBe('TAMPERED');
    await writeFile(path, Buffer.from(small).subarray(0, small.length - 1));
    expect(await asyncCodeOf(() => verifyPackageFile(path, parties.office.publicKey, options))).toBe('TRUNCATED');
    await writeFile(path, new Uint8Array());
    expect(await asyncCodeOf(() => verifyPackageFile(path, parties.office.publicKey, options))).toBe('NOT_A_PACKAGE');
  });

  it('errors carry a message key for the UI', () => {
    const error = new PackageError('TAMPERED', 'detail for logs');
    expect(error).toMatchObject({ code: 'TAMPERED', messageKey: 'packages.error.TAMPERED', name: 'PackageError' });
  });
});
