import { describe, expect, it } from 'vitest';
import { filterOptionByLabel, foldedIncludes, foldText } from './foldText';

describe('foldText', () => {
  it('strips Vietnamese diacritics, đ and case', () => {
    expect(foldText('Nhà nghỉ Đông Kinh')).toBe('nha nghi dong kinh');
    expect(foldText('Phường Lương Văn Tri')).toBe('phuong luong van tri');
    expect(foldText('ĐÌNH LẬP')).toBe('dinh lap');
  });

  it('treats precomposed and decomposed input the same', () => {
    expect(foldText('Hữu Lũng'.normalize('NFD'))).toBe(foldText('Hữu Lũng'.normalize('NFC')));
  });
});

describe('filterOptionByLabel', () => {
  it('matches with or without diacritics on either side', () => {
    expect(filterOptionByLabel('dong kinh', { label: 'Phường Đông Kinh' })).toBe(true);
    expect(filterOptionByLabel('Đông', { label: 'Phuong Dong Kinh' })).toBe(true);
    expect(filterOptionByLabel('  huu lung  ', { label: 'Xã Hữu Lũng' })).toBe(true);
    expect(filterOptionByLabel('cao loc', { label: 'Phường Đông Kinh' })).toBe(false);
  });

  it('ignores options without a text label', () => {
    expect(filterOptionByLabel('a', {})).toBe(false);
    expect(filterOptionByLabel('a', undefined)).toBe(false);
    expect(foldedIncludes('abc', '')).toBe(true);
  });
});
