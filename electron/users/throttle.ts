/** Wrong passwords allowed in a row for one name before tries are slowed. */
export const FREE_TRIES = 5;
const FIRST_WAIT_SECONDS = 30;
const MAX_WAIT_SECONDS = 15 * 60;

/** The wait after this many wrong passwords in a row: none, then 30 s doubling up to 15 min. */
export function waitAfter(failures: number): number | null {
  if (failures < FREE_TRIES) return null;
  return Math.min(FIRST_WAIT_SECONDS * 2 ** (failures - FREE_TRIES), MAX_WAIT_SECONDS);
}
