import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addBusiness, openLink, type Link } from '../../packages/linkTesting';
import { STAGE_MAX_BYTES } from '../schemas/packageScreens';
import type { TestApp } from '../../testing/factories';
import { safeFileName } from './packageScreens';

describe('data-package screens: exports into a chosen folder, dropped files staged', () => {
  let link: Link;
  beforeAll(async () => {
    link = await openLink(1);
  }, 30_000);
  afterAll(() => link.close());

  it('an export into a folder is named by office and sequence, read back, and listed as not confirmed', async () => {
    const office = link.offices[0] as TestApp;
    await addBusiness(office, 'Karaoke Hoa Mai');
    const exported = await office.ok('packageScreens.export', { folder: link.dir, full: false });
    expect(path.dirname(exported.file)).toBe(path.normalize(link.dir));
    expect(path.basename(exported.file)).toMatch(/^goi-du-lieu-\d+-[0-9a-f]{8}-00001\.ddpkg$/);
    expect(fs.statSync(exported.file).size).toBe(exported.size);
    const status = await office.ok('packages.status', {});
    expect(status.office?.unconfirmed).toEqual([exported.sequence]);

    // Sent again: the identical file under the same name.
    const first = fs.readFileSync(exported.file);
    fs.rmSync(exported.file);
    const again = await office.ok('packageScreens.resend', { folder: link.dir, sequence: exported.sequence });
    expect(again.file).toBe(exported.file);
    expect(fs.readFileSync(again.file).equals(first)).toBe(true);

    // A dropped copy staged at the province imports like the original.
    const staged = await link.province.ok('packageScreens.stage', { fileName: 'C:\\USB\\gói số 1.ddpkg', bytes: first.toString('base64') });
    // The window gets a handle, not the staged path.
    expect(staged.file).toMatch(/^dd-path:/);
    expect(path.basename(link.province.running.app.paths.resolve(staged.file, 'file', false))).toBe('goi_so_1.ddpkg');
    const imported = await link.province.ok('packages.import', { file: staged.file, dryRun: false });
    expect(imported.tables).toMatchObject({ business: { added: 1 } });

    const receipt = await link.province.ok('packageScreens.receiptExport', { folder: link.dir, office: imported.senderInstallationId });
    await office.ok('packages.receiptImport', { file: receipt.file });
    expect((await office.ok('packages.status', {})).office?.unconfirmed).toEqual([]);
  });

  it('a folder that does not exist, or a dropped file over the cap, is refused and writes nothing', async () => {
    const office = link.offices[0] as TestApp;
    const before = (await office.ok('packages.status', {})).office?.packages.length;
    const missing = await office.call('packageScreens.export', { folder: path.join(link.dir, 'khong-co'), full: false });
    expect(missing.ok ? null : missing.error.messageKey).toBe('paths.notFound');
    expect((await office.ok('packages.status', {})).office?.packages.length).toBe(before);

    const big = await link.province.call('packageScreens.stage', { fileName: 'to.ddpkg', bytes: Buffer.alloc(STAGE_MAX_BYTES + 3).toString('base64') });
    expect(big.ok ? null : big.error.code).toBe('TOO_LARGE');
  });

  it('staged names cannot climb out of the staging folder', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('..')).toBe('goi.ddpkg');
    expect(safeFileName('a/b\\c.ddpkg')).toBe('c.ddpkg');
  });
});
