import { createApi, type Api, type ProcedureName } from '../electron/api/contract';
import type { Result } from '../electron/api/errors';

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the renderer runs in a browser against the loopback host. */
    api?: Api;
  }
}

const TOKEN_KEY = 'dd.hostToken';

/** The loopback host hands its per-run token in the URL fragment (never sent to a server). */
function hostToken(): string {
  const fromHash = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash)?.[1];
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpApi(): Api {
  const token = hostToken();
  return createApi(async (name: ProcedureName, input: unknown): Promise<Result<unknown>> => {
    try {
      const response = await fetch(`./api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-dd-token': token },
        body: JSON.stringify(input ?? {}),
      });
      return (await response.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'NETWORK', messageKey: 'errors.network' } };
    }
  });
}

export const api: Api = window.api ?? httpApi();
