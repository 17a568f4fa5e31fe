import { describe, expect, it } from 'vitest';
import { en } from '../renderer/i18n/en';
import { vi } from '../renderer/i18n/vi';
import { BACKUP_ERROR_CODES } from './backup/errors';
import { PACKAGE_ERROR_CODES } from './packages/errors';

describe('rejection codes', () => {
  it('each has a Vietnamese and an English message', () => {
    const keys = [...PACKAGE_ERROR_CODES.map((c) => `packages.error.${c}`), ...BACKUP_ERROR_CODES.map((c) => `backup.error.${c}`)];
    const missing = keys.filter((key) => !(key in vi) || !(key in en) || !(vi as Record<string, string>)[key]);
    expect(missing).toEqual([]);
  });
});
