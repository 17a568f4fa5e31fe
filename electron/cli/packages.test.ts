import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDataDir } from '../../db/testing';
import { runCli } from '../cli';

let dir: string;
let cleanup: () => void;
let out: string[];
beforeEach(() => {
  ({ dir, cleanup } = tempDataDir('dd-cli-pkg-'));
  out = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
});

const at = (name: string) => path.join(dir, name);
const cli = (data: string, ...args: string[]) => runCli([...args, '--data-dir', at(data), '--json']);
const lastJson = () => JSON.parse(out.at(-1) ?? 'null') as Record<string, unknown> & { error?: { code: string } };

describe('package commands', () => {
  it('register, configure, export, import, receipt; rejections print a stable code and exit 1', async () => {
    expect(await cli('p', 'init', '--level', 'province', '--unit', '20', '--office', 'Sở Lạng Sơn', '--admin', 'qt')).toBe(0);
    expect(await cli('o', 'init', '--level', 'commune', '--unit', '05977', '--office', 'Phường Đông Kinh', '--admin', 'qt')).toBe(0);
    expect(await cli('o', 'office-registration', 'export', '--out', at('o.json'))).toBe(0);
    const { fingerprint, installationId } = lastJson() as { fingerprint: string; installationId: string };
    expect(fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    expect(await cli('p', 'offices', 'register', at('o.json'), '--fingerprint', 'ABCD ABCD ABCD ABCD ABCD ABCD ABCD ABCD')).toBe(1);
    expect(lastJson().error?.code).toBe('FINGERPRINT_MISMATCH');
    expect(await cli('p', 'offices', 'register', at('o.json'), '--fingerprint', fingerprint.toLowerCase().replace(/ /g, '-'))).toBe(0);

    expect(await cli('p', 'config', 'export', '--out', at('config.ddpkg'))).toBe(0);
    const province = (lastJson() as { fingerprint: string }).fingerprint;
    expect(await cli('o', 'package', 'export', '--out', at('early.ddpkg'))).toBe(1);
    expect(lastJson().error?.code).toBe('NO_PROVINCE_KEY');
    expect(await cli('o', 'config', 'import', at('config.ddpkg'), '--fingerprint', '0000 0000 0000 0000 0000 0000 0000 0000')).toBe(1);
    expect(lastJson().error?.code).toBe('UNKNOWN_SENDER');
    expect(await cli('o', 'config', 'import', at('config.ddpkg'), '--fingerprint', province)).toBe(0);

    expect(await cli('o', 'package', 'export', '--out', at('1.ddpkg'), '--full')).toBe(0);
    fs.writeFileSync(at('junk.ddpkg'), 'not a package');
    await cli('p', 'stats');
    const before = lastJson();
    expect(await cli('p', 'package', 'import', at('junk.ddpkg'))).toBe(1);
    expect(lastJson().error?.code).toBe('NOT_A_PACKAGE');
    await cli('p', 'stats');
    expect(lastJson()).toEqual(before);

    expect(await cli('p', 'package', 'verify', at('1.ddpkg'))).toBe(0);
    expect(await cli('p', 'package', 'import', at('1.ddpkg'))).toBe(0);
    expect(await cli('p', 'package', 'import', at('1.ddpkg'))).toBe(0);
    expect(lastJson().alreadyImported).toBe(true);
    expect(await cli('p', 'receipt', 'export', '--office', installationId, '--out', at('r.ddpkg'))).toBe(0);
    expect(await cli('o', 'receipt', 'import', at('r.ddpkg'))).toBe(0);
    expect(lastJson().unconfirmed).toEqual([]);

    expect(await cli('p', 'offices', 'revoke', installationId)).toBe(0);
    expect(await cli('o', 'package', 'export', '--out', at('2.ddpkg'))).toBe(0);
    expect(await cli('p', 'package', 'import', at('2.ddpkg'))).toBe(1);
    expect(lastJson().error?.code).toBe('REVOKED_SENDER');
  }, 60_000);

  it('a key backup needs a passphrase and restores the identity on another PC', async () => {
    expect(await cli('a', 'init', '--level', 'commune', '--unit', '05977', '--office', 'Công an phường', '--admin', 'qt')).toBe(0);
    await cli('a', 'keys', 'show');
    const keys = lastJson() as { installationId: string; signing: { fingerprint: string } };
    fs.writeFileSync(at('pass'), 'mật khẩu rất dài\n');
    expect(await cli('a', 'keys', 'export', '--out', at('keys.bin'))).toBe(2);
    expect(await cli('a', 'keys', 'export', '--out', at('keys.bin'), '--passphrase-file', at('pass'))).toBe(0);
    expect(fs.readFileSync(at('keys.bin')).includes(Buffer.from(keys.installationId))).toBe(false);
    expect(await cli('b', 'init', '--level', 'commune', '--unit', '05977', '--office', 'Công an phường', '--admin', 'qt')).toBe(0);
    fs.writeFileSync(at('wrong'), 'sai mật khẩu');
    expect(await cli('b', 'keys', 'import', at('keys.bin'), '--passphrase-file', at('wrong'))).toBe(1);
    expect(lastJson().error?.code).toBe('WRONG_PASSPHRASE');
    expect(await cli('b', 'keys', 'import', at('keys.bin'), '--passphrase-file', at('pass'))).toBe(0);
    expect(lastJson()).toMatchObject({ installationId: keys.installationId, signing: { fingerprint: keys.signing.fingerprint } });
  }, 60_000);
  it('keys rotate: a key-change package signed by the new key, accepted by the office with the typed fingerprint; later packages use the new key', async () => {
    expect(await cli('p', 'init', '--level', 'province', '--unit', '20', '--office', 'Sở Lạng Sơn', '--admin', 'qt')).toBe(0);
    expect(await cli('o', 'init', '--level', 'commune', '--unit', '05977', '--office', 'Phường Đông Kinh', '--admin', 'qt')).toBe(0);
    expect(await cli('o', 'keys', 'rotate', '--out', at('rotate.ddpkg'))).toBe(1);
    expect(lastJson().error?.code).toBe('NOT_PROVINCE');
    expect(await cli('o', 'office-registration', 'export', '--out', at('o.json'))).toBe(0);
    expect(await cli('p', 'offices', 'register', at('o.json'), '--fingerprint', (lastJson() as { fingerprint: string }).fingerprint)).toBe(0);
    expect(await cli('p', 'config', 'export', '--out', at('config.ddpkg'))).toBe(0);
    expect(await cli('o', 'config', 'import', at('config.ddpkg'), '--fingerprint', (lastJson() as { fingerprint: string }).fingerprint)).toBe(0);
    expect(await cli('o', 'package', 'export', '--out', at('old.ddpkg'))).toBe(0);

    expect(await cli('p', 'keys', 'rotate', '--out', at('rotate.ddpkg'))).toBe(0);
    const rotated = lastJson() as { fingerprint: string; previousFingerprint: string };
    expect(rotated.fingerprint).not.toBe(rotated.previousFingerprint);
    // A key change is a re-pin: without the new fingerprint from the province's letter it is refused.
    expect(await cli('o', 'config', 'import', at('rotate.ddpkg'))).toBe(1);
    expect(lastJson().error?.code).toBe('KEY_CHANGE_NEEDS_FINGERPRINT');
    expect(await cli('o', 'config', 'import', at('rotate.ddpkg'), '--fingerprint', rotated.fingerprint)).toBe(0);
    expect(lastJson()).toMatchObject({ keyChanged: true, fingerprint: rotated.fingerprint });
    expect(await cli('o', 'keys', 'show')).toBe(0);
    expect(lastJson()).toMatchObject({ province: { signing: { fingerprint: rotated.fingerprint } } });
    expect(await cli('o', 'package', 'export', '--out', at('new.ddpkg'))).toBe(0);
    for (const file of ['old.ddpkg', 'new.ddpkg']) expect(await cli('p', 'package', 'import', at(file))).toBe(0);
    // Anything naming the old key is a key change now: refused without the fingerprint typed from a letter.
    expect(await cli('o', 'config', 'import', at('config.ddpkg'))).toBe(1);
    expect(lastJson().error?.code).toBe('KEY_CHANGE_NEEDS_FINGERPRINT');

    // The province PC is replaced: its key backup restores the retired receiving key too, so a
    // package sealed before the rotation (resent by the office) still opens on the new PC.
    fs.writeFileSync(at('pass'), 'mật khẩu của tỉnh');
    expect(await cli('p', 'keys', 'export', '--out', at('keys.bin'), '--passphrase-file', at('pass'))).toBe(0);
    expect(await cli('p2', 'init', '--level', 'province', '--unit', '20', '--office', 'Sở Lạng Sơn', '--admin', 'qt')).toBe(0);
    expect(await cli('p2', 'keys', 'import', at('keys.bin'), '--passphrase-file', at('pass'))).toBe(0);
    expect(await cli('o', 'keys', 'show')).toBe(0);
    const officeFingerprint = (lastJson() as { signing: { fingerprint: string } }).signing.fingerprint;
    expect(await cli('p2', 'offices', 'register', at('o.json'), '--fingerprint', officeFingerprint)).toBe(0);
    expect(await cli('p2', 'package', 'import', at('old.ddpkg'))).toBe(0);
    expect(lastJson()).toMatchObject({ ok: true, alreadyImported: false });
  }, 90_000);
});
