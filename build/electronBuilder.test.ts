import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../package.json';
import electronPackage from 'electron/package.json';
import { builderConfig, SIGN_CERT_ENV, SIGN_PASSWORD_ENV, signing } from './electronBuilder';

const validate = (config: unknown) => validateConfiguration(config as never, new DebugLogger(false));

/** electron-builder's glob semantics for `files`: includes, then `!` exclusions. */
function packed(patterns: readonly string[], file: string): boolean {
  let included = false;
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) {
      if (path.matchesGlob(file, pattern.slice(1))) included = false;
    } else if (path.matchesGlob(file, pattern)) included = true;
  }
  return included;
}

describe('electron-builder configuration', () => {
  it('passes electron-builder\'s own validation, and a broken one does not', async () => {
    await expect(validate(builderConfig())).resolves.toBeUndefined();
    await expect(validate(builderConfig({ testBuild: true }))).resolves.toBeUndefined();
    await expect(validate(builderConfig({ sign: true }))).resolves.toBeUndefined();
    await expect(validate({ ...builderConfig(), nsis: { oneClick: 'yes' } })).rejects.toThrow(/oneClick/);
  });

  it('locks the release build down with fuses; only the test build keeps the inspector for Playwright', () => {
    const release = builderConfig().electronFuses;
    expect(release).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
    expect(builderConfig({ testBuild: true }).electronFuses).toEqual({ ...release, enableNodeCliInspectArguments: true });
    // Only a test build's package.json lets the packaged app accept debugging switches (electron/main.ts).
    expect(builderConfig().extraMetadata).not.toHaveProperty('districtDeskTestBuild');
    expect(builderConfig({ testBuild: true }).extraMetadata).toMatchObject({ districtDeskTestBuild: true });
  });

  it('packages the supported Electron in package.json (45.x), whatever runtime npm start fetched', () => {
    expect(builderConfig().electronVersion).toBe(electronPackage.version);
    expect(Number(electronPackage.version.split('.')[0])).toBeGreaterThanOrEqual(45);
    expect(packageJson.devDependencies.electron).toMatch(/^\^45\./);
  });

  it('checks asar integrity wherever Electron can: the hash is embedded (Windows, macOS) and the fuses enforce it', () => {
    const config = builderConfig();
    expect(config.asar).toBe(true);
    expect(config.disableAsarIntegrity).toBe(false);
    expect(config.electronFuses).toMatchObject({ enableEmbeddedAsarIntegrityValidation: true, onlyLoadAppFromAsar: true });
    // The Windows targets may not switch resource editing off: the integrity resource is written by it.
    expect(config.win?.signAndEditExecutable).not.toBe(false);
  });

  it('installs per-machine (Program Files) by default on a shared office PC; IT staff may still choose per-user', () => {
    expect(builderConfig().nsis).toMatchObject({ oneClick: false, perMachine: false, selectPerMachineByDefault: true, allowElevation: true });
  });

  it('signs Windows builds with the certificate and password from the environment, never putting the password in the configuration', () => {
    const cert = 'C:\\certs\\district-desk.pfx';
    const env = { [SIGN_CERT_ENV]: cert, [SIGN_PASSWORD_ENV]: 'mat-khau-chung-thu' };
    expect(signing(env, (file) => file === cert)).toEqual({ sign: true, env: { WIN_CSC_LINK: cert, WIN_CSC_KEY_PASSWORD: 'mat-khau-chung-thu' } });
    const signed = builderConfig({ sign: true });
    expect(signed.win).toMatchObject({ signExecutable: true, signtoolOptions: { signingHashAlgorithms: ['sha256'] } });
    expect(JSON.stringify(signed)).not.toContain('mat-khau-chung-thu');
    expect(JSON.stringify(signed)).not.toContain('.pfx');
  });

  it('is documented for IT staff: signing variables, per-machine default and the per-user switch', () => {
    const guide = fs.readFileSync(path.join(__dirname, '..', 'docs', 'IT-GUIDE.md'), 'utf8');
    for (const topic of [SIGN_CERT_ENV, SIGN_PASSWORD_ENV, '/currentuser', 'Program Files']) expect(guide).toContain(topic);
  });

  it('builds unsigned with a printed warning when no certificate is set, and refuses half a configuration', () => {
    const none = signing({}, () => true);
    expect(none).toMatchObject({ sign: false, warning: expect.stringContaining('NOT code-signed') });
    expect(builderConfig({ sign: false }).win).toMatchObject({ signExecutable: false, signtoolOptions: null });
    expect(signing({ [SIGN_CERT_ENV]: 'x.pfx' }, () => true)).toMatchObject({ sign: false, error: expect.stringContaining(SIGN_PASSWORD_ENV) });
    expect(signing({ [SIGN_PASSWORD_ENV]: 'p' }, () => true)).toMatchObject({ sign: false, error: expect.stringContaining(SIGN_CERT_ENV) });
    expect(signing({ [SIGN_CERT_ENV]: 'missing.pfx', [SIGN_PASSWORD_ENV]: 'p' }, () => false)).toMatchObject({ sign: false, error: expect.stringContaining('cannot be read') });
  });

  it('packs the bundles, migrations, renderer with its fonts and messages, and unpacks the SQLite native module', () => {
    const config = builderConfig();
    const files = config.files as string[];
    for (const file of [
      'dist/main.cjs',
      'dist/preload.cjs',
      'dist/cli.cjs',
      'dist/sheet-worker.cjs',
      'dist/package-worker.cjs',
      'dist/migrations/0001_foundation.sql',
      'dist/renderer/index.html',
      'dist/renderer/assets/index-abc123.js', // message files are bundled into the renderer's scripts
      'dist/renderer/assets/tinos-vietnamese-400-normal.woff2',
      'package.json',
    ]) {
      expect(packed(files, file), file).toBe(true);
    }
    expect(packed(files, 'dist/main.cjs.map')).toBe(false);
    expect(packed(files, 'electron/main.ts')).toBe(false);
    expect(config.asar).toBe(true);
    expect((config.asarUnpack as string[]).some((p) => path.matchesGlob('node_modules/better-sqlite3/build/Release/better_sqlite3.node', p))).toBe(true);
    expect(config.npmRebuild).toBe(true);
    expect(config.extraMetadata).toEqual({ main: packageJson.main });
  });

  it('ships only what the bundles load at run time', () => {
    // electron-builder packs `dependencies`; build/bundle.mjs leaves exactly these external.
    // Fonts are read from disk when the CLI prints; playwright-core drives the Chromium it prints with.
    // The scan reader loads pdf.js, @napi-rs/canvas (its prebuilt .node, unpacked by '**/*.node') and jsQR.
    expect(Object.keys(packageJson.dependencies).sort()).toEqual(['@fontsource/tinos', '@napi-rs/canvas', 'better-sqlite3', 'exceljs', 'jsqr', 'pdfjs-dist', 'playwright-core']);
  });

  it('builds Windows NSIS and MSI installers and Linux AppImage and .deb packages, keeping data on uninstall', () => {
    const config = builderConfig();
    expect(config.win?.target).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'msi', arch: ['x64'] },
    ]);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.nsis).toMatchObject({ oneClick: false, deleteAppDataOnUninstall: false, include: 'build/installer.nsh' });
    expect(config.msi).toMatchObject({ perMachine: true });
  });
});
