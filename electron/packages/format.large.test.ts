import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, expect, it } from 'vitest';
import { packageHash, verifyPackageFile, hashPackageFile } from './format';
import { makeParties, seal, type Parties } from './testing';

const MB = 1024 * 1024;

/** A real GC before measuring, so the 100 MB used to make the file is not counted as baseline. */
async function collectGarbage(): Promise<void> {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  if (typeof gc !== 'function') return;
  gc();
  // Buffers' memory is released after the event loop turns; collect again after that.
  await new Promise((resolve) => setTimeout(resolve, 100));
  gc();
}

let dir = '';
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** In its own function so that, once it returns, its 100 MB are unreachable and can be collected. */
async function writeLargePackage(path: string, parties: Parties): Promise<string> {
  const payload = Buffer.alloc(50 * MB);
  for (let i = 0; i < payload.length; i += 4096) payload.writeUInt32BE(i, i);
  const sealed = seal(parties, { kind: 'office-snapshot', payload });
  await writeFile(path, sealed);
  return packageHash(sealed);
}

it('verifies a 50 MB package from disk without holding it in memory', async () => {
  dir = await mkdtemp(join(tmpdir(), 'ddpkg-large-'));
  const path = join(dir, 'large.ddpkg');
  const parties = makeParties();
  const expectedHash = await writeLargePackage(path, parties);
  const afterSealing = process.memoryUsage().rss;
  await collectGarbage();

  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const started = performance.now();
  const withKey = await verifyPackageFile(path, parties.office.publicKey, { maxBytes: 64 * MB, recipientPrivateKey: parties.province.privateKey });
  const verifyMs = performance.now() - started;
  const withoutKey = await verifyPackageFile(path, parties.office.publicKey, { maxBytes: 64 * MB });
  const fileHash = await hashPackageFile(path);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);

  const growthMb = (peak - before) / MB;
  console.log(
    `50 MB package: RSS after sealing ${(afterSealing / MB).toFixed(0)} MB, after GC ${(before / MB).toFixed(0)} MB; ` +
      `full streaming verification ${verifyMs.toFixed(0)} ms, peak RSS growth ${growthMb.toFixed(1)} MB`,
  );
  expect(withKey.header.payloadLength).toBe(50 * MB);
  expect(withoutKey.header.chunkCount).toBe(800);
  expect(fileHash).toBe(expectedHash);
  // Generous: RSS is noisy; the point is that it does not grow by the file's size.
  expect(growthMb).toBeLessThan(150);
  expect(await verifyPackageFile(path, parties.office.publicKey, { maxBytes: 50 * MB }).catch((e: unknown) => e)).toMatchObject({ code: 'TOO_LARGE' });
});
