import { createRequire } from 'node:module';
import path from 'node:path';
import { parentPort, Worker, workerData } from 'node:worker_threads';

/*
 * Long work off the main process's event loop: a worker thread runs one task, reports progress,
 * and sends back its result or its error (serialized, since an Error's class does not cross).
 * The spreadsheet reader (businesses/sheetJob.ts) and data-package import (packages/packageJob.ts)
 * use it. Each worker is bundled on its own beside the main bundle (build/bundle.mjs).
 */

export type WorkerMessage<T, E> = { type: 'progress'; fraction: number } | { type: 'done'; result: T } | { type: 'failed'; error: E };

export interface WorkerEntry {
  /** The worker's source file name, in `dir` (run through tsx's require hook from source). */
  source: string;
  /** The worker's bundle file name, beside the main bundle in dist/. */
  bundle: string;
  /** The folder of the module that starts the worker (its `__dirname`): source and bundle are there. */
  dir: string;
}

/** `__filename` of this module: a .ts file when run from source (vitest, tsx), a bundle otherwise. */
function workerScript(entry: WorkerEntry): { file: string; execArgv?: string[] } {
  if (__filename.endsWith('.ts')) {
    // From source the worker needs tsx too. `--import tsx` does not reach a worker's entry file on
    // Node 20 ("Unknown file extension .ts"); tsx's require hook does.
    const tsx = createRequire(__filename).resolve('tsx/cjs');
    return { file: path.join(entry.dir, entry.source), execArgv: ['--require', tsx] };
  }
  return { file: path.join(entry.dir, entry.bundle) };
}

export interface RunWorkerOptions<E> {
  onProgress?: ((fraction: number) => void) | undefined;
  signal?: AbortSignal | undefined;
  /** Turns the worker's serialized error back into the Error the caller expects. */
  revive: (error: E) => Error;
  /** The error an abort rejects with. */
  aborted: () => Error;
  /** Maps the worker's own failure (out of memory...) to the caller's error. */
  crashed?: (error: Error & { code?: string }) => Error;
  maxOldGenerationSizeMb?: number;
}

/** Runs the worker `entry` on `input`; aborting the signal terminates it and rejects with `aborted()`. */
export function runWorker<I, T, E>(entry: WorkerEntry, input: I, options: RunWorkerOptions<E>): Promise<T> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(options.aborted());
  return new Promise<T>((resolve, reject) => {
    const script = workerScript(entry);
    const worker = new Worker(script.file, {
      workerData: input,
      ...(script.execArgv ? { execArgv: script.execArgv } : {}),
      ...(options.maxOldGenerationSizeMb ? { resourceLimits: { maxOldGenerationSizeMb: options.maxOldGenerationSizeMb } } : {}),
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const onAbort = () => settle(() => reject(options.aborted()));
    signal?.addEventListener('abort', onAbort, { once: true });

    worker.on('message', (message: WorkerMessage<T, E>) => {
      if (message.type === 'progress') {
        if (!settled) options.onProgress?.(message.fraction);
      } else if (message.type === 'done') {
        settle(() => resolve(message.result));
      } else {
        settle(() => reject(options.revive(message.error)));
      }
    });
    worker.on('error', (error: Error & { code?: string }) => settle(() => reject(options.crashed ? options.crashed(error) : error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`The ${entry.source} worker stopped (exit code ${code})`))));
  });
}

/**
 * The worker side: runs `task` on the input it was started with, posting progress (at most once per
 * percent) and then its result or serialized error.
 */
export function serveWorker<I, T, E>(task: (input: I, report: (fraction: number) => void) => Promise<T>, serialize: (error: unknown) => E): void {
  const port = parentPort;
  if (!port) throw new Error('This module runs as a worker thread');
  const send = (message: WorkerMessage<T, E>) => port.postMessage(message);
  let last = -1;
  const report = (fraction: number) => {
    const percent = Math.floor(fraction * 100);
    if (percent === last) return;
    last = percent;
    send({ type: 'progress', fraction });
  };
  let running: Promise<T>;
  try {
    running = task(workerData as I, report);
  } catch (error) {
    running = Promise.reject(error);
  }
  running.then(
    (result) => send({ type: 'done', result }),
    (error: unknown) => send({ type: 'failed', error: serialize(error) }),
  );
}

/** An error's message and stack, for errors the caller does not know by class. */
export function plainError(error: unknown): { message: string; stack?: string; code?: string } {
  if (!(error instanceof Error)) return { message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { message: error.message, ...(error.stack ? { stack: error.stack } : {}), ...(typeof code === 'string' ? { code } : {}) };
}
