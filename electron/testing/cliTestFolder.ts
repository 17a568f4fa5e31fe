import { afterEach, beforeEach, vi } from 'vitest';
import { tempDataDir } from '../../db/testing';

/**
 * For CLI tests: a fresh temporary folder per test and what the CLI printed to stdout/stderr
 * (cleared before each test; clear it mid-test with `out.length = 0`).
 */
export function cliTestFolder(prefix: string) {
  const state = { dir: '', out: [] as string[], err: [] as string[] };
  let cleanup = () => {};
  beforeEach(() => {
    ({ dir: state.dir, cleanup } = tempDataDir(prefix));
    state.out.length = 0;
    state.err.length = 0;
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void state.out.push(a.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void state.err.push(a.join(' ')));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    cleanup();
  });
  return state;
}
