import type { Handlers } from '../router';
import { businessHandlers } from './businesses';
import { inspectionHandlers } from './inspections';
import { jobHandlers } from './jobs';
import { officeHandlers } from './office';
import { unitHandlers } from './units';

export const handlers = {
  ...officeHandlers,
  ...unitHandlers,
  ...businessHandlers,
  ...jobHandlers,
  ...inspectionHandlers,
} satisfies Handlers;
