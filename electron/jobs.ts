import { randomUUID } from 'node:crypto';
import type { JobState } from './api/schemas/import';

interface JobEntry<T> {
  state: JobState;
  result: T | undefined;
  controller: AbortController;
  finishedAt: number | undefined;
  holdsWriteLock: boolean;
}

/** How long a finished job's result (a parsed spreadsheet) is kept for the clerk to act on. */
const KEEP_FINISHED_MS = 30 * 60 * 1000;

/**
 * Long work runs as a job the renderer polls: it reports progress, can be cancelled, and works
 * the same over IPC, HTTP and in the CLI (which simply awaits it).
 */
export class JobRegistry {
  private readonly jobs = new Map<string, JobEntry<unknown>>();

  start<T>(
    kind: string,
    work: (report: (fraction: number) => void, signal: AbortSignal) => Promise<T>,
    /** A job that writes in one transaction from another connection: it cannot stop halfway, and
     *  the app refuses other writes meanwhile instead of waiting for the lock with the window frozen. */
    options: { holdsWriteLock?: boolean } = {},
  ): { jobId: string; done: Promise<void> } {
    this.prune();
    const jobId = randomUUID();
    const controller = new AbortController();
    const entry: JobEntry<T> = {
      state: { jobId, kind, state: 'running', progress: 0, error: null },
      result: undefined,
      controller,
      finishedAt: undefined,
      holdsWriteLock: options.holdsWriteLock ?? false,
    };
    this.jobs.set(jobId, entry as JobEntry<unknown>);
    const report = (fraction: number) => {
      if (entry.state.state === 'running') entry.state.progress = Math.min(1, Math.max(0, fraction));
    };
    const done = work(report, controller.signal).then(
      (result) => {
        if (entry.state.state !== 'running') return;
        entry.result = result;
        entry.state = { ...entry.state, state: 'done', progress: 1 };
        entry.finishedAt = Date.now();
      },
      (error: unknown) => {
        entry.finishedAt = Date.now();
        if (entry.state.state !== 'running') return;
        const messageKey = (error as { messageKey?: unknown } | null)?.messageKey;
        const params = (error as { params?: Record<string, string | number> } | null)?.params;
        const code = (error as { code?: unknown } | null)?.code;
        if (typeof messageKey !== 'string') console.error(`[job ${kind}] failed`, error);
        entry.state = {
          ...entry.state,
          state: 'failed',
          error: {
            messageKey: typeof messageKey === 'string' ? messageKey : 'errors.internal',
            ...(params ? { params } : {}),
            ...(typeof messageKey === 'string' && typeof code === 'string' ? { code } : {}),
          },
        };
      },
    );
    return { jobId, done };
  }

  get(jobId: string): JobState | undefined {
    return this.jobs.get(jobId)?.state;
  }

  /** The result of a finished job of the given kind. */
  result<T>(jobId: string, kind: string): T | undefined {
    const entry = this.jobs.get(jobId);
    if (!entry || entry.state.kind !== kind || entry.state.state !== 'done') return undefined;
    return entry.result as T;
  }

  cancel(jobId: string): JobState | undefined {
    const entry = this.jobs.get(jobId);
    if (!entry) return undefined;
    // A job that must run to its end (a package being applied in one transaction) stays running.
    if (entry.state.state === 'running' && !entry.holdsWriteLock) {
      entry.controller.abort();
      entry.state = { ...entry.state, state: 'cancelled' };
      entry.finishedAt = Date.now();
    }
    return entry.state;
  }

  /** Whether a job holding the database's write lock is still running. */
  writeLocked(): boolean {
    for (const entry of this.jobs.values()) if (entry.holdsWriteLock && entry.state.state === 'running') return true;
    return false;
  }

  /** Drops a job once its result has been used. */
  forget(jobId: string): void {
    this.jobs.delete(jobId);
  }

  private prune(): void {
    const now = Date.now();
    for (const [id, entry] of this.jobs) {
      if (entry.finishedAt !== undefined && now - entry.finishedAt > KEEP_FINISHED_MS) this.jobs.delete(id);
    }
  }
}
