import type { Handlers } from '../router';
import { businessHandlers } from './businesses';
import { jobHandlers } from './jobs';
import { officeHandlers } from './office';
import { staffHandlers } from './staff';
import { trainingHandlers } from './training';
import { unitHandlers } from './units';

export const handlers = {
  ...officeHandlers,
  ...unitHandlers,
  ...businessHandlers,
  ...jobHandlers,
  ...staffHandlers,
  ...trainingHandlers,
} satisfies Handlers;
