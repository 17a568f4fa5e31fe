// The kill harness as a soak: every crash scenario for CRASH_ITERATIONS lives (default 60: 300 kills
// over the five scenarios), printing the kills, what was lost and the integrity failures.
import fs from 'node:fs';
import path from 'node:path';
import { tempDataDir } from '../../db/testing';
import { buildChild, runScenario, scenarioKey } from '../crash/harness';
import { loadScenario, scenarioFiles } from '../crash/scenario';

export async function benchCrash(line: (label: string, value: string, target: string) => void): Promise<void> {
  const lives = Number(process.env.CRASH_ITERATIONS ?? 60);
  const seed = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
  const files = scenarioFiles();
  const build = tempDataDir('dd-bench-crash-');
  let kills = 0;
  let lost = 0;
  let integrity = 0;
  try {
    const child = await buildChild(build.dir, files);
    for (const file of files) {
      const scenario = await loadScenario(file);
      const dir = path.join(build.dir, scenarioKey(file));
      fs.mkdirSync(dir);
      const report = await runScenario(scenario, scenarioKey(file), { child, dataDir: dir, lives, seed });
      kills += report.killed;
      lost += report.lost;
      integrity += report.integrityFailures;
      line(`crash ${scenario.name}: kills / lost / integrity failures`, `${report.killed} / ${report.lost} / ${report.integrityFailures}`, '0 lost, 0 failures');
      for (const failure of report.failures) console.log(failure);
    }
  } finally {
    build.cleanup();
  }
  line(`crash, all scenarios (seed ${seed}): kills / lost / integrity failures`, `${kills} / ${lost} / ${integrity}`, '300+ kills, 0 lost');
}
