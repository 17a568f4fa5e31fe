import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { generateSigningKeyPair, fingerprint } from './keys';
import { emptyPayload, exportFrom, openLink, sealAs, writeBytes, type Link } from './linkTesting';
import { decodeOfficePayload, MAX_PAYLOAD_JSON_BYTES } from './officePayload';

// Issue 13, item 5: forged sequences, decompression bombs, re-registration.

let link: Link | undefined;
afterEach(() => {
  link?.close();
  link = undefined;
});

describe('package hardening at the province', () => {
  it('a forged sequence 9007199254740991 is refused, and gaps are ranges (status stays small)', async () => {
    link = await openLink(1);
    const [office] = link.offices;
    if (!office) throw new Error('no office');
    const forged = writeBytes(link.dir, sealAs(office, link.province, Buffer.from(JSON.stringify(emptyPayload(office))), { sequence: Number.MAX_SAFE_INTEGER }));
    expect(await link.province.call('packages.import', { file: forged })).toMatchObject({ ok: false, error: { code: 'SEQUENCE_JUMP' } });
    // Packages 1 and 4 arrive: 2-3 is one range.
    const files = [];
    for (let i = 0; i < 4; i++) files.push(await exportFrom(office, link.dir));
    for (const file of [files[0], files[3]]) await link.province.ok('packages.import', { file: file ?? '' });
    const before = process.memoryUsage().rss;
    const status = await link.province.ok('packages.status', {});
    expect(status.province?.[0]).toMatchObject({ highest: 4, gaps: [{ from: 2, to: 3 }] });
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('a small payload that inflates past 64 MB is refused before it is held whole', () => {
    const bomb = Buffer.concat([Buffer.from('DDB1', 'latin1'), brotliCompressSync(Buffer.alloc(MAX_PAYLOAD_JSON_BYTES + 1024, 0x20))]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(() => decodeOfficePayload(bomb)).toThrow(expect.objectContaining({ code: 'INVALID_CONTENT' }));
  });

  it('re-registering an installation with another key is refused, naming both fingerprints, unless the old one is confirmed', async () => {
    link = await openLink(1);
    const [office] = link.offices;
    if (!office) throw new Error('no office');
    const reg = await office.ok('packages.registrationExport', { out: path.join(link.dir, 'first.json') });
    // A stick carries a registration with the same installation id and someone else's key.
    const swapped = generateSigningKeyPair();
    const json = JSON.parse((await import('node:fs')).readFileSync(reg.file, 'utf8')) as Record<string, unknown>;
    const forged = writeBytes(link.dir, Buffer.from(JSON.stringify({ ...json, signingPublicKey: Buffer.from(swapped.publicKey).toString('base64') })), 'forged.json');
    const refused = await link.province.call('packages.officesRegister', { file: forged, fingerprint: fingerprint(swapped.publicKey) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'KEY_ALREADY_REGISTERED', params: { old: reg.fingerprint, new: fingerprint(swapped.publicKey) } } });
    expect((await link.province.ok('packages.offices', {}))[0]).toMatchObject({ fingerprint: reg.fingerprint });
    // Confirmed with the old fingerprint (the PC really was reinstalled): replaced.
    await link.province.ok('packages.officesRegister', { file: forged, fingerprint: fingerprint(swapped.publicKey), replacing: reg.fingerprint });
    expect((await link.province.ok('packages.offices', {}))[0]).toMatchObject({ fingerprint: fingerprint(swapped.publicKey) });
  });
});
