// The bench's figures as data: every run writes them to bench/last-run.json; bench/baseline.json keeps
// the ratios of a run on a quiet machine (absolute times differ between machines, ratios to the raw
// engine in the same run do not), and `npm run bench -- --compare` flags a ratio more than 25% worse.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Figure {
  /** Stable key, e.g. `search.20k.vs_fts`. */
  key: string;
  label: string;
  value: number;
  unit: 'ms' | 's' | 'x';
  /** The load average (1 minute) when the figure was taken: the machine is shared. */
  load: number;
}

export interface BenchRun {
  at: string;
  node: string;
  cpus: number;
  figures: Figure[];
}

export interface BaselineFile {
  note: string;
  at: string;
  load: number;
  /** Ratios only (unit 'x'): lower is better for every one. */
  ratios: Record<string, number>;
}

export const BENCH_DIR = path.join(__dirname, '..', '..', 'bench');
export const LAST_RUN_FILE = path.join(BENCH_DIR, 'last-run.json');
export const BASELINE_FILE = path.join(BENCH_DIR, 'baseline.json');
/** A ratio this much above its baseline (25%) is a regression. */
export const WORSE_BY = 0.25;

const figures: Figure[] = [];

export function record(key: string, label: string, value: number, unit: Figure['unit']): number {
  figures.push({ key, label, value, unit, load: Number(os.loadavg()[0]?.toFixed(2)) });
  return value;
}

export function currentRun(): BenchRun {
  return { at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, figures: [...figures] };
}

export function writeRun(run: BenchRun, file = LAST_RUN_FILE): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(run, null, 2)}\n`);
}

export function baselineFrom(run: BenchRun, note: string): BaselineFile {
  const ratios: Record<string, number> = {};
  for (const f of run.figures) if (f.unit === 'x') ratios[f.key] = Number(f.value.toFixed(3));
  const loads = run.figures.map((f) => f.load);
  return { note, at: run.at, load: loads.length ? Math.max(...loads) : 0, ratios };
}

export interface Comparison {
  key: string;
  baseline: number | null;
  current: number | null;
  /** current / baseline - 1 (0.3: 30% worse); null when either side is missing. */
  change: number | null;
  regressed: boolean;
}

/** Each ratio of the baseline and of this run side by side; lower is better, so a rise beyond WORSE_BY is flagged. */
export function compareRatios(baseline: Record<string, number>, run: BenchRun): Comparison[] {
  const current = new Map(run.figures.filter((f) => f.unit === 'x').map((f) => [f.key, f.value]));
  const keys = [...new Set([...Object.keys(baseline), ...current.keys()])].sort();
  return keys.map((key) => {
    const before = baseline[key] ?? null;
    const now = current.get(key) ?? null;
    const change = before !== null && now !== null && before > 0 ? now / before - 1 : null;
    return { key, baseline: before, current: now, change, regressed: change !== null && change > WORSE_BY };
  });
}

export function printComparison(rows: Comparison[]): number {
  console.log('\nRatios against bench/baseline.json (lower is better; flagged when more than 25% worse)');
  const fmt = (v: number | null) => (v === null ? '-' : `${v.toFixed(2)}x`);
  for (const r of rows) {
    const change = r.change === null ? (r.current === null ? 'not measured' : 'new') : `${r.change >= 0 ? '+' : ''}${(r.change * 100).toFixed(0)}%`;
    console.log(`${r.key.padEnd(44)} ${fmt(r.baseline).padStart(9)} -> ${fmt(r.current).padStart(9)}  ${change.padStart(12)}${r.regressed ? '   WORSE' : ''}`);
  }
  const worse = rows.filter((r) => r.regressed).length;
  console.log(worse ? `\n${worse} ratio(s) more than 25% worse than the baseline` : '\nno ratio more than 25% worse than the baseline');
  return worse;
}
