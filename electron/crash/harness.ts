import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import type { ChildMessage } from './child';
import { deriveSeed, randomInt, seededRandom } from './random';
import { SHEET_WORKER_BUNDLE_NAME } from '../businesses/sheetJob';
import { PACKAGE_WORKER_BUNDLE_NAME } from '../packages/packageJob';
import { MIGRATIONS_DIR } from '../../db/migrate';
import type { Ack, CrashScenario } from './scenario';

const ROOT = path.resolve(__dirname, '../..');
/** A life that neither dies nor finishes in this long is a hang, reported as a failure. */
const LIFE_TIMEOUT_MS = 60_000;

/**
 * Bundles the child with every scenario (as the app's own build does: migrations and the sheet
 * and package workers beside it). A bundled child starts in a third of the time of one compiled by tsx on the
 * fly, which is most of a life's cost. Returns the path to run.
 */
export async function buildChild(outDir: string, scenarioFiles: readonly string[]): Promise<string> {
  const imports = scenarioFiles.map((file, i) => `import { scenario as s${i} } from ${JSON.stringify(file)};`);
  const registry = scenarioFiles.map((file, i) => `${JSON.stringify(scenarioKey(file))}: s${i}`);
  return bundleChild(outDir, 'crash-child', `${imports.join('\n')}\nimport { runChild } from './child';\nrunChild({ ${registry.join(', ')} });\n`);
}

/**
 * Bundles a child process's entry (source text resolved from this folder) to `<outDir>/<name>.cjs`,
 * with what the app's own build puts beside it: the migrations and the sheet and package workers.
 */
export async function bundleChild(outDir: string, name: string, entry: string): Promise<string> {
  const common: BuildOptions = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    external: ['better-sqlite3', 'exceljs', 'electron'],
  };
  const outfile = path.join(outDir, `${name}.cjs`);
  await Promise.all([
    build({ ...common, stdin: { contents: entry, resolveDir: __dirname, sourcefile: `${name}-entry.ts`, loader: 'ts' }, outfile }),
    build({ ...common, entryPoints: [path.join(ROOT, 'electron/businesses/sheetWorker.ts')], outfile: path.join(outDir, SHEET_WORKER_BUNDLE_NAME) }),
    build({ ...common, entryPoints: [path.join(ROOT, 'electron/packages/packageWorker.ts')], outfile: path.join(outDir, PACKAGE_WORKER_BUNDLE_NAME) }),
  ]);
  fs.cpSync(MIGRATIONS_DIR, path.join(outDir, 'migrations'), { recursive: true });
  return outfile;
}

/** A scenario's name on the child's command line: its file's. */
export function scenarioKey(file: string): string {
  return path.basename(file, '.ts');
}

export interface HarnessOptions {
  /** From buildChild. */
  child: string;
  dataDir: string;
  lives: number;
  seed: number;
}

export interface HarnessReport {
  lives: number;
  /** Lives ended by SIGKILL (the others finished their writes first). */
  killed: number;
  acks: number;
  /** Lives after which an acknowledged write was missing or half-applied. */
  lost: number;
  /** Lives after which the folder failed integrity_check, foreign_key_check or the search index. */
  integrityFailures: number;
  /** Each failed check, with the seed that replays it. */
  failures: string[];
}

const INTEGRITY = /integrity_check|foreign_key_check|SQLITE_CORRUPT|malformed|not a database/i;

interface Life {
  acks: Ack[];
  killed: boolean;
}

/** The settings that replay a failure: printed with every one. */
export function replayHint(scenario: string, seed: number, life: number): string {
  return `crash scenario "${scenario}" failed in life ${life}; replay with CRASH_SEED=${seed}`;
}

/**
 * Runs `scenario` for `lives` lives in one data folder: each life a child writing until it is
 * SIGKILLed at a random moment shortly after one of its writes begins, then the checks.
 */
export async function runScenario(scenario: CrashScenario, key: string, options: HarnessOptions): Promise<HarnessReport> {
  const random = seededRandom(deriveSeed(options.seed, scenario.name));
  const acks: Ack[] = [];
  let killed = 0;
  let lost = 0;
  let integrityFailures = 0;
  const failures: string[] = [];
  const describe = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));
  for (let life = 0; life < options.lives; life += 1) {
    let result: Life;
    try {
      await scenario.prepare?.(options.dataDir, life);
      const plan = { afterHots: randomInt(random, 1, scenario.maxHots), delayMs: randomInt(random, 0, scenario.killWindowMs) };
      result = await runLife(options.child, key, options.dataDir, life, Math.floor(random() * 2 ** 32), plan);
    } catch (error) {
      throw new Error(`${replayHint(scenario.name, options.seed, life)}\n${describe(error)}`);
    }
    acks.push(...result.acks);
    if (result.killed) killed += 1;
    try {
      await scenario.verify({ dataDir: options.dataDir, life, acks, lifeAcks: result.acks, killed: result.killed });
    } catch (error) {
      // Counted, and the lives go on: the bench prints how many of its kills lost something.
      const text = describe(error);
      if (INTEGRITY.test(text)) integrityFailures += 1;
      else lost += 1;
      failures.push(`${replayHint(scenario.name, options.seed, life)}\n${text}`);
    }
  }
  return { lives: options.lives, killed, acks: acks.length, lost, integrityFailures, failures };
}

function runLife(
  bundle: string,
  key: string,
  dataDir: string,
  life: number,
  seed: number,
  plan: { afterHots: number; delayMs: number },
): Promise<Life> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, key, dataDir, String(life), String(seed)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      // The bundle lives in a temporary folder; better-sqlite3 and exceljs stay in the project's node_modules.
      env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') },
    });
    const started = performance.now();
    const acks: Ack[] = [];
    let killed = false;
    let hots = 0;
    let pending = '';
    let stderr = '';
    const kill = () => {
      killed = child.kill('SIGKILL') || killed;
    };
    const hang = setTimeout(() => {
      kill();
      reject(new Error(`child hung for ${LIFE_TIMEOUT_MS} ms\n${stderr}`));
    }, LIFE_TIMEOUT_MS);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const message = JSON.parse(line) as ChildMessage;
        if (process.env.CRASH_DEBUG) console.log(`[crash] life ${life} +${Math.round(performance.now() - started)} ms ${message.t}`);
        if (message.t === 'ack') acks.push(message.v);
        if (message.t === 'hot' && ++hots === plan.afterHots) setTimeout(kill, plan.delayMs);
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(hang);
      // A line cut short by the kill was never sent whole: not an ack.
      if (signal === 'SIGKILL') resolve({ acks, killed: true });
      else if (code === 0) resolve({ acks, killed });
      else reject(new Error(`child failed (exit ${code}, ${signal})\n${stderr}`));
    });
  });
}
