import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runtimePath } from './runtime';

const runtimeInstalled = runtimePath() !== null;

describe('npm start without the Electron runtime', () => {
  it.skipIf(runtimeInstalled)('explains what to do and exits 1, without a stack trace', () => {
    // A mirror that refuses connections makes the first-launch fetch fail at once, online or not.
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'launch.ts')], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/', ELECTRON_GET_USE_PROXY: '', ELECTRON_OVERRIDE_DIST_PATH: '' },
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('bộ chạy Electron chưa được cài và không tải được');
    expect(result.stderr).toContain('The Electron runtime is not installed and could not be downloaded');
    expect(result.stderr).toMatch(/Electron 45\.\d+\.\d+ is not downloaded by `npm install`; `npm start` fetches it on first launch/);
    expect(result.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  });
});

describe('finding the Electron runtime (fetched on first launch from Electron 42 on)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-runtime-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.5.0' }));

  it('is absent after `npm ci` (no path.txt, no dist/)', () => {
    expect(runtimePath(dir, {})).toBeNull();
  });

  it('is the executable path.txt names, only when dist/version is the package\'s version', () => {
    fs.mkdirSync(path.join(dir, 'dist'));
    fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
    fs.writeFileSync(path.join(dir, 'dist', 'electron'), '');
    fs.writeFileSync(path.join(dir, 'dist', 'version'), 'v41.7.1');
    expect(runtimePath(dir, {})).toBeNull(); // left from the old Electron: fetched again
    fs.writeFileSync(path.join(dir, 'dist', 'version'), 'v45.5.0');
    expect(runtimePath(dir, {})).toBe(path.join(dir, 'dist', 'electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as the electron package does', () => {
    const unpacked = path.join(dir, 'unpacked');
    fs.mkdirSync(unpacked);
    expect(runtimePath(dir, { ELECTRON_OVERRIDE_DIST_PATH: unpacked })).toBeNull();
    fs.writeFileSync(path.join(unpacked, 'electron'), '');
    expect(runtimePath(dir, { ELECTRON_OVERRIDE_DIST_PATH: unpacked })).toBe(path.join(unpacked, 'electron'));
  });
});
