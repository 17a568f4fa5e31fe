/** Rows loaded per request as the clerk scrolls the register. */
export const PAGE_SIZE = 200;
/** Start loading the next page this many pixels before the end of the loaded rows. */
const NEAR_END_PX = 600;

export function isNearEnd(view: { scrollTop: number; scrollHeight: number; clientHeight: number }): boolean {
  return view.scrollHeight - view.scrollTop - view.clientHeight < NEAR_END_PX;
}

/** Appends a page, dropping rows already shown (a row may shift pages when data changes meanwhile). */
export function appendPage<T extends { id: string }>(loaded: readonly T[], page: readonly T[]): T[] {
  const seen = new Set(loaded.map((r) => r.id));
  return [...loaded, ...page.filter((r) => !seen.has(r.id))];
}

export function hasMore(loaded: number, total: number): boolean {
  return loaded < total;
}
