import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { probeUrl } from './dist';

describe('npm run dist', () => {
  it('stops with a message saying what is missing when Electron cannot be downloaded', () => {
    const root = path.resolve(__dirname, '..');
    // Port 9 on loopback refuses connections: the same answer an offline office PC gets.
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'build/dist.ts'], {
      cwd: root,
      env: { ...process.env, DISTRICT_DESK_DIST_PROBE_URL: 'http://127.0.0.1:9/SHASUMS256.txt' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Không tạo được bộ cài đặt');
    expect(result.stderr).toContain('needs internet');
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('looks for Electron on the mirror IT staff configure', () => {
    expect(probeUrl({ ELECTRON_MIRROR: 'https://mirror.local/electron/' })).toMatch(/^https:\/\/mirror\.local\/electron\/v\d+\.\d+\.\d+\/SHASUMS256\.txt$/);
  });
});
