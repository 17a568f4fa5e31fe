import { describe, expect, it } from 'vitest';
import { baselineFrom, compareRatios, type BenchRun } from './figures';

const run = (figures: [string, number, 'x' | 'ms'][]): BenchRun => ({
  at: '2026-12-02T05:00:00.000Z',
  node: 'v20',
  cpus: 2,
  figures: figures.map(([key, value, unit]) => ({ key, label: key, value, unit, load: 0.5 })),
});

describe('bench baseline', () => {
  it('keeps only the ratios of a run, not its absolute times', () => {
    const baseline = baselineFrom(run([['search.vs_fts', 1.23456, 'x'], ['search.ms', 4.2, 'ms']]), 'note');
    expect(baseline.ratios).toEqual({ 'search.vs_fts': 1.235 });
    expect(baseline.load).toBe(0.5);
  });

  it('flags a ratio more than 25% worse than its baseline, never a better or a slightly worse one', () => {
    const rows = compareRatios(
      { better: 2, same: 1, slightly: 1, worse: 1, gone: 1 },
      run([['better', 1.5, 'x'], ['same', 1, 'x'], ['slightly', 1.25, 'x'], ['worse', 1.26, 'x'], ['fresh', 3, 'x'], ['time', 99, 'ms']]),
    );
    expect(Object.fromEntries(rows.map((r) => [r.key, r.regressed]))).toEqual({ better: false, fresh: false, gone: false, same: false, slightly: false, worse: true });
    expect(rows.find((r) => r.key === 'gone')).toMatchObject({ current: null, change: null });
    expect(rows.find((r) => r.key === 'fresh')).toMatchObject({ baseline: null, change: null });
  });
});
