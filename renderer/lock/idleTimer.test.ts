import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchIdle } from './idleTimer';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const MINUTE = 60_000;

describe('watchIdle', () => {
  it('fires once after the idle time, and activity starts the count again', () => {
    const target = new EventTarget();
    const onIdle = vi.fn();
    const stop = watchIdle(target, 10 * MINUTE, onIdle);
    vi.advanceTimersByTime(9 * MINUTE);
    target.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(9 * MINUTE);
    target.dispatchEvent(new Event('pointermove'));
    vi.advanceTimersByTime(9 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
    stop();
  });

  it('stops watching when stopped', () => {
    const target = new EventTarget();
    const onIdle = vi.fn();
    watchIdle(target, MINUTE, onIdle)();
    vi.advanceTimersByTime(5 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
