import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { bundleChild } from './harness';

/*
 * Kill points in the manner of SQLite's crash tests: an operation is first traced to count its file
 * operations that make a state durable or visible (fsync, fdatasync, rename, unlink), then run again
 * once per operation with strace's fault injection killing it (SIGKILL, before the call takes
 * effect) at that call. After each kill the caller runs the app's start-up and checks the data.
 */
export const KILL_SYSCALLS = ['fsync', 'fdatasync', 'rename', 'renameat', 'renameat2', 'unlink', 'unlinkat'] as const;
type KillSyscall = (typeof KILL_SYSCALLS)[number];

const ROOT = path.resolve(__dirname, '../..');

export function straceAvailable(): boolean {
  return spawnSync('strace', ['-V']).status === 0;
}

/** The children: backup-module operations, and the app's handlers (package import). */
export async function buildKillPointChildren(outDir: string): Promise<{ backup: string; app: string }> {
  const backup = await bundleChild(outDir, 'kill-point-child', "import './killPointChild';\n");
  const app = await bundleChild(outDir, 'kill-point-app-child', "import './killPointAppChild';\n");
  return { backup, app };
}

export interface KillPoint {
  syscall: KillSyscall;
  /** The Nth call of that syscall (strace counts per thread: the first thread to reach N is killed). */
  when: number;
}

function run(child: string, args: readonly string[], strace: readonly string[]) {
  return spawnSync('strace', ['-f', '-qq', ...strace, process.execPath, child, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') },
    timeout: 60_000,
  });
}

/** Runs the operation once to completion, counting its calls of each kill syscall: the kill points. */
export function killPoints(child: string, args: readonly string[]): KillPoint[] {
  const log = path.join(path.dirname(child), `trace-${process.pid}-${Date.now()}.txt`);
  try {
    const result = run(child, args, ['-o', log, '-e', `trace=${KILL_SYSCALLS.join(',')}`]);
    if (result.status !== 0) throw new Error(`the operation failed untouched (exit ${result.status}): ${result.stderr}`);
    const counts = new Map<KillSyscall, number>();
    for (const line of fs.readFileSync(log, 'utf8').split('\n')) {
      const match = /^\d+\s+(\w+)\(/.exec(line);
      const name = match?.[1] as KillSyscall | undefined;
      if (name && (KILL_SYSCALLS as readonly string[]).includes(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    return [...counts].flatMap(([syscall, count]) => Array.from({ length: count }, (_, i) => ({ syscall, when: i + 1 })));
  } finally {
    fs.rmSync(log, { force: true });
  }
}

/**
 * Runs the operation killed at `point`; resolves true when the kill landed (the operation may finish
 * first when another thread reached the count). Asynchronous, so that runs go two at a time.
 */
export function runKilledAt(child: string, args: readonly string[], point: KillPoint): Promise<boolean> {
  const strace = ['-o', '/dev/null', '-e', `trace=${point.syscall}`, '-e', `inject=${point.syscall}:signal=KILL:when=${point.when}`];
  return new Promise((resolve, reject) => {
    const traced = spawn('strace', ['-f', '-qq', ...strace, process.execPath, child, ...args], {
      stdio: 'ignore',
      env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') },
    });
    const hang = setTimeout(() => traced.kill('SIGKILL'), 60_000);
    traced.on('error', reject);
    traced.on('close', (code, signal) => {
      clearTimeout(hang);
      resolve(signal === 'SIGKILL' || code === 137);
    });
  });
}
