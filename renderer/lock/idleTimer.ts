/** What counts as someone at the PC. Pointer moves too: reading a long list is work. */
const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/**
 * Calls `onIdle` once after `idleMs` without keyboard, mouse or touch on `target`; returns a stop
 * function. One timer, re-armed for the remaining time when it fires early, so moving the mouse
 * costs nothing; a PC waking from sleep past the limit locks at once.
 */
export function watchIdle(target: EventTarget, idleMs: number, onIdle: () => void): () => void {
  let last = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    const quiet = Date.now() - last;
    if (quiet >= idleMs) onIdle();
    else timer = setTimeout(check, idleMs - quiet);
  };
  const active = () => {
    last = Date.now();
  };
  const options = { capture: true, passive: true };
  for (const name of ACTIVITY_EVENTS) target.addEventListener(name, active, options);
  timer = setTimeout(check, idleMs);
  return () => {
    clearTimeout(timer);
    for (const name of ACTIVITY_EVENTS) target.removeEventListener(name, active, options);
  };
}

/** How often the window tells the router that someone is at the PC (the router locks after its own idle time). */
export const ACTIVITY_REPORT_MS = 60_000;

/** Calls `report` on the first activity after each `everyMs`; returns a stop function. */
export function reportActivity(target: EventTarget, everyMs: number, report: () => void): () => void {
  let last = 0;
  const active = () => {
    const now = Date.now();
    if (now - last < everyMs) return;
    last = now;
    report();
  };
  const options = { capture: true, passive: true };
  for (const name of ACTIVITY_EVENTS) target.addEventListener(name, active, options);
  return () => {
    for (const name of ACTIVITY_EVENTS) target.removeEventListener(name, active, options);
  };
}
