import { describe, expect, it } from 'vitest';
import { waitAfter } from './throttle';

describe('waitAfter', () => {
  it('lets four wrong passwords pass, then waits 30 s doubling up to 15 minutes', () => {
    expect([1, 2, 3, 4].map(waitAfter)).toEqual([null, null, null, null]);
    expect([5, 6, 7, 8, 9, 10, 11, 500].map(waitAfter)).toEqual([30, 60, 120, 240, 480, 900, 900, 900]);
  });
});
