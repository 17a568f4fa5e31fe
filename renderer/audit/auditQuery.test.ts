import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { auditQuery, NO_AUDIT_FILTERS } from './auditQuery';

describe('auditQuery', () => {
  it('turns a local date range into instants that include the whole last day', () => {
    const query = auditQuery({ ...NO_AUDIT_FILTERS, user: '  hoa ', from: dayjs('2026-11-01'), to: dayjs('2026-11-28') });
    expect(query.user).toBe('hoa');
    expect(new Date(query.since ?? '').getTime()).toBe(new Date(2026, 10, 1).getTime());
    expect(new Date(query.before ?? '').getTime()).toBe(new Date(2026, 10, 29).getTime());
  });

  it('leaves open ends open', () => {
    expect(auditQuery(NO_AUDIT_FILTERS)).toEqual({ user: '', record: '', action: null, since: null, before: null });
  });
});
