import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const runtimeInstalled = fs.existsSync(path.join(__dirname, '..', '..', 'node_modules', 'electron', 'path.txt'));

describe('npm start without the Electron runtime', () => {
  it.skipIf(runtimeInstalled)('explains what to do and exits 1, without a stack trace', () => {
    // A mirror that refuses connections makes the download fail at once, online or not.
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'launch.ts')], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/', ELECTRON_GET_USE_PROXY: '' },
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('bộ chạy Electron chưa được cài và không tải được');
    expect(result.stderr).toContain('The Electron runtime is not installed and could not be downloaded');
    expect(result.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  });
});
