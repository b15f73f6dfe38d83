import { BrowserWindow, dialog, type IpcMain, type OpenDialogOptions } from 'electron';
import { z } from 'zod';
import type { OpenFileOptions } from '../../shared/ipc/bridge';
import { success } from '../core/result';
import { OPEN_DIALOG_CHANNEL } from '../preload/channels';
import { registerDialogChannel } from './dialogChannel';
import { ownerOf } from './ipc';
import { defaultSaveFolder, type DialogGrants, type SaveDialogIpcOptions } from './saveDialog';

/** What the renderer may ask the open dialog for (`OpenFileOptions`). */
export const openFileOptionsSchema = z.strictObject({
  purpose: z.enum(['archive-import', 'backup-folder']),
  title: z.string().trim().min(1).max(200),
}) satisfies z.ZodType<OpenFileOptions>;

/** What each purpose opens: an archive file, or one existing folder. Main decides, not the page. */
function dialogOptionsFor(purpose: OpenFileOptions['purpose'], title: string): OpenDialogOptions {
  const defaultPath = defaultSaveFolder();
  return purpose === 'archive-import'
    ? {
        title,
        defaultPath,
        filters: [{ name: 'Accords archive (.tar.gz)', extensions: ['gz', 'tgz'] }],
        properties: ['openFile', 'dontAddToRecent'],
      }
    : { title, defaultPath, properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'] };
}

/**
 * Answers the open dialog channel like the save dialog: sender checked, options validated, the
 * native dialog over the calling window, and `{ handle, path } | null` back, the handle good
 * once, for this window and this purpose. Returns a function that removes it.
 */
export function registerOpenDialog(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  options: SaveDialogIpcOptions & DialogGrants,
): () => void {
  return registerDialogChannel(
    ipcMain,
    OPEN_DIALOG_CHANNEL,
    'open dialog options',
    openFileOptionsSchema,
    async (event, { purpose, title }) => {
      const dialogOptions = dialogOptionsFor(purpose, title);
      const window = BrowserWindow.fromWebContents(event.sender);
      const result = window
        ? await dialog.showOpenDialog(window, dialogOptions)
        : await dialog.showOpenDialog(dialogOptions);
      const path = result.filePaths[0];
      if (result.canceled || !path) return success(null);
      return success({ handle: options.grants.issue(ownerOf(event.sender), purpose, path), path });
    },
    options.isTrustedContents,
  );
}
