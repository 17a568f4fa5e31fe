import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDataDir } from '../../db/testing';
import { buildChild, runScenario, scenarioKey } from './harness';
import { loadScenario, scenarioFiles } from './scenario';

/*
 * The kill harness: every scenario in ./scenarios is run for CRASH_ITERATIONS lives (default 8),
 * each life SIGKILLed at a random moment, the folder checked after each. A failure names its seed;
 * CRASH_SEED=<seed> replays it, CRASH_ITERATIONS=200 runs a longer soak, CRASH_ONLY=<file name> one scenario.
 */
const LIVES = Number(process.env.CRASH_ITERATIONS ?? 8);
const SEED = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
const FILES = scenarioFiles().filter((file) => !process.env.CRASH_ONLY || scenarioKey(file) === process.env.CRASH_ONLY);

let child = '';
const build = tempDataDir('dd-crash-child-');
const priority = os.getPriority();
beforeAll(async () => {
  // The whole harness (this worker, and the children it spawns, which inherit it) yields the CPU to the
  // other test files, some of which time themselves: on a 2-core machine it just takes longer.
  os.setPriority(Math.max(priority, 10));
  child = await buildChild(build.dir, FILES);
}, 60_000);
afterAll(() => {
  build.cleanup();
  try {
    os.setPriority(priority);
  } catch {
    // Only a privileged process may raise its priority again; an unprivileged worker ends niced.
  }
});

describe(`crash safety (seed ${SEED}, ${LIVES} lives per scenario)`, () => {
  it.each(FILES.map((file) => [scenarioKey(file), file]))(
    '%s: every acknowledged write survives SIGKILL, nothing half-applied',
    async (key, file) => {
      const scenario = await loadScenario(file);
      const { dir, cleanup } = tempDataDir('dd-crash-');
      try {
        const report = await runScenario(scenario, key, { child, dataDir: dir, lives: LIVES, seed: SEED });
        console.log(
          `[crash] ${scenario.name}: ${report.lives} lives, ${report.killed} kills, ${report.acks} acknowledged writes, ${report.lost} lost, ${report.integrityFailures} integrity failures (seed ${SEED})`,
        );
        expect(report.failures).toEqual([]);
        expect(report.lives).toBe(LIVES);
      } finally {
        cleanup();
      }
    },
    // 1-3 s per life on an idle 2-core machine, several times that when it is shared; soaks scale with CRASH_ITERATIONS.
    30_000 + LIVES * 12_000,
  );
});
