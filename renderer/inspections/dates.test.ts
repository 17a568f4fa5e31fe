import { afterEach, describe, expect, it, vi } from 'vitest';
import { todayIso } from './dates';

afterEach(() => vi.useRealTimers());

describe('today on the screen', () => {
  it('is the office calendar day at 00:30 and at 23:30 local (Asia/Ho_Chi_Minh), not the UTC day', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-01T17:30:00.000Z'));
    expect(todayIso()).toBe('2026-12-02');
    vi.setSystemTime(new Date('2026-12-02T16:30:00.000Z'));
    expect(todayIso()).toBe('2026-12-02');
    vi.setSystemTime(new Date('2026-12-02T17:00:00.000Z'));
    expect(todayIso()).toBe('2026-12-03');
  });
});
