// electron-builder configuration: Windows NSIS + MSI (x64), Linux AppImage + .deb.
// `npm run dist` (build/dist.ts) passes it to electron-builder; build/electronBuilder.test.ts validates it
// with electron-builder's own schema and asserts the hardening below.
import type { Configuration } from 'app-builder-lib';

export interface BuilderOptions {
  /**
   * A test build keeps Node's inspector arguments so Playwright's Electron support can drive the packaged
   * app; release builds never do.
   */
  testBuild?: boolean;
}

export function builderConfig({ testBuild = false }: BuilderOptions = {}): Configuration {
  return {
    appId: 'vn.gov.phongchongmaidam.districtdesk',
    productName: 'District Desk',
    executableName: 'district-desk',
    copyright: 'District Desk - Phần mềm quản lý công tác phòng, chống mại dâm',
    directories: { output: 'release', buildResources: 'build/resources' },
    // Only the bundles: main/preload/CLI/workers, the renderer (fonts and message files are bundled into it)
    // and the SQL migrations. node_modules holds just `dependencies` (what the bundles leave external).
    files: ['dist/**/*', '!dist/**/*.map', 'package.json'],
    extraMetadata: { main: 'dist/main.cjs' },
    asar: true,
    // Native modules cannot be loaded from inside the archive.
    asarUnpack: ['**/*.node'],
    // electron-builder rebuilds better-sqlite3 for Electron's ABI in the packaging step only; `npm test`
    // keeps the Node build in node_modules.
    npmRebuild: true,
    buildDependenciesFromSource: false,
    electronFuses: {
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: testBuild,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    },
    win: {
      target: [
        { target: 'nsis', arch: ['x64'] },
        { target: 'msi', arch: ['x64'] },
      ],
      icon: 'build/resources/icon.png',
      artifactName: 'DistrictDesk-${version}-${arch}-setup.${ext}',
    },
    nsis: {
      // Assisted installer: per-user by default, per-machine with /allusers or on the install-mode page.
      oneClick: false,
      perMachine: false,
      allowElevation: true,
      allowToChangeInstallationDirectory: true,
      // The office's data is kept on uninstall; build/installer.nsh asks (never in a silent uninstall).
      deleteAppDataOnUninstall: false,
      include: 'build/installer.nsh',
      shortcutName: 'District Desk',
      uninstallDisplayName: 'District Desk',
      artifactName: 'DistrictDesk-${version}-setup.${ext}',
    },
    msi: {
      // For deployment by group policy: always per-machine, no UI.
      oneClick: true,
      perMachine: true,
      upgradeCode: '5b0f5a1e-7c0e-4f47-9f5e-8d7f4c2a9b13',
      artifactName: 'DistrictDesk-${version}.${ext}',
    },
    linux: {
      target: ['AppImage', 'deb'],
      category: 'Office',
      icon: 'build/resources/icon.png',
      maintainer: 'District Desk <it@district-desk.local>',
      synopsis: 'Quản lý công tác phòng, chống mại dâm cấp huyện, xã',
      executableName: 'district-desk',
    },
    deb: { priority: 'optional' },
  };
}
