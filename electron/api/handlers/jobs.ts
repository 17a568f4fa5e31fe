import { ApiError } from '../errors';
import type { Handler } from '../router';

export const jobHandlers: { 'jobs.get': Handler<'jobs.get'>; 'jobs.cancel': Handler<'jobs.cancel'> } = {
  'jobs.get': ({ app }, { jobId }) => {
    const state = app.jobs.get(jobId);
    if (!state) throw new ApiError('JOB_NOT_FOUND', 'errors.job.notFound');
    return state;
  },
  'jobs.cancel': ({ app }, { jobId }) => {
    const state = app.jobs.cancel(jobId);
    if (!state) throw new ApiError('JOB_NOT_FOUND', 'errors.job.notFound');
    return state;
  },
};
