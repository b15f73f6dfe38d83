import {
  app,
  BrowserWindow,
  dialog,
  type IpcMain,
  type IpcMainInvokeEvent,
  type SaveDialogOptions,
  type WebContents,
} from 'electron';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { extname, join } from 'node:path';
import { z } from 'zod';
import type { SaveFileOptions } from '../../shared/ipc/bridge';
import type { Result } from '../../shared/ipc/result';
import { invalidPayload, success } from '../core/result';
import { SAVE_DIALOG_CHANNEL } from '../preload/channels';
import { forbidden, isTrustedSender } from './ipc';
import { isOwnWebContents } from './window';

/** A file name alone: no folder, no `..`, nothing a file system would refuse. */
function isPlainFileName(name: string): boolean {
  // eslint-disable-next-line no-control-regex
  return name !== '.' && name !== '..' && !/[/\\:*?"<>|\u0000-\u001f]/.test(name);
}

/** What the renderer may ask the dialog for (`SaveFileOptions`), checked like a contract payload. */
export const saveFileOptionsSchema = z.strictObject({
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

/**
 * Answers the save dialog channel: the same sender check as the contract, the options
 * validated, then the native dialog over the calling window. Answers with the envelope
 * `{ ok: true, value: path | null }` (null: cancelled). Returns a function that removes it.
 */
export function registerSaveDialog(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  options: SaveDialogIpcOptions = {},
): () => void {
  const isTrustedContents = options.isTrustedContents ?? isOwnWebContents;
  ipcMain.handle(
    SAVE_DIALOG_CHANNEL,
    async (event: IpcMainInvokeEvent, payload: unknown): Promise<Result<string | null>> => {
      if (!isTrustedSender(event, isTrustedContents)) {
        console.warn(
          `Accords: refused ${SAVE_DIALOG_CHANNEL} from ${event.senderFrame?.url ?? 'a gone frame'}`,
        );
        return forbidden(SAVE_DIALOG_CHANNEL);
      }
      const parsed = saveFileOptionsSchema.safeParse(payload, { reportInput: true });
      if (!parsed.success) return invalidPayload('save dialog options', parsed.error);
      const { defaultName, title, filter } = parsed.data;
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
      return success(withExtension(result.filePath, filter.extensions[0]!));
    },
  );
  return () => ipcMain.removeHandler(SAVE_DIALOG_CHANNEL);
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
