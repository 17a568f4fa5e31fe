import type { Handlers } from '../router';
import { auditHandlers } from './audit';
import { backupHandlers } from './backup';
import { businessHandlers } from './businesses';
import { inspectionHandlers } from './inspections';
import { jobHandlers } from './jobs';
import { officeHandlers } from './office';
import { packageHandlers } from './packages';
import { staffHandlers } from './staff';
import { trainingHandlers } from './training';
import { planHandlers } from './plan';
import { reportHandlers } from './reports';
import { unitHandlers } from './units';
import { userHandlers } from './users';
import { packageScreenHandlers } from './packageScreens';
import { encryptionHandlers } from './encryption';

export const handlers = {
  ...officeHandlers,
  ...unitHandlers,
  ...businessHandlers,
  ...jobHandlers,
  ...auditHandlers,
  ...userHandlers,
  ...backupHandlers,
  ...packageHandlers,
  ...staffHandlers,
  ...trainingHandlers,
  ...planHandlers,
  ...reportHandlers,
  ...inspectionHandlers,
  ...packageScreenHandlers,
  ...encryptionHandlers,
} satisfies Handlers;
