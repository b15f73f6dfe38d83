import {
  app,
  BrowserWindow,
  dialog,
  type IpcMain,
  type SaveDialogOptions,
  type WebContents,
} from 'electron';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { extname, join } from 'node:path';
import { z } from 'zod';
import type { SaveFileOptions } from '../../shared/ipc/bridge';
import { success } from '../core/result';
import { SAVE_DIALOG_CHANNEL } from '../preload/channels';
import { registerDialogChannel } from './dialogChannel';
import { ownerOf } from './ipc';
import type { FileGrants } from '../files/grants';

/** A file name alone: no folder, no `..`, nothing a file system would refuse. */
function isPlainFileName(name: string): boolean {
  // eslint-disable-next-line no-control-regex
  return name !== '.' && name !== '..' && !/[/\\:*?"<>|\u0000-\u001f]/.test(name);
}

/** What the renderer may ask the dialog for (`SaveFileOptions`), checked like a contract payload. */
export const saveFileOptionsSchema = z.strictObject({
  purpose: z.enum(['export', 'archive-export']),
  defaultName: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .refine(isPlainFileName, { params: { key: 'errors.invalid' } }),
  title: z.string().trim().min(1).max(200),
  filter: z.strictObject({
    name: z.string().trim().min(1).max(100),
    extensions: z
      .array(z.string().regex(/^[A-Za-z0-9]{1,10}$/))
      .min(1)
      .max(10),
  }),
}) satisfies z.ZodType<SaveFileOptions>;

/** Where the dialog opens: the Downloads folder, else Documents, else the home folder. */
export function defaultSaveFolder(): string {
  for (const name of ['downloads', 'documents'] as const) {
    try {
      return app.getPath(name);
    } catch {
      // Not known on this system: try the next.
    }
  }
  return homedir();
}

export interface SaveDialogIpcOptions {
  /** Whether a web contents is one of ours; by default, windows made by `createMainWindow`. */
  isTrustedContents?: (contents: WebContents) => boolean;
}

/** The dialogs' choices, spent by the operation that follows (see `registerIpc`'s `fileGrants`). */
export interface DialogGrants {
  grants: FileGrants;
}

/**
 * Answers the save dialog channel: the same sender check as the contract, the options
 * validated, then the native dialog over the calling window. Answers with the envelope
 * `{ ok: true, value: { handle, path } | null }` (null: cancelled): the handle, good once, for
 * this window and this purpose, is what the export or archive call passes back; the path is
 * only shown. Returns a function that removes it.
 */
export function registerSaveDialog(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  options: SaveDialogIpcOptions & DialogGrants,
): () => void {
  return registerDialogChannel(
    ipcMain,
    SAVE_DIALOG_CHANNEL,
    'save dialog options',
    saveFileOptionsSchema,
    async (event, { purpose, defaultName, title, filter }) => {
      const dialogOptions: SaveDialogOptions = {
        title,
        defaultPath: join(defaultSaveFolder(), defaultName),
        filters: [filter],
        // The native dialog asks before replacing a file (Linux needs telling).
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = BrowserWindow.fromWebContents(event.sender);
      const result = window
        ? await dialog.showSaveDialog(window, dialogOptions)
        : await dialog.showSaveDialog(dialogOptions);
      if (result.canceled || !result.filePath) return success(null);
      const path = withExtension(result.filePath, filter.extensions[0]!);
      return success({ handle: options.grants.issue(ownerOf(event.sender), purpose, path), path });
    },
    options.isTrustedContents,
  );
}

/**
 * Some dialogs (GTK) let a name through without the filter's extension: add it, unless a file
 * of that name exists, which the user did not agree to replace.
 */
function withExtension(file: string, extension: string): string {
  if (extname(file) !== '') return file;
  const named = `${file}.${extension}`;
  return existsSync(named) ? file : named;
}
