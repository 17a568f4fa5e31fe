// The child side of the kill harness, bundled with every scenario by harness.ts and run as
// `node child.cjs <scenario> <data dir> <life> <seed>`.
// Each line on stdout is one JSON message, written synchronously so that a line the parent receives
// was complete before the kill; an ack is written only after the write it reports has returned.
import fs from 'node:fs';
import { seededRandom } from './random';
import type { Ack, ChildIo, CrashScenario } from './scenario';

export type ChildMessage = { t: 'ready' } | { t: 'hot' } | { t: 'ack'; v: Ack } | { t: 'done' };

function send(message: ChildMessage): void {
  fs.writeSync(1, JSON.stringify(message) + '\n');
}

async function main(scenarios: Record<string, CrashScenario>): Promise<void> {
  const [name, dataDir, life, seed] = process.argv.slice(2);
  const scenario = name === undefined ? undefined : scenarios[name];
  if (!scenario || !dataDir || life === undefined || seed === undefined) throw new Error('usage: child <scenario> <dataDir> <life> <seed>');
  const io: ChildIo = {
    life: Number(life),
    random: seededRandom(Number(seed)),
    ack: (v) => send({ t: 'ack', v }),
    hot: () => send({ t: 'hot' }),
  };
  send({ t: 'ready' });
  await scenario.act(dataDir, io);
  send({ t: 'done' });
}

export function runChild(scenarios: Record<string, CrashScenario>): void {
  main(scenarios).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
