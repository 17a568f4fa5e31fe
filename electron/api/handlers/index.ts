import type { Handlers } from '../router';
import { backupHandlers } from './backup';
import { businessHandlers } from './businesses';
import { jobHandlers } from './jobs';
import { officeHandlers } from './office';
import { unitHandlers } from './units';

export const handlers = {
  ...officeHandlers,
  ...unitHandlers,
  ...businessHandlers,
  ...jobHandlers,
  ...backupHandlers,
} satisfies Handlers;
