import { describe, expect, it } from 'vitest';
import { isLockShortcut } from './shortcut';

const key = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods,
});

describe('the lock shortcut', () => {
  it('is Ctrl+L or ⌘L, in either case, and nothing else', () => {
    expect(isLockShortcut(key('l', { ctrlKey: true }))).toBe(true);
    expect(isLockShortcut(key('L', { ctrlKey: true }))).toBe(true);
    expect(isLockShortcut(key('l', { metaKey: true }))).toBe(true);
    expect(isLockShortcut(key('l'))).toBe(false);
    expect(isLockShortcut(key('l', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isLockShortcut(key('l', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(isLockShortcut(key('k', { ctrlKey: true }))).toBe(false);
  });
});
