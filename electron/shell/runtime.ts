// Finding and preparing the Electron runtime from plain Node (for `npm start` and the Electron e2e
// run). Never requires the `electron` module itself: without the runtime that throws.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(__dirname, '..', '..');
export const electronDir = path.join(root, 'node_modules', 'electron');

export function runtimePath(): string | null {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const executable = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(executable) ? executable : null;
}

export function installRuntime(): string | null {
  const installer = path.join(electronDir, 'install.js');
  if (!fs.existsSync(installer)) return null;
  console.log('Đang tải bộ chạy Electron lần đầu (cần Internet)... / Downloading the Electron runtime once...');
  const result = spawnSync(process.execPath, [installer], { cwd: electronDir, stdio: ['ignore', 'ignore', 'pipe'] });
  return result.status === 0 ? runtimePath() : null;
}

/**
 * better-sqlite3 in node_modules is built for Node (tests use it). Electron needs one built for its
 * own ABI: fetch Electron's prebuilt binary (or compile against Electron's headers) into a cache
 * folder once, and hand its path to the app, leaving the Node build untouched.
 */
export function electronSqliteBinding(): string | null {
  const electronVersion = (JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')) as { version: string }).version;
  const cacheDir = path.join(root, 'node_modules', '.cache', 'district-desk', `better-sqlite3-electron-${electronVersion}-${process.platform}-${process.arch}`);
  const binding = path.join(cacheDir, 'build', 'Release', 'better_sqlite3.node');
  if (fs.existsSync(binding)) return binding;
  console.log('Đang chuẩn bị SQLite cho Electron (một lần)... / Preparing SQLite for Electron (once)...');
  fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.cpSync(path.join(root, 'node_modules', 'better-sqlite3'), cacheDir, {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}build${path.sep}`),
  });
  const target = ['--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`];
  const prebuilt = spawnSync(process.execPath, [path.join(root, 'node_modules', 'prebuild-install', 'bin.js'), ...target], {
    cwd: cacheDir,
    stdio: 'inherit',
  });
  if (prebuilt.status !== 0) {
    // npm ships node-gyp; npm_execpath points at npm's CLI when run through an npm script.
    const npmDir = process.env.npm_execpath ? path.join(path.dirname(process.env.npm_execpath), '..') : path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm');
    const nodeGyp = path.join(npmDir, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    spawnSync(process.execPath, [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers'], {
      cwd: cacheDir,
      stdio: 'inherit',
    });
  }
  return fs.existsSync(binding) ? binding : null;
}

