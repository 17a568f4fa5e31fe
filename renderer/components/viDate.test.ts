import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatViDate, officeToday, parseViDate } from './viDate';

const iso = (typed: string) => {
  const r = parseViDate(typed, { today: '2026-12-01' });
  return r.ok ? r.iso : r.problem;
};

describe('parseViDate', () => {
  it('reads the forms clerks type', () => {
    expect(iso('01/12/2026')).toBe('2026-12-01');
    expect(iso('1/12/2026')).toBe('2026-12-01');
    expect(iso('1/2/26')).toBe('2026-02-01');
    expect(iso('01122026')).toBe('2026-12-01');
    expect(iso('011226')).toBe('2026-12-01');
    expect(iso('01-12-2026')).toBe('2026-12-01');
    expect(iso('01.12.2026')).toBe('2026-12-01');
    expect(iso(' 01 / 12 / 2026 ')).toBe('2026-12-01');
    expect(iso('2026-12-01')).toBe('2026-12-01');
    expect(iso('')).toBeNull();
  });

  it('puts a two-digit year in this century unless that is more than ten years ahead', () => {
    expect(iso('15/3/85')).toBe('1985-03-15');
    expect(iso('15/3/36')).toBe('2036-03-15');
    expect(iso('15/3/37')).toBe('1937-03-15');
  });

  it('refuses what is not a real date instead of guessing', () => {
    expect(iso('31/02/2026')).toBe('noSuchDay');
    expect(iso('00/12/2026')).toBe('noSuchDay');
    expect(iso('01/13/2026')).toBe('noSuchDay');
    expect(iso('08/12/20262/2026')).toBe('notDate');
    expect(iso('hôm nay')).toBe('notDate');
    expect(iso('1/12')).toBe('notDate');
    expect(iso('01/12/0026')).toBe('yearRange');
  });

  it('reads back every date it shows', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const day = d.toISOString().slice(0, 10);
        expect(parseViDate(formatViDate(day))).toEqual({ ok: true, iso: day });
        expect(parseViDate(formatViDate(day).replace(/\//g, ''))).toEqual({ ok: true, iso: day });
      }),
    );
  });
});

describe('officeToday', () => {
  it('is the calendar date in Asia/Ho_Chi_Minh, seven hours ahead of UTC', () => {
    expect(officeToday(new Date('2026-11-30T17:30:00Z'))).toBe('2026-12-01');
    expect(officeToday(new Date('2026-11-30T16:59:00Z'))).toBe('2026-11-30');
  });
});
