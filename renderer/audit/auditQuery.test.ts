import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { auditQuery, NO_AUDIT_FILTERS } from './auditQuery';

describe('auditQuery', () => {
  it('turns an office-calendar date range (Asia/Ho_Chi_Minh) into instants that include the whole last day', () => {
    const query = auditQuery({ ...NO_AUDIT_FILTERS, user: '  hoa ', from: dayjs('2026-11-01'), to: dayjs('2026-11-28') });
    expect(query.user).toBe('hoa');
    expect(query.since).toBe('2026-10-31T17:00:00.000Z');
    expect(query.before).toBe('2026-11-28T17:00:00.000Z');
  });

  it('leaves open ends open', () => {
    expect(auditQuery(NO_AUDIT_FILTERS)).toEqual({ user: '', record: '', action: null, since: null, before: null });
  });
});
