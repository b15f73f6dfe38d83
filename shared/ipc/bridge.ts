import type { Result } from './result';

/**
 * What the preload exposes on `window.accords` in the desktop app. The renderer never sees
 * `ipcRenderer`; it calls `invoke` with a channel of the contract and gets the envelope.
 */
export interface AccordsBridge {
  invoke(channel: string, payload: unknown): Promise<Result<unknown>>;
  /** Commands from the native menu (e.g. 'navigate:agreements', 'language:fr'). */
  onMenuCommand(listener: (command: string) => void): () => void;
  /**
   * The native save dialog, for an export: resolves with the absolute path the user chose, or
   * null when they cancelled. Desktop only; the browser preview downloads instead.
   */
  chooseSaveFile(options: SaveFileOptions): Promise<string | null>;
}

/** What the save dialog proposes: a file name and the format's filter. */
export interface SaveFileOptions {
  /** The proposed file name, e.g. `accords-annual-2026.pdf`. */
  defaultName: string;
  /** The dialog's title, in the reader's language. */
  title: string;
  /** One filter, e.g. { name: 'PDF', extensions: ['pdf'] }. */
  filter: { name: string; extensions: string[] };
}

/** The meta tags main injects into index.html, read by the renderer at start. */
export const META_TOKEN = 'accords-token';
export const META_NONCE = 'accords-nonce';
/** The HTTP header the preview expects its per-run token in. */
export const TOKEN_HEADER = 'x-accords-token';
/** The preview's API path prefix: POST `${API_PREFIX}<channel>` with the JSON payload. */
export const API_PREFIX = '/api/';
