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

  it('formats instants as local dd/mm/yyyy HH:mm', () => {
    const d = new Date(2024, 2, 5, 9, 7);
    expect(formatDateTime(d.toISOString())).toBe('05/03/2024 09:07');
    expect(formatDateTime(undefined)).toBe('');
  });

  it('formats numbers per locale', () => {
    expect(formatNumber('vi', 1234567)).toBe('1.234.567');
    expect(formatNumber('vi', null)).toBe('');
  });
});
