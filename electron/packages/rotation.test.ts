import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp } from '../testing/factories';
import { readPackageHeader } from './format';
import { addBusiness, exportFrom, fileIn, openLink, type Link } from './linkTesting';

describe('province key rotation', () => {
  let link: Link;
  beforeAll(async () => {
    link = await openLink(1);
  }, 30_000);
  afterAll(() => link.close());

  it('offices accept the new keys (signed by the new one) with the fingerprint typed from the letter; old and new packages import at the province', async () => {
    const [office] = link.offices as [TestApp];
    const { province } = link;
    const before = await province.ok('packages.keys', {});
    await addBusiness(office, 'Karaoke Hoa Mai');
    const sealedToOldKey = await exportFrom(office, link.dir);

    const rotated = await province.ok('packages.keysRotate', { out: fileIn(link.dir, 'rotate') });
    expect(rotated.previousFingerprint).toBe(before.signing.fingerprint);
    const after = await province.ok('packages.keys', {});
    expect(after.signing.fingerprint).toBe(rotated.fingerprint);
    expect(after.signing.fingerprint).not.toBe(before.signing.fingerprint);
    expect(after.receiving?.keyId).toBe(rotated.receivingKeyId);

    // The office still trusts the old key only: the key change is accepted because the old key signed it.
    expect(await office.call('packages.configImport', { file: rotated.file, fingerprint: null })).toMatchObject({ ok: false, error: { code: 'KEY_CHANGE_NEEDS_FINGERPRINT' } });
    const accepted = await office.ok('packages.configImport', { file: rotated.file, fingerprint: rotated.fingerprint });
    expect(accepted).toMatchObject({ keyChanged: true, fingerprint: rotated.fingerprint });
    const pinned = await office.ok('packages.keys', {});
    expect(pinned.province?.signing.fingerprint).toBe(rotated.fingerprint);
    expect(pinned.province?.receiving.keyId).toBe(rotated.receivingKeyId);

    await addBusiness(office, 'Nhà nghỉ Ánh Dương');
    const sealedToNewKey = await exportFrom(office, link.dir);
    expect(readPackageHeader(fs.readFileSync(sealedToNewKey)).header.recipientKeyId).toBe(rotated.receivingKeyId);
    expect(readPackageHeader(fs.readFileSync(sealedToOldKey)).header.recipientKeyId).toBe(before.receiving?.keyId);

    for (const file of [sealedToNewKey, sealedToOldKey]) {
      expect((await province.ok('packages.verify', { file })).alreadyImported).toBe(false);
      expect((await province.ok('packages.import', { file, dryRun: false })).alreadyImported).toBe(false);
    }
    expect((await province.ok('businesses.list', { limit: 10 })).total).toBe(2);

    // Later configuration is signed by the new key, which the office now holds.
    const next = await province.ok('packages.configExport', { out: fileIn(link.dir, 'config') });
    expect(await office.ok('packages.configImport', { file: next.file, fingerprint: null })).toMatchObject({ keyChanged: false, alreadyImported: false });
    // A receipt signed by the new key confirms both packages.
    const receipt = await province.ok('packages.receiptExport', { office: office.running.app.office()?.installationId ?? '', out: fileIn(link.dir, 'receipt') });
    expect((await office.ok('packages.receiptImport', { file: receipt.file })).unconfirmed).toEqual([]);
  }, 30_000);

  it('nothing changes when the file cannot be written', async () => {
    const before = await link.province.ok('packages.keys', {});
    const failed = await link.province.call('packages.keysRotate', { out: path.join(link.dir, 'no-such-folder', 'rotate.ddpkg') });
    expect(failed.ok ? 'written' : failed.error.code).toBe('FILE_WRITE_FAILED');
    expect(await link.province.ok('packages.keys', {})).toEqual(before);
  });

  it('a configuration package from another province gets its own message, with the stable code', async () => {
    const [office] = link.offices as [TestApp];
    const other = await TestApp.withOffice();
    try {
      const config = await other.ok('packages.configExport', { out: fileIn(link.dir, 'other') });
      const refused = await office.call('packages.configImport', { file: config.file, fingerprint: config.fingerprint });
      expect(refused.ok ? null : refused.error).toMatchObject({ code: 'UNKNOWN_SENDER', messageKey: 'packages.error.UNKNOWN_PROVINCE_KEY' });
    } finally {
      other.close();
    }
  });
});
