import { describe, expect, it } from 'vitest';
import { formatSize, translate } from './translate';
import { vi } from './vi';

describe('Vietnamese messages', () => {
  it('use one spelling style: the tone on the main vowel of an open syllable (hóa, khóa, tùy), never "hoá", "khoá", "tuỳ"', () => {
    const letters = 'A-Za-zÀ-ỹđĐ';
    const oldStyle = new RegExp(`(?<![qQ])(?:o[áàảãạ]|u[ýỳỷỹỵ])(?![${letters}])`, 'u');
    const offending = Object.entries(vi).filter(([, text]) => oldStyle.test(text.normalize('NFC')));
    expect(offending.map(([key, text]) => `${key}: ${oldStyle.exec(text)?.[0] ?? ''}`)).toEqual([]);
  });

  it('write numbers, percentages and sizes in vi-VN form', () => {
    expect(translate('vi', 'figures.percent', { value: 46.5 })).toBe('46,5%');
    expect(translate('vi', 'plan.value.ratio', { numerator: 1250, denominator: 20000 })).toBe('1.250/20.000');
    expect(formatSize('vi', 15_974)).toBe('15,6 KB');
    expect(formatSize('vi', 2 * 1024 * 1024)).toBe('2,0 MB');
    expect(formatSize('en', 15_974)).toBe('15.6 KB');
  });
});
