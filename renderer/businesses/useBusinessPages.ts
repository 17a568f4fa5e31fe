import { useCallback, useEffect, useRef, useState } from 'react';
import type { BusinessListRow, BusinessQuery } from '../../db/businessTypes';
import { api } from '../api';
import { useApiCall } from '../app/useApiCall';
import { appendPage, hasMore, PAGE_SIZE } from './paging';

export type RegisterQuery = Omit<BusinessQuery, 'offset' | 'limit'>;

interface Loaded {
  rows: BusinessListRow[];
  total: number;
}

/**
 * The register's rows, loaded a page at a time. A new query (or refresh) starts again from the
 * first page; answers to an older query, or to a page already loaded, are ignored.
 */
export function useBusinessPages(query: RegisterQuery, refreshToken: number) {
  const call = useApiCall();
  const [loaded, setLoaded] = useState<Loaded>({ rows: [], total: 0 });
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  const inFlight = useRef(false);
  // What is loaded right now, for scroll events that arrive before React re-renders.
  const current = useRef<Loaded>(loaded);

  const fetchPage = useCallback(
    async (offset: number, gen: number) => {
      inFlight.current = true;
      setLoading(true);
      const page = await call(api['businesses.list']({ ...query, offset, limit: PAGE_SIZE }));
      if (gen !== generation.current) return;
      inFlight.current = false;
      setLoading(false);
      if (!page) return;
      const rows = offset === 0 ? page.rows : appendPage(current.current.rows, page.rows);
      current.current = { rows, total: page.total };
      setLoaded(current.current);
    },
    [call, query],
  );

  useEffect(() => {
    generation.current += 1;
    void fetchPage(0, generation.current);
  }, [fetchPage, refreshToken]);

  const loadMore = useCallback(() => {
    const { rows, total } = current.current;
    if (inFlight.current || !hasMore(rows.length, total)) return;
    void fetchPage(rows.length, generation.current);
  }, [fetchPage]);

  return { rows: loaded.rows, total: loaded.total, loading, loadMore };
}
