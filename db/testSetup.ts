// Vitest setup: the environment's key source for every test (and the processes tests spawn).
import { DB_KEY_ENV } from './key';
import { TEST_DB_KEY } from './testing';

process.env[DB_KEY_ENV] ??= TEST_DB_KEY.toString('hex');
