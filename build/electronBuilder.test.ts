import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../package.json';
import { builderConfig } from './electronBuilder';

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
    expect(Object.keys(packageJson.dependencies).sort()).toEqual(['@fontsource/tinos', 'better-sqlite3', 'exceljs', 'playwright-core']);
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
