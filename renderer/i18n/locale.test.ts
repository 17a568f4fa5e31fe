import { describe, expect, it } from 'vitest';
import { storedLocale } from './locale';

describe('storedLocale', () => {
  it('defaults to Vietnamese', () => {
    expect(storedLocale(null)).toBe('vi');
    expect(storedLocale('fr')).toBe('vi');
    expect(storedLocale('en')).toBe('en');
  });
});
