import { describe, expect, it } from 'vitest';
import { percent, reachesTarget } from './percent';

describe('coverage shares', () => {
  it('rounds to one decimal and judges the 30% target exactly', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(0, 0)).toBe(0);
    expect(reachesTarget(3, 10)).toBe(true);
    expect(reachesTarget(299, 1000)).toBe(false);
    expect(reachesTarget(0, 0)).toBe(false);
  });
});
