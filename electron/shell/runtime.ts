// Finding and preparing the Electron runtime from plain Node (for `npm start` and the Electron e2e
// run). Never requires the `electron` module itself: without the runtime that throws.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(__dirname, '..', '..');
export const electronDir = path.join(root, 'node_modules', 'electron');

export function electronVersion(dir: string = electronDir): string {
  return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * The Electron executable, or null when it has not been fetched yet. From Electron 42 on, `npm ci`
 * downloads nothing (the package has no install script): the runtime is fetched on first use into
 * node_modules/electron/dist, with path.txt naming the executable and dist/version its version.
 * A runtime left from another Electron version does not count. ELECTRON_OVERRIDE_DIST_PATH (a folder
 * holding an unpacked Electron) is honoured as the `electron` package itself honours it.
 */
export function runtimePath(dir: string = electronDir, env: NodeJS.ProcessEnv = process.env): string | null {
  const pathFile = path.join(dir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const executable = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || (process.platform === 'win32' ? 'electron.exe' : 'electron'));
    return fs.existsSync(executable) ? executable : null;
  }
  if (!relative) return null;
  const versionFile = path.join(dir, 'dist', 'version');
  if (!fs.existsSync(versionFile) || fs.readFileSync(versionFile, 'utf8').trim().replace(/^v/, '') !== electronVersion(dir)) return null;
  const executable = path.join(dir, 'dist', relative);
  return fs.existsSync(executable) ? executable : null;
}

/** How long the first fetch of the runtime (about 100 MB) may take before `npm start` gives up. */
const INSTALL_TIMEOUT_MS = 15 * 60 * 1000;

/**
 * Fetches the runtime the way Electron 42+ does lazily: its `install-electron` script
 * (node_modules/electron/install.js, honouring ELECTRON_MIRROR and the cache). Never `require('electron')`:
 * that also downloads, but throws with a stack trace when it cannot.
 */
export function installRuntime(dir: string = electronDir): string | null {
  const installer = path.join(dir, 'install.js');
  if (!fs.existsSync(installer)) return null;
  console.log(`Đang tải bộ chạy Electron ${electronVersion(dir)} lần đầu (cần Internet)... / Fetching the Electron ${electronVersion(dir)} runtime (first launch)...`);
  const result = spawnSync(process.execPath, [installer], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], timeout: INSTALL_TIMEOUT_MS });
  return result.status === 0 ? runtimePath(dir) : null;
}

/** The SQLite build for Electron's ABI if `npm start` (or the e2e setup) prepared it already; never builds. */
export function preparedElectronSqliteBinding(): string | null {
  const binding = sqliteBindingPath();
  return fs.existsSync(binding) ? binding : null;
}

/** Named after the SQLCipher build (better-sqlite3-multiple-ciphers): a cached plain build from before is never reused. */
function sqliteCacheDir(): string {
  return path.join(root, 'node_modules', '.cache', 'district-desk', `better-sqlite3-multiple-ciphers-electron-${electronVersion()}-${process.platform}-${process.arch}`);
}

function sqliteBindingPath(): string {
  return path.join(sqliteCacheDir(), 'build', 'Release', 'better_sqlite3.node');
}

/**
 * better-sqlite3 in node_modules is built for Node (tests use it). Electron needs one built for its
 * own ABI: fetch Electron's prebuilt binary (or compile against Electron's headers) into a cache
 * folder once, and hand its path to the app, leaving the Node build untouched.
 */
export function electronSqliteBinding(): string | null {
  const version = electronVersion();
  const cacheDir = sqliteCacheDir();
  const binding = sqliteBindingPath();
  if (fs.existsSync(binding)) return binding;
  console.log('Đang chuẩn bị SQLite cho Electron (một lần)... / Preparing SQLite for Electron (once)...');
  fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.cpSync(path.join(root, 'node_modules', 'better-sqlite3'), cacheDir, {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}build${path.sep}`),
  });
  const target = ['--runtime=electron', `--target=${version}`, `--arch=${process.arch}`];
  const prebuilt = spawnSync(process.execPath, [path.join(root, 'node_modules', 'prebuild-install', 'bin.js'), ...target], {
    cwd: cacheDir,
    stdio: 'inherit',
  });
  if (prebuilt.status !== 0) {
    // npm ships node-gyp; npm_execpath points at npm's CLI when run through an npm script.
    const npmDir = process.env.npm_execpath ? path.join(path.dirname(process.env.npm_execpath), '..') : path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm');
    const nodeGyp = path.join(npmDir, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    spawnSync(process.execPath, [nodeGyp, 'rebuild', '--release', `--target=${version}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers'], {
      cwd: cacheDir,
      stdio: 'inherit',
    });
  }
  return fs.existsSync(binding) ? binding : null;
}

