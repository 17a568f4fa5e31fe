import type { JobState } from '../../electron/api/schemas/import';

const POLL_MS = 250;

/**
 * Polls a background job until it leaves 'running', reporting its progress; resolves to the final
 * state, or undefined when a poll failed (already shown to the clerk by the caller's API hook).
 */
export async function waitForJob(poll: () => Promise<JobState | undefined>, onProgress: (fraction: number) => void): Promise<JobState | undefined> {
  for (;;) {
    const state = await poll();
    if (!state || state.state !== 'running') return state;
    onProgress(state.progress);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
