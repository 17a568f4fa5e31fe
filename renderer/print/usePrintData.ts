import { useEffect, useRef, useState } from 'react';
import type { Result } from '../../electron/api/errors';
import { useApiCall } from '../app/useApiCall';

/**
 * What a print preview shows, fetched once per request (`key`: a value that changes only when the
 * request does). A refused fetch has shown its message already, so the preview closes.
 */
export function usePrintData<T>(key: string, load: () => Promise<Result<T>>, onClose: () => void): T | null {
  const call = useApiCall();
  const [data, setData] = useState<T | null>(null);
  // The parent's callbacks change on every render; the data must not be fetched again for that.
  const latest = useRef({ load, onClose });
  latest.current = { load, onClose };

  useEffect(() => {
    void call(latest.current.load()).then((value) => {
      if (value) setData(value);
      else latest.current.onClose();
    });
  }, [call, key]);
  return data;
}
