import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { api } from '../api';
import { useSession } from '../app/session';
import { useApiCall } from '../app/useApiCall';
import { ACTIVITY_REPORT_MS, reportActivity, watchIdle } from './idleTimer';
import { LockScreen } from './LockScreen';
import { isLockShortcut } from './shortcut';
import './lock.css';

const LockNowContext = createContext<(() => void) | null>(null);

/** Locks the screen at once (the header's "Lock screen" button). */
export function useLockNow(): () => void {
  const lockNow = useContext(LockNowContext);
  if (!lockNow) throw new Error('useLockNow outside SessionLock');
  return lockNow;
}

/** Makes everything on the page but `keep` unreachable (no focus, no clicks, no screen reader); returns the undo. */
function inertAllBut(keep: Element): () => void {
  const others = [...document.body.children].filter((el): el is HTMLElement => el !== keep && el instanceof HTMLElement && !el.inert);
  for (const el of others) el.inert = true;
  return () => {
    for (const el of others) el.inert = false;
  };
}

/**
 * Locks the signed-in app after the office's idle time, here and on the server (which then refuses
 * everything but unlock and sign-out). The page stays mounted under the lock screen, so unsaved
 * input survives; it is covered, and out of reach of keyboard and screen readers.
 */
export function SessionLock({ children }: { children: ReactNode }) {
  const { status, reload } = useSession();
  const call = useApiCall();
  const [lockedHere, setLockedHere] = useState(false);
  const locked = status.lock.locked || lockedHere;
  const idleMs = status.lock.idleMinutes * 60_000;
  const overlay = useRef<HTMLDivElement>(null);
  const focusBefore = useRef<Element | null>(null);

  const lockNow = useCallback(() => {
    focusBefore.current = document.activeElement;
    setLockedHere(true);
    void call(api['session.lock']({})).then(() => reload());
  }, [call, reload]);

  useEffect(() => {
    if (locked) return;
    return watchIdle(window, idleMs, lockNow);
  }, [locked, idleMs, lockNow]);

  // Ctrl+L locks at once, also with a drawer or dialog open (its focus trap does not see the key first).
  useEffect(() => {
    if (locked) return;
    const onKey = (e: KeyboardEvent) => {
      if (!isLockShortcut(e)) return;
      e.preventDefault();
      e.stopPropagation();
      lockNow();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [locked, lockNow]);

  // The router keeps its own idle clock: tell it someone is here, at most once a minute.
  useEffect(() => {
    if (locked) return;
    return reportActivity(window, ACTIVITY_REPORT_MS, () => void api['session.activity']({}));
  }, [locked]);

  useEffect(() => {
    if (!locked || !overlay.current) return;
    const undo = inertAllBut(overlay.current);
    // After the rest went inert: a drawer's focus trap may have pulled focus back before.
    overlay.current.querySelector('input')?.focus();
    return () => {
      undo();
      // Back to the field the user was typing in.
      if (focusBefore.current instanceof HTMLElement) focusBefore.current.focus();
    };
  }, [locked]);

  async function unlocked() {
    await reload();
    setLockedHere(false);
  }

  return (
    <LockNowContext.Provider value={lockNow}>
      {children}
      {locked && <LockScreen ref={overlay} onUnlocked={unlocked} />}
    </LockNowContext.Provider>
  );
}
