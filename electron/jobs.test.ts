import { describe, expect, it } from 'vitest';
import { JobRegistry } from './jobs';

describe('JobRegistry', () => {
  it('reports progress and keeps the result of a finished job', async () => {
    const jobs = new JobRegistry();
    let report: (f: number) => void = () => undefined;
    let finish: (v: string) => void = () => undefined;
    const { jobId, done } = jobs.start('k', (r) => {
      report = r;
      return new Promise<string>((resolve) => (finish = resolve));
    });
    report(0.4);
    expect(jobs.get(jobId)).toMatchObject({ state: 'running', progress: 0.4 });
    finish('table');
    await done;
    expect(jobs.get(jobId)).toMatchObject({ state: 'done', progress: 1, error: null });
    expect(jobs.result(jobId, 'k')).toBe('table');
    expect(jobs.result(jobId, 'other-kind')).toBeUndefined();
  });

  it('cancels through the abort signal and keeps the failure reason as a message key', async () => {
    const jobs = new JobRegistry();
    const cancelled = jobs.start('k', (_r, signal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))));
    expect(jobs.cancel(cancelled.jobId)).toMatchObject({ state: 'cancelled' });
    await cancelled.done;
    expect(jobs.get(cancelled.jobId)?.state).toBe('cancelled');
    const failed = jobs.start('k', () => Promise.reject(Object.assign(new Error('x'), { messageKey: 'import.notXlsx' })));
    await failed.done;
    expect(jobs.get(failed.jobId)).toMatchObject({ state: 'failed', error: { messageKey: 'import.notXlsx' } });
  });

  it('leaves a job that must run to its end running when asked to cancel, and keeps its result', async () => {
    const jobs = new JobRegistry();
    let finish: (v: string) => void = () => undefined;
    const { jobId, done } = jobs.start('apply', () => new Promise<string>((resolve) => (finish = resolve)), { holdsWriteLock: true });
    expect(jobs.writeLocked()).toBe(true);
    expect(jobs.cancel(jobId)).toMatchObject({ state: 'running' });
    finish('applied');
    await done;
    expect(jobs.result(jobId, 'apply')).toBe('applied');
    expect(jobs.writeLocked()).toBe(false);
  });
});
