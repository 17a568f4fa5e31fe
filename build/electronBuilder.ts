// electron-builder configuration: Windows NSIS + MSI (x64), Linux AppImage + .deb.
// `npm run dist` (build/dist.ts) passes it to electron-builder; build/electronBuilder.test.ts validates it
// with electron-builder's own schema and asserts the hardening below.
import type { Configuration } from 'app-builder-lib';
import electronPackage from 'electron/package.json';

export interface BuilderOptions {
  /**
   * A test build keeps Node's inspector arguments so Playwright's Electron support can drive the packaged
   * app (its package.json says `districtDeskTestBuild`, so the app accepts the debugging switches);
   * release builds never do.
   */
  testBuild?: boolean;
  /** Signs the Windows executables and installers (see `signing`); false builds them unsigned. */
  sign?: boolean;
}

/** The code-signing certificate (.pfx) and its password, set by IT staff (docs/IT-GUIDE.md). */
export const SIGN_CERT_ENV = 'DISTRICT_DESK_SIGN_CERT';
export const SIGN_PASSWORD_ENV = 'DISTRICT_DESK_SIGN_PASSWORD';

export type Signing =
  | { sign: true; env: { WIN_CSC_LINK: string; WIN_CSC_KEY_PASSWORD: string } }
  | { sign: false; warning: string }
  | { sign: false; error: string };

/**
 * Signing from the environment: both variables set and the certificate readable, or neither (an
 * unsigned build, with a warning). Half a configuration is an error, never a silent unsigned build.
 * The password reaches electron-builder through its own environment variables, never the
 * configuration (electron-builder writes that to release/builder-effective-config.yaml).
 */
export function signing(env: NodeJS.ProcessEnv, exists: (file: string) => boolean): Signing {
  const cert = env[SIGN_CERT_ENV];
  const password = env[SIGN_PASSWORD_ENV];
  if (!cert && !password) {
    return {
      sign: false,
      warning: `Cảnh báo: bộ cài không được ký số (chưa đặt ${SIGN_CERT_ENV} và ${SIGN_PASSWORD_ENV}); Windows sẽ cảnh báo khi cài. / Warning: the installers are NOT code-signed (${SIGN_CERT_ENV} and ${SIGN_PASSWORD_ENV} are not set); Windows will warn when installing.`,
    };
  }
  if (!cert || !password) return { sign: false, error: `Set both ${SIGN_CERT_ENV} (the .pfx certificate file) and ${SIGN_PASSWORD_ENV}, or neither for an unsigned build.` };
  if (!exists(cert)) return { sign: false, error: `${SIGN_CERT_ENV} names ${cert}, which cannot be read.` };
  return { sign: true, env: { WIN_CSC_LINK: cert, WIN_CSC_KEY_PASSWORD: password } };
}

export function builderConfig({ testBuild = false, sign = false }: BuilderOptions = {}): Configuration {
  return {
    appId: 'vn.gov.phongchongmaidam.districtdesk',
    productName: 'District Desk',
    executableName: 'district-desk',
    copyright: 'District Desk - Phần mềm quản lý công tác phòng, chống mại dâm',
    directories: { output: 'release', buildResources: 'build/resources' },
    // Only the bundles: main/preload/CLI/workers, the renderer (fonts and message files are bundled into it)
    // and the SQL migrations. node_modules holds just `dependencies` (what the bundles leave external).
    files: ['dist/**/*', '!dist/**/*.map', 'package.json'],
    extraMetadata: testBuild ? { main: 'dist/main.cjs', districtDeskTestBuild: true } : { main: 'dist/main.cjs' },
    // The Electron packaged is the one in package.json (45.x, a supported major); electron-builder
    // downloads its own copy for each target, so the lazily fetched runtime of `npm start` is not needed.
    electronVersion: electronPackage.version,
    asar: true,
    // The archive's hash is embedded in the executable (Windows resources; macOS Info.plist) and checked at
    // every start by the enableEmbeddedAsarIntegrityValidation fuse. Electron supports this on Windows and
    // macOS; Linux has no asar integrity check (onlyLoadAppFromAsar still applies there).
    disableAsarIntegrity: false,
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
      // Signed with the certificate from the environment (build/dist.ts passes it); else unsigned, with a warning.
      signExecutable: sign,
      signtoolOptions: sign ? { signingHashAlgorithms: ['sha256'], rfc3161TimeStampServer: 'http://timestamp.digicert.com' } : null,
    },
    nsis: {
      // Assisted installer for a shared office PC: per-machine (Program Files, needs an administrator) is
      // chosen on the install-mode page and is the default of a silent install; IT staff may choose
      // "only for me" there, or /currentuser when silent.
      oneClick: false,
      perMachine: false,
      selectPerMachineByDefault: true,
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
