import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type { AccordsBridge } from '../../shared/ipc/bridge';
import { isChannel } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { MENU_CHANNEL } from './channels';

/**
 * The renderer's door to main: two functions over `ipcRenderer`, which itself never leaves
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

    // STUB (owned by the delivery helper): the native save dialog over IPC.
    chooseSaveFile(): Promise<string | null> {
      return Promise.resolve(null);
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

function failure(
  code: 'unknown_channel' | 'internal',
  key: string,
  message: string,
): Result<never> {
  return { ok: false, error: { code, key, message, details: {} } };
}
