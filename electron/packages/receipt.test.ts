import { describe, expect, it } from 'vitest';
import { readPackageHeader, sealPackage } from './format';
import { openReceipt, sealReceipt, type ReceiptPayload, type SealReceiptInput } from './receipt';
import { codeOf, makeParties, OFFICE_INSTALLATION, PROVINCE_INSTALLATION, seal, sealInput } from './testing';

const parties = makeParties();
const province = parties.stranger; // the province's signing key in these tests

const receipt: ReceiptPayload = {
  officeInstallationId: OFFICE_INSTALLATION,
  packages: [
    { packageId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', sequence: 7, packageHash: 'cd'.repeat(32), importedAt: '2025-03-05T01:02:03.004Z' },
    { packageId: 'b1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', sequence: 8, packageHash: 'ef'.repeat(32), importedAt: '2025-03-05T01:02:04.004Z' },
  ],
};

function input(overrides: Partial<SealReceiptInput> = {}): SealReceiptInput {
  return {
    receipt,
    packageId: 'c1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
    senderInstallationId: PROVINCE_INSTALLATION,
    senderUnitCode: '20',
    senderUnitListVersion: 'VN-2025',
    sequence: 3,
    previousPackageHash: null,
    createdAt: '2025-03-05T02:00:00.000Z',
    senderSigningPrivateKey: province.privateKey,
    ...overrides,
  };
}

describe('receipts', () => {
  it('round-trip as signed, unencrypted packages of kind receipt', () => {
    const bytes = sealReceipt(input());
    expect(readPackageHeader(bytes).header).toMatchObject({ kind: 'receipt', recipientKeyId: null, sequence: 3 });
    const opened = openReceipt(bytes, { senderPublicKey: province.publicKey, officeInstallationId: OFFICE_INSTALLATION });
    expect(opened.receipt).toEqual(receipt);
    expect(opened.header.senderInstallationId).toBe(PROVINCE_INSTALLATION);
  });

  it('refuse a receipt for another office, by another key, or changed', () => {
    const bytes = sealReceipt(input());
    expect(codeOf(() => openReceipt(bytes, { senderPublicKey: province.publicKey, officeInstallationId: PROVINCE_INSTALLATION }))).toBe('WRONG_RECIPIENT');
    expect(codeOf(() => openReceipt(bytes, { senderPublicKey: parties.office.publicKey }))).toBe('BAD_SIGNATURE');
    const changed = Buffer.from(bytes);
    changed[changed.length - 5] = (changed[changed.length - 5] ?? 0) ^ 1;
    expect(codeOf(() => openReceipt(changed, { senderPublicKey: province.publicKey }))).toBe('TAMPERED');
  });

  it('refuse other kinds of package and payloads that are not a valid receipt', () => {
    const delta = seal(parties, { senderSigningPrivateKey: province.privateKey });
    expect(codeOf(() => openReceipt(delta, { senderPublicKey: province.publicKey }))).toBe('INVALID_CONTENT');
    const asReceipt = (payload: Uint8Array) =>
      sealPackage(sealInput(parties, { kind: 'receipt', recipientPublicKey: null, senderSigningPrivateKey: province.privateKey, payload }));
    const payloads = ['', 'not json', '{"officeInstallationId":"x","packages":[]}', JSON.stringify({ ...receipt, extra: 1 })].map((text) => Buffer.from(text));
    for (const payload of [...payloads, Buffer.from([0x7b, 0xff, 0x7d])]) {
      expect(codeOf(() => openReceipt(asReceipt(payload), { senderPublicKey: province.publicKey }))).toBe('INVALID_CONTENT');
    }
  });

  it('refuse to seal an invalid receipt', () => {
    const bad = { ...receipt, packages: [{ ...receipt.packages[0], packageHash: 'nope' }] } as ReceiptPayload;
    expect(codeOf(() => sealReceipt(input({ receipt: bad })))).toBe('INVALID_CONTENT');
  });
});
