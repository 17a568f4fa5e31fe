import type { Handlers } from '../router';
import { businessHandlers } from './businesses';
import { jobHandlers } from './jobs';
import { officeHandlers } from './office';
import { planHandlers } from './plan';
import { reportHandlers } from './reports';
import { unitHandlers } from './units';

export const handlers = {
  ...officeHandlers,
  ...unitHandlers,
  ...businessHandlers,
  ...jobHandlers,
  ...planHandlers,
  ...reportHandlers,
} satisfies Handlers;
