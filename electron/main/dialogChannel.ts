import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { z } from 'zod';
import type { Result } from '../../shared/ipc/result';
import type { ChosenFile } from '../../shared/schemas/fileHandles';
import { invalidPayload } from '../core/result';
import { forbidden, isTrustedSender } from './ipc';
import { isOwnWebContents } from './window';

/**
 * One native dialog's channel: the same sender check as the contract, the options validated
 * against `schema`, then `show` (which answers `{ handle, path } | null`). Returns a function
 * that removes it.
 */
export function registerDialogChannel<T>(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  channel: string,
  what: string,
  schema: z.ZodType<T>,
  show: (event: IpcMainInvokeEvent, options: T) => Promise<Result<ChosenFile | null>>,
  isTrustedContents: (contents: WebContents) => boolean = isOwnWebContents,
): () => void {
  ipcMain.handle(channel, async (event: IpcMainInvokeEvent, payload: unknown) => {
    if (!isTrustedSender(event, isTrustedContents)) {
      console.warn(`Accords: refused ${channel} from ${event.senderFrame?.url ?? 'a gone frame'}`);
      return forbidden(channel);
    }
    const parsed = schema.safeParse(payload, { reportInput: true });
    if (!parsed.success) return invalidPayload(what, parsed.error);
    return show(event, parsed.data);
  });
  return () => ipcMain.removeHandler(channel);
}
