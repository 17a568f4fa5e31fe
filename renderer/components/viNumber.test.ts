import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatViNumber, parseViNumber } from './viNumber';

const value = (typed: string, rules = {}) => {
  const r = parseViNumber(typed, rules);
  return r.ok ? r.value : r.problem;
};

describe('parseViNumber', () => {
  it('reads Vietnamese forms exactly', () => {
    expect(value('6.000.000')).toBe(6_000_000);
    expect(value('6 000 000')).toBe(6_000_000);
    expect(value(' 6\u00a0000\u202f000 ')).toBe(6_000_000);
    expect(value('6000000')).toBe(6_000_000);
    expect(value('18,5')).toBe(18.5);
    expect(value('1.234,75')).toBe(1234.75);
    expect(value('0,125')).toBe(0.125);
    expect(value('-3', { min: -10 })).toBe(-3);
    expect(value('')).toBeNull();
    expect(value('   ')).toBeNull();
  });

  it('refuses what is not a number instead of keeping part of it', () => {
    expect(value('abc')).toBe('notNumber');
    expect(value('3-2')).toBe('notNumber');
    expect(value('6.000.00')).toBe('notNumber');
    expect(value('6.000 000')).toBe('notNumber');
    expect(value('1,2,3')).toBe('notNumber');
    expect(value('12a')).toBe('notNumber');
    expect(value('1e5')).toBe('notNumber');
    expect(value('18.5')).toBe('decimalPoint');
  });

  it('never rounds: a fraction in a whole-number field or too many decimals is refused', () => {
    expect(value('18,5', { integer: true })).toBe('notInteger');
    expect(value('18,0', { integer: true })).toBe('notInteger');
    expect(value('1,2345', { decimals: 2 })).toBe('tooManyDecimals');
    expect(value('1234567890123456')).toBe('tooLarge');
  });

  it('applies the bounds', () => {
    expect(value('-1', { min: 0 })).toBe('negative');
    expect(value('0', { min: 1 })).toBe('belowMin');
    expect(value('101', { max: 100 })).toBe('aboveMax');
    expect(parseViNumber('101', { max: 100 })).toMatchObject({ params: { max: '100' } });
  });
});

describe('formatViNumber', () => {
  it('groups thousands with dots and keeps every decimal', () => {
    expect(formatViNumber(6_000_000)).toBe('6.000.000');
    expect(formatViNumber(18.5)).toBe('18,5');
    expect(formatViNumber(-1234.125)).toBe('-1.234,125');
    expect(formatViNumber(0)).toBe('0');
    expect(formatViNumber(999)).toBe('999');
  });

  it('reads back what it shows, for any whole number and any money amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const back = parseViNumber(formatViNumber(n), { integer: true, min: -1e12 });
        expect(back).toEqual({ ok: true, value: n });
      }),
    );
  });

  it('reads back decimals with up to six digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 999_999 }), (whole, frac) => {
        const n = Number(`${whole}.${String(frac).padStart(6, '0')}`);
        expect(parseViNumber(formatViNumber(n))).toEqual({ ok: true, value: n });
      }),
    );
  });

  it('any typed digits with spaces or dots as thousands give the same number as the plain digits', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.constantFrom('.', ' '), (n, sep) => {
        const plain = n.toString();
        const grouped = plain.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
        expect(value(grouped)).toBe(Number(plain));
      }),
    );
  });
});
