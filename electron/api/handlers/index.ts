import type { Handlers } from '../router';
import { auditHandlers } from './audit';
import { backupHandlers } from './backup';
import { businessHandlers } from './businesses';
import { inspectionHandlers } from './inspections';
import { scanHandlers } from './scan';
import { jobHandlers } from './jobs';
import { officeHandlers } from './office';
import { packageHandlers } from './packages';
import { staffHandlers } from './staff';
import { trainingHandlers } from './training';
import { planHandlers } from './plan';
import { withReporterRedacted } from '../../cases/redact';
import { caseRevealHandlers } from '../../cases/reveal';
import { reportHandlers } from './reports';
import { unitHandlers } from './units';
import { userHandlers } from './users';
import { packageScreenHandlers } from './packageScreens';
import { recordHandlers } from './records';
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
  ...withReporterRedacted(planHandlers),
  ...caseRevealHandlers,
  ...reportHandlers,
  ...inspectionHandlers,
  ...scanHandlers,
  ...packageScreenHandlers,
  ...recordHandlers,
  ...encryptionHandlers,
} satisfies Handlers;
