import { describe, expect, it } from 'vitest';
import { appendPage, hasMore, isNearEnd } from './paging';

describe('register paging', () => {
  it('detects the end of the scrolled rows', () => {
    expect(isNearEnd({ scrollTop: 0, scrollHeight: 10_000, clientHeight: 500 })).toBe(false);
    expect(isNearEnd({ scrollTop: 9_000, scrollHeight: 10_000, clientHeight: 500 })).toBe(true);
  });

  it('appends pages without repeating rows', () => {
    const rows = appendPage([{ id: 'a' }, { id: 'b' }], [{ id: 'b' }, { id: 'c' }]);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(hasMore(3, 3)).toBe(false);
    expect(hasMore(200, 20_000)).toBe(true);
  });
});
