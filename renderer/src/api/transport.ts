import { API_PREFIX, TOKEN_HEADER, type AccordsBridge } from '../../../shared/ipc/bridge';
import type { Result } from '../../../shared/ipc/result';
import { pageMeta } from './pageMeta';

declare global {
  interface Window {
    /** Set by the preload in the desktop app; absent in the browser preview. */
    accords?: AccordsBridge;
  }
}

/** Carries one call to main and brings back its envelope. */
export type Transport = (channel: string, payload: unknown) => Promise<Result<unknown>>;

/** Electron: the preload's bridge. */
function bridgeTransport(bridge: AccordsBridge): Transport {
  return (channel, payload) => bridge.invoke(channel, payload);
}

/** The browser preview: POST /api/<channel> with the per-run token; the body is the envelope. */
function httpTransport(token: string | null): Transport {
  return async (channel, payload) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers[TOKEN_HEADER] = token;
    const response = await fetch(`${API_PREFIX}${channel}`, {
      method: 'POST',
      headers,
      body: payload === undefined ? '' : JSON.stringify(payload),
      cache: 'no-store',
    });
    return (await response.json()) as Result<unknown>;
  };
}

/** The transport this page runs on, chosen once. */
export function pickTransport(): Transport {
  return window.accords ? bridgeTransport(window.accords) : httpTransport(pageMeta.token);
}
