/** Ctrl+L (⌘L on a Mac) locks the screen from anywhere, a drawer or dialog open included. */
export const LOCK_SHORTCUT_ARIA = 'Control+L';

export function isLockShortcut(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'l';
}
