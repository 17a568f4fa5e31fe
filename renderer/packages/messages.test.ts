import { describe, expect, it } from 'vitest';
import { PACKAGE_ERROR_CODES } from '../../electron/packages/errors';
import { isMessageKey, translate } from '../i18n/translate';

describe('data-package screens: every refusal has words in both languages', () => {
  it.each(PACKAGE_ERROR_CODES)('%s is explained in Vietnamese and English', (code) => {
    const key = `packages.error.${code}`;
    expect(isMessageKey(key)).toBe(true);
    const vi = translate('vi', key);
    const en = translate('en', key);
    expect(vi.length).toBeGreaterThan(10);
    expect(en.length).toBeGreaterThan(10);
    expect(vi).not.toBe(en);
  });

  it('a replay says it was imported before and that nothing changed', () => {
    expect(translate('vi', 'packageScreens.province.alreadyImported', { sequence: 3 })).toBe('Gói số 3 đã được nhập trước đây: không thay đổi gì.');
    expect(translate('en', 'packageScreens.province.alreadyImported', { sequence: 3 })).toBe('Package 3 was imported before: nothing changed.');
  });
});
