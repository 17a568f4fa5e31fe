// Sign-in figures: the cost of a password check, and that an unknown name costs the same as a known one.
import { performance } from 'node:perf_hooks';
import { TestApp, TEST_OFFICE } from '../testing/factories';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function timed(app: TestApp, name: string, password: string): Promise<number> {
  const start = performance.now();
  await app.call('session.signIn', { name, password });
  return performance.now() - start;
}

export async function benchSignIn(): Promise<void> {
  const app = await TestApp.withOffice({ validateOutput: false });
  try {
    await app.ok('session.signOut', {});
    const known: number[] = [];
    const wrong: number[] = [];
    const unknown: number[] = [];
    // Four tries per name stay under the wrong-password limit, so every one is a real check.
    for (let round = 0; round < 4; round++) {
      known.push(await timed(app, TEST_OFFICE.adminName, TEST_OFFICE.password));
      await app.ok('session.signOut', {});
      wrong.push(await timed(app, TEST_OFFICE.adminName, 'sai-mat-khau'));
      unknown.push(await timed(app, `Không Có Ai ${round}`, 'sai-mat-khau'));
    }
    const row = (label: string, ms: number, target: string) =>
      console.log(`${label.padEnd(58)} ${`${ms.toFixed(0)} ms`.padStart(12)}   (target ${target})`);
    row('sign-in, right password (median of 4)', median(known), 'under 1 s');
    row('sign-in, wrong password for a known name (median of 4)', median(wrong), 'same as right');
    row('sign-in, unknown name (median of 4)', median(unknown), 'same as known');
  } finally {
    app.close();
  }
}
