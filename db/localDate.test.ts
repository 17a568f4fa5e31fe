import { describe, expect, it } from 'vitest';
import { addDays, localDate, localDateTimeText, localDayStart, localYear } from './localDate';

describe('the office calendar (Asia/Ho_Chi_Minh)', () => {
  it('00:30 local is already today, though UTC still shows yesterday', () => {
    // 00:30 on 2 Dec 2026 in Vietnam is 17:30 on 1 Dec UTC.
    expect(localDate('2026-12-01T17:30:00.000Z')).toBe('2026-12-02');
  });
  it('23:30 local is still today, though UTC shows the same day (16:30)', () => {
    expect(localDate('2026-12-02T16:30:00.000Z')).toBe('2026-12-02');
  });
  it('06:00 local on New Year is the new year', () => {
    expect(localDate('2026-12-31T23:00:00.000Z')).toBe('2027-01-01');
    expect(localYear('2026-12-31T23:00:00.000Z')).toBe(2027);
  });
  it('shows an instant as local date and time', () => {
    expect(localDateTimeText('2026-12-01T17:30:00.000Z')).toBe('02/12/2026 00:30');
  });
  it('a local day starts at 17:00 UTC the day before; days add on the calendar', () => {
    expect(localDayStart('2026-12-02')).toBe('2026-12-01T17:00:00.000Z');
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
  it('does not depend on the process time zone', () => {
    const before = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(localDate('2026-12-01T17:30:00.000Z')).toBe('2026-12-02');
    } finally {
      process.env.TZ = before;
    }
  });
});
