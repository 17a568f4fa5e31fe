import { describe, expect, it } from 'vitest';
import { en } from './en';
import { formatDate, formatDateTime, formatNumber, translate } from './translate';
import { vi } from './vi';

describe('translate', () => {
  it('fills parameters, numbers with the locale separators', () => {
    expect(translate('vi', 'business.list.count', { count: 20000 })).toBe('20.000 cơ sở');
    expect(translate('en', 'business.list.count', { count: 20000 })).toBe('20,000 businesses');
    expect(translate('vi', 'business.duplicate', { name: 'Karaoke A' })).toContain('Karaoke A');
  });

  it('shows a generic message for an unknown key', () => {
    expect(translate('vi', 'no.such.key')).toBe(vi['validation.invalid']);
  });

  it('has the same keys in both catalogs', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });
});

describe('formats', () => {
  it('formats dates as dd/mm/yyyy', () => {
    expect(formatDate('2024-03-05')).toBe('05/03/2024');
    expect(formatDate(null)).toBe('');
  });

  it('formats instants as dd/mm/yyyy HH:mm in the office zone (Asia/Ho_Chi_Minh), whatever the PC zone', () => {
    expect(formatDateTime('2024-03-05T02:07:00.000Z')).toBe('05/03/2024 09:07');
    // 23:30 UTC is 06:30 the next morning in Vietnam.
    expect(formatDateTime('2024-03-04T23:30:00.000Z')).toBe('05/03/2024 06:30');
    expect(formatDate('2024-03-04T23:30:00.000Z')).toBe('05/03/2024');
    expect(formatDateTime(undefined)).toBe('');
  });

  it('formats numbers per locale', () => {
    expect(formatNumber('vi', 1234567)).toBe('1.234.567');
    expect(formatNumber('vi', null)).toBe('');
  });
});
