import type { ChosenFile } from '../schemas/fileHandles';
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
   * The native save dialog, for an export or an archive: resolves with main's handle for the
   * file the user chose (and its path, to show), or null when they cancelled. Desktop only;
   * the browser preview downloads instead.
   */
  chooseSaveFile(options: SaveFileOptions): Promise<ChosenFile | null>;
  /** The native open dialog: an archive to import, or the backup folder. Null: cancelled. */
  chooseOpen(options: OpenFileOptions): Promise<ChosenFile | null>;
}

/** What the open dialog is for, and its title in the reader's language. */
export interface OpenFileOptions {
  purpose: 'archive-import' | 'backup-folder';
  title: string;
}

/** What the save dialog proposes: a file name and the format's filter. */
export interface SaveFileOptions {
  /** What the file is for: the handle is good for that operation only. */
  purpose: 'export' | 'archive-export';
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
