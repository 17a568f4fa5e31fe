import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installChangeLogTriggers } from '../../db/changeLog';
import { TestApp } from '../testing/factories';
import { sealPackage } from './format';
import { fingerprint, generateReceivingKeyPair, generateSigningKeyPair } from './keys';
import { addBusiness, emptyPayload, exportFrom, fileIn, openLink, openOffice, register, sealAs, signingKeyOf, stats, writeBytes, type Link } from './linkTesting';
import { encodeOfficePayload, type OfficePayload } from './officePayload';
import { buildConfigPayload } from './config';

async function listOf(app: TestApp, originInstallationId: string | null = null) {
  return (await app.ok('businesses.list', { limit: 500, originInstallationId })).rows;
}

describe('office to province and back', () => {
  let link: Link;
  beforeAll(async () => {
    link = await openLink(2);
  }, 30_000);
  afterAll(() => link.close());

  it('the province holds each office exactly as the office does, and receipts confirm the packages', async () => {
    const [a, b] = link.offices as [TestApp, TestApp];
    const first = await addBusiness(a, 'Karaoke Hoa Mai');
    await addBusiness(a, 'Nhà nghỉ Ánh Dương');
    await addBusiness(b, 'Khách sạn Mẫu Sơn');
    const packageA1 = await exportFrom(a, link.dir);
    await a.ok('businesses.update', { id: first.id, fields: { ...first, name: 'Karaoke Hoa Mai mới', workersTotal: 9 } });
    const packageA2 = await exportFrom(a, link.dir);
    const packageB1 = await exportFrom(b, link.dir);

    // Out of order: A's second package before its first.
    for (const file of [packageA2, packageB1, packageA1]) expect((await link.province.ok('packages.import', { file, dryRun: false })).alreadyImported).toBe(false);
    for (const office of [a, b]) {
      const id = office.running.app.office()?.installationId ?? '';
      expect(await listOf(link.province, id)).toEqual(await listOf(office));
    }
    expect((await listOf(link.province)).length).toBe(3);

    const status = await link.province.ok('packages.status', {});
    expect(status.province?.map((o) => [o.highest, o.gaps])).toEqual(expect.arrayContaining([[2, []], [1, []]]));

    for (const office of [a, b]) {
      expect((await office.ok('packages.status', {})).office?.unconfirmed.length).toBeGreaterThan(0);
      const receipt = await link.province.ok('packages.receiptExport', { office: office.running.app.office()?.installationId ?? '', out: fileIn(link.dir, 'receipt') });
      const imported = await office.ok('packages.receiptImport', { file: receipt.file });
      expect(imported.unconfirmed).toEqual([]);
      expect(imported.packages.every((p) => p.confirmedAt !== null)).toBe(true);
    }
  });

  it("an office cannot overwrite another office's records", async () => {
    const [a, b] = link.offices as [TestApp, TestApp];
    const theirs = await addBusiness(a, 'Cắt tóc gội đầu Hữu Nghị');
    await link.province.ok('packages.import', { file: await exportFrom(a, link.dir), dryRun: false });
    const row = a.running.app.db.prepare('SELECT * FROM business WHERE id = ?').get(theirs.id) as Record<string, string | number | null>;
    delete row.row_no;
    const columns = Object.keys(row);
    const forged = { ...emptyPayload(b), tables: { business: { columns, rows: [[999, 'U', theirs.id, columns.map((c) => (c === 'name' ? 'Đã bị sửa' : (row[c] ?? null)))]] } } } as OfficePayload;
    const before = await link.province.ok('packages.stats', {});
    const result = await link.province.call('packages.import', { file: writeBytes(link.dir, sealAs(b, link.province, encodeOfficePayload(forged), { sequence: 500 })), dryRun: false });
    expect(result.ok ? 'accepted' : result.error.code).toBe('INVALID_CONTENT');
    expect(await link.province.ok('packages.stats', {})).toEqual(before);
  });

  it('a replay changes nothing and says so; a re-send is the identical file', async () => {
    const [a] = link.offices as [TestApp];
    await addBusiness(a, 'Massage Tam Thanh');
    const file = await exportFrom(a, link.dir);
    await link.province.ok('packages.import', { file, dryRun: false });
    const before = await stats(link.province);
    const again = await link.province.ok('packages.import', { file, dryRun: false });
    expect(again.alreadyImported).toBe(true);
    expect(await stats(link.province)).toEqual(before);
    const sequence = (await a.ok('packages.status', {})).office?.packages.at(-1)?.sequence ?? 0;
    const resent = await a.ok('packages.resend', { sequence, out: fileIn(link.dir, 'resend') });
    expect(fs.readFileSync(resent.file).equals(fs.readFileSync(file))).toBe(true);
  });

  it('a dry run previews per table and writes nothing; a full snapshot converges', async () => {
    const [, b] = link.offices as [TestApp, TestApp];
    await addBusiness(b, 'Vũ trường Phố Cũ');
    const file = await exportFrom(b, link.dir);
    const before = await stats(link.province);
    const preview = await link.province.ok('packages.import', { file, dryRun: true });
    expect(preview.tables.business).toMatchObject({ added: 1, changed: 0 });
    expect(await stats(link.province)).toEqual(before);
    await link.province.ok('packages.import', { file, dryRun: false });
    const snapshot = await exportFrom(b, link.dir, true);
    const imported = await link.province.ok('packages.import', { file: snapshot, dryRun: false });
    expect(imported.kind).toBe('office-snapshot');
    expect(imported.tables.business).toMatchObject({ added: 0, changed: 0 });
    const id = b.running.app.office()?.installationId ?? '';
    expect(await listOf(link.province, id)).toEqual(await listOf(b));
  });
});

describe('bad input is refused with its code and changes nothing', () => {
  let link: Link;
  let valid: Buffer;
  let office: TestApp;
  let payload: OfficePayload;
  beforeAll(async () => {
    link = await openLink(1);
    office = link.offices[0] as TestApp;
    await addBusiness(office, 'Karaoke Kỳ Lừa');
    valid = fs.readFileSync(await exportFrom(office, link.dir));
    const opened = await link.province.ok('packages.import', { file: writeBytes(link.dir, valid), dryRun: true });
    expect(opened.tables.business?.added).toBe(1);
    payload = emptyPayload(office);
  }, 30_000);
  afterAll(() => link.close());

  /** Seals a payload as the office would (its own key), optionally changing the payload or recipient. */
  function crafted(change: (p: OfficePayload) => OfficePayload, recipient?: Uint8Array, sequence = 900): string {
    return writeBytes(link.dir, sealAs(office, link.province, encodeOfficePayload(change(structuredClone(payload))), { sequence, recipient }));
  }

  async function expectRejected(file: string, code: string): Promise<void> {
    const before = await stats(link.province);
    const result = await link.province.call('packages.import', { file, dryRun: false });
    expect(result.ok ? 'accepted' : result.error.code).toBe(code);
    expect(await stats(link.province)).toEqual(before);
  }

  it('files that are not packages, cut short or too large', async () => {
    await expectRejected(writeBytes(link.dir, new Uint8Array(0)), 'NOT_A_PACKAGE');
    await expectRejected(writeBytes(link.dir, randomBytes(5000)), 'NOT_A_PACKAGE');
    for (const at of [3, 10, 40, valid.length - 200, valid.length - 1]) await expectRejected(writeBytes(link.dir, valid.subarray(0, at)), 'TRUNCATED');
    const huge = fileIn(link.dir, 'huge');
    fs.writeFileSync(huge, valid.subarray(0, 100));
    fs.truncateSync(huge, 2 * 1024 ** 3); // sparse: 2 GB without writing it
    await expectRejected(huge, 'TOO_LARGE');
  });

  it('changed bytes in the header, signature or body', async () => {
    const flip = (at: number) => {
      const copy = Buffer.from(valid);
      copy[at] = (copy[at] ?? 0) ^ 0x01;
      return writeBytes(link.dir, copy);
    };
    await expectRejected(flip(valid.length - 5), 'TAMPERED');
    await expectRejected(flip(valid.indexOf('"createdAt"') + 16), 'BAD_SIGNATURE');
  });

  it('unregistered, revoked and mismatched senders, and another province as recipient', async () => {
    const stranger = await openOffice();
    try {
      const config = await link.province.ok('packages.configExport', { out: fileIn(link.dir, 'config') });
      await stranger.ok('packages.configImport', { file: config.file, fingerprint: config.fingerprint });
      await addBusiness(stranger, 'Nhà trọ Bến Bắc');
      const fromStranger = await exportFrom(stranger, link.dir);
      await expectRejected(fromStranger, 'UNKNOWN_SENDER');
      await register(link.province, stranger, link.dir);
      await link.province.ok('packages.officesRevoke', { installationId: stranger.running.app.office()?.installationId ?? '' });
      await expectRejected(fromStranger, 'REVOKED_SENDER');
    } finally {
      stranger.close();
    }
    // Signed by this office, but the records claim another office.
    await expectRejected(crafted((p) => ({ ...p, installationId: crypto.randomUUID() })), 'INVALID_CONTENT');
    await expectRejected(crafted((p) => p, generateReceivingKeyPair().publicKey), 'WRONG_RECIPIENT');
  });

  it('records pointing at units or rows that do not exist, or at tables that do not travel', async () => {
    const business = (await office.ok('businesses.list', { limit: 1 })).rows[0];
    const db = office.running.app.db;
    const row = db.prepare('SELECT * FROM business WHERE id = ?').get(business?.id) as Record<string, string | number | null>;
    delete row.row_no;
    const columns = Object.keys(row);
    const withRow = (values: Record<string, string | number | null>, table = 'business') => (p: OfficePayload) => ({
      ...p,
      tables: { [table]: { columns, rows: [[1, 'U', String(values.id), columns.map((c) => values[c] ?? null)]] } },
    }) as OfficePayload;
    const id = crypto.randomUUID();
    await expectRejected(crafted(withRow({ ...row, id, commune_code: '99999' })), 'INVALID_CONTENT');
    await expectRejected(crafted(withRow({ ...row, id, unit_code: '20' })), 'INVALID_CONTENT');
    await expectRejected(crafted(withRow({ ...row, id, workers_total: 'many' })), 'INVALID_CONTENT');
    await expectRejected(crafted(withRow({ ...row, id }, 'app_user')), 'INVALID_CONTENT');

    // A table added later travels with no code here; its foreign key is enforced on import.
    for (const app of [office, link.province]) {
      app.running.app.db.exec(`CREATE TABLE visit (id TEXT PRIMARY KEY, business_id TEXT NOT NULL REFERENCES business (id), note TEXT NOT NULL) STRICT;
        INSERT INTO synced_table (name) VALUES ('visit');`);
      installChangeLogTriggers(app.running.app.db);
    }
    const visit = (businessId: string) => (p: OfficePayload) =>
      ({ ...p, tables: { visit: { columns: ['id', 'business_id', 'note'], rows: [[5, 'U', id, [id, businessId, 'đã kiểm tra']]] } } }) as OfficePayload;
    await expectRejected(crafted(visit(crypto.randomUUID())), 'INVALID_CONTENT');
    // With the business it points at in the same package (listed after it), the visit is accepted.
    const both = (p: OfficePayload) => ({ ...p, tables: { ...visit(String(row.id))(p).tables, ...withRow(row)(p).tables } }) as OfficePayload;
    const ok = await link.province.ok('packages.import', { file: crafted(both, undefined, 901), dryRun: true });
    expect([ok.tables.visit?.added, ok.tables.business?.added]).toEqual([1, 1]);
  });

  it('configuration not signed by the pinned key; a key change only as a re-pin with the typed fingerprint (the stolen-key redirect fails)', async () => {
    const other = await TestApp.withOffice();
    try {
      const foreign = await other.ok('packages.configExport', { out: fileIn(link.dir, 'config') });
      const result = await office.call('packages.configImport', { file: foreign.file, fingerprint: foreign.fingerprint });
      expect(result.ok ? 'accepted' : result.error.code).toBe('UNKNOWN_SENDER');
    } finally {
      other.close();
    }
    const province = link.province.running.app;
    const oldKey = signingKeyOf(link.province);
    const newKey = generateSigningKeyPair();
    const sealConfig = (signer: Uint8Array, signingPublicKey: Uint8Array, sequence: number) =>
      writeBytes(
        link.dir,
        sealPackage({
          kind: 'province-config',
          packageId: crypto.randomUUID(),
          senderInstallationId: province.office()?.installationId ?? '',
          senderUnitCode: '20',
          senderUnitListVersion: 'VN-2025',
          sequence,
          previousPackageHash: null,
          createdAt: new Date().toISOString(),
          payload: Buffer.from(JSON.stringify({ ...buildConfigPayload(province), signingPublicKey: Buffer.from(signingPublicKey).toString('base64') })),
          senderSigningPrivateKey: signer,
          recipientPublicKey: null,
        }),
      );
    // The stolen-key redirect (issue 13, item 4): with a copy of the province's database an attacker signs,
    // with the province's own key, a configuration naming the attacker's key. On main it was taken silently.
    const attacker = generateSigningKeyPair();
    const redirect = await office.call('packages.configImport', { file: sealConfig(oldKey.privateKey, attacker.publicKey, 50), fingerprint: null });
    expect(redirect.ok ? 'accepted' : redirect.error.code).toBe('KEY_CHANGE_NEEDS_FINGERPRINT');
    const selfSigned = await office.call('packages.configImport', { file: sealConfig(attacker.privateKey, attacker.publicKey, 50), fingerprint: null });
    expect(selfSigned.ok ? 'accepted' : selfSigned.error.code).toBe('KEY_CHANGE_NEEDS_FINGERPRINT');
    // The clerk types what the province's letter says: the attacker's key does not match it.
    const typed = fingerprint(newKey.publicKey);
    const mismatch = await office.call('packages.configImport', { file: sealConfig(attacker.privateKey, attacker.publicKey, 50), fingerprint: typed });
    expect(mismatch.ok ? 'accepted' : mismatch.error.code).toBe('KEY_CHANGE_NEEDS_FINGERPRINT');
    // Signed by the old key but naming the lettered key: the new key must sign (a re-pin, not a chain).
    const chained = await office.call('packages.configImport', { file: sealConfig(oldKey.privateKey, newKey.publicKey, 50), fingerprint: typed });
    expect(chained.ok ? 'accepted' : chained.error.code).toBe('BAD_SIGNATURE');
    // A receiving key swapped under the same signing key is a key change too.
    const receivingOnly = writeBytes(
      link.dir,
      sealPackage({
        kind: 'province-config',
        packageId: crypto.randomUUID(),
        senderInstallationId: province.office()?.installationId ?? '',
        senderUnitCode: '20',
        senderUnitListVersion: 'VN-2025',
        sequence: 50,
        previousPackageHash: null,
        createdAt: new Date().toISOString(),
        payload: Buffer.from(JSON.stringify({ ...buildConfigPayload(province), receivingPublicKey: Buffer.alloc(32, 7).toString('base64') })),
        senderSigningPrivateKey: oldKey.privateKey,
        recipientPublicKey: null,
      }),
    );
    const swapped = await office.call('packages.configImport', { file: receivingOnly, fingerprint: null });
    expect(swapped.ok ? 'accepted' : swapped.error.code).toBe('KEY_CHANGE_NEEDS_FINGERPRINT');
    // A sequence far ahead would shut out every genuine configuration after it: refused.
    const far = await office.call('packages.configImport', { file: sealConfig(oldKey.privateKey, oldKey.publicKey, 9007199254740991), fingerprint: null });
    expect(far.ok ? 'accepted' : far.error.code).toBe('SEQUENCE_JUMP');

    // The genuine rotation: signed by the new key, its fingerprint typed from the letter; a jump shown.
    const changed = await office.ok('packages.configImport', { file: sealConfig(newKey.privateKey, newKey.publicKey, 51), fingerprint: typed });
    expect(changed).toMatchObject({ keyChanged: true, skipped: expect.any(Number) });
    const stale = await office.call('packages.configImport', { file: sealConfig(oldKey.privateKey, oldKey.publicKey, 52), fingerprint: null });
    expect(stale.ok ? 'accepted' : stale.error.code).not.toBe('accepted');
    expect((await office.ok('packages.keys', {})).provinceKeyHistory).toHaveLength(2);
  });
});
