import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type { AccordsBridge, OpenFileOptions, SaveFileOptions } from '../../shared/ipc/bridge';
import type { ChosenFile } from '../../shared/schemas/fileHandles';
import { isChannel } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { failure } from '../core/result';
import { MENU_CHANNEL, OPEN_DIALOG_CHANNEL, SAVE_DIALOG_CHANNEL } from './channels';

/**
 * The renderer's door to main: a few functions over `ipcRenderer`, which itself never leaves
 * the preload. A channel outside the contract is refused here, without a round trip.
 */
export function createBridge(
  ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>,
): AccordsBridge {
  return {
    invoke(channel: string, payload: unknown): Promise<Result<unknown>> {
      if (typeof channel !== 'string' || !isChannel(channel)) {
        return Promise.resolve(
          failure(
            'unknown_channel',
            'errors.unknownChannel',
            `Unknown channel: ${String(channel)}`,
          ),
        );
      }
      // Main answers with an envelope and never throws; a rejection means no handler or a dead main.
      return (ipc.invoke(channel, payload) as Promise<Result<unknown>>).catch((error: unknown) =>
        failure(
          'internal',
          'errors.internal',
          error instanceof Error ? error.message : String(error),
        ),
      );
    },

    // Main validates the options and shows the dialog over our window. A refusal (bad options,
    // a foreign sender) rejects rather than reading as "cancelled", so the screen can say so.
    chooseSaveFile(options: SaveFileOptions): Promise<ChosenFile | null> {
      return askDialog(ipc, SAVE_DIALOG_CHANNEL, options);
    },

    chooseOpen(options: OpenFileOptions): Promise<ChosenFile | null> {
      return askDialog(ipc, OPEN_DIALOG_CHANNEL, options);
    },

    onMenuCommand(listener: (command: string) => void): () => void {
      if (typeof listener !== 'function') return () => {};
      // The event stays here: its `sender` is ipcRenderer.
      const forward = (_event: IpcRendererEvent, command: unknown) => {
        if (typeof command === 'string') listener(command);
      };
      ipc.on(MENU_CHANNEL, forward);
      return () => {
        ipc.removeListener(MENU_CHANNEL, forward);
      };
    },
  };
}

/** A dialog's answer: main's handle and the path to show, or null (cancelled). */
async function askDialog(
  ipc: Pick<IpcRenderer, 'invoke'>,
  channel: string,
  options: unknown,
): Promise<ChosenFile | null> {
  const result = (await ipc.invoke(channel, options)) as Result<ChosenFile | null>;
  if (!result.ok) throw new Error(result.error.message);
  const value = result.value;
  return value && typeof value.handle === 'string' && typeof value.path === 'string'
    ? { handle: value.handle, path: value.path }
    : null;
}
