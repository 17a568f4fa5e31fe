import type { Handlers } from '../router';
import { auditHandlers } from './audit';
import { businessHandlers } from './businesses';
import { jobHandlers } from './jobs';
import { officeHandlers } from './office';
import { unitHandlers } from './units';

export const handlers = {
  ...officeHandlers,
  ...unitHandlers,
  ...businessHandlers,
  ...jobHandlers,
  ...auditHandlers,
} satisfies Handlers;
