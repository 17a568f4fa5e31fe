import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DB_FILE_NAME } from '../../db/open';
import { tempDataDir, rawConnection } from '../../db/testing';
import { runCli } from '../cli';

let dir: string;
let cleanup: () => void;
let out: string[];
beforeEach(() => {
  ({ dir, cleanup } = tempDataDir('dd-cli-audit-'));
  out = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
});

const cli = (...args: string[]) => runCli([...args, '--data-dir', dir]);

describe('audit commands', () => {
  it('verify exits 0 on an intact trail and 1 with AUDIT_BROKEN and the entry once one is deleted', async () => {
    expect(await cli('init', '--level', 'province', '--unit', '20', '--office', 'Sở Y tế Lạng Sơn', '--admin', 'quantri')).toBe(0);
    for (let i = 0; i < 3; i += 1) expect(await cli('businesses', 'export', path.join(dir, `out-${i}.xlsx`))).toBe(0);
    out = [];
    expect(await cli('audit', 'verify', '--json')).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ ok: true, entries: 4, headHash: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown });

    out = [];
    expect(await cli('audit', 'list', '--limit', '2')).toBe(0);
    expect(out.join('\n')).toContain('Xuất danh sách cơ sở ra Excel');
    expect(out.join('\n')).toContain('4 mục');

    const raw = rawConnection(path.join(dir, DB_FILE_NAME));
    raw.exec('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 2');
    raw.close();
    out = [];
    expect(await cli('audit', 'verify', '--json')).toBe(1);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ ok: false, error: { code: 'AUDIT_BROKEN', messageKey: 'audit.verify.deleted', params: { seq: 2 } } });
  });

  it('refuses a bad --limit as a usage error', async () => {
    expect(await cli('audit', 'list', '--limit', 'many')).toBe(2);
  });
});
