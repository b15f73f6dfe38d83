import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { CHANNELS, type ChannelName } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { dispatch, settle, type Handlers } from '../ipc/dispatch';
import type { HandlerContext } from '../core/context';
import { failure } from '../core/result';
import { admitFiles } from '../files/door';
import { FileGrants } from '../files/grants';
import { handlers as appHandlers } from '../ipc/handlers';
import { isAppUrl } from './origin';
import { isOwnWebContents } from './window';

export interface IpcOptions {
  /** The channel → handler map; the app's own unless a test gives another. */
  handlers?: Handlers;
  /** Whether a web contents is one of ours; by default, windows made by `createMainWindow`. */
  isTrustedContents?: (contents: WebContents) => boolean;
  /**
   * The choices made in this app's native dialogs (shared with `registerFileDialogs`); a new,
   * empty one by default, so typed paths are refused and no handle is good.
   */
  fileGrants?: FileGrants;
  /** Told of every answered call, e.g. to rebuild the menu when the language changes. */
  afterDispatch?: (channel: ChannelName, result: Result<unknown>) => void;
}

/** Answers one call: the data-folder session in the app, a plain dispatcher in tests. */
export type Answer = (channel: ChannelName, payload: unknown) => Result<unknown>;

/** The sender facts the check needs (a subset of `IpcMainInvokeEvent`). */
export type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/**
 * True when a call comes from the top frame of one of our windows, showing a page of
 * `app://accords`. Sub-frames, other origins (a page navigated away, an injected frame) and
 * windows we did not create are refused before anything runs.
 */
export function isTrustedSender(
  event: SenderEvent,
  isTrustedContents: (contents: WebContents) => boolean,
): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (!isAppUrl(frame.url)) return false;
  return isTrustedContents(event.sender);
}

/**
 * Answers every channel of the contract over `ipcMain.handle`: checks the sender, then hands
 * the payload to the session (or `dispatch`), which validates it and runs the handler. Always answers with the
 * result envelope. Returns a function that removes the handlers.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  target: HandlerContext | Answer,
  options: IpcOptions = {},
): () => void {
  const handlers = options.handlers ?? appHandlers;
  const answer: Answer =
    typeof target === 'function' ? target : (channel, payload) => dispatch(target, handlers, channel, payload);
  const isTrustedContents = options.isTrustedContents ?? isOwnWebContents;
  const grants = options.fileGrants ?? new FileGrants();
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, payload: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, isTrustedContents)) {
        console.warn(
          `Accords: refused ${channel} from ${event.senderFrame?.url ?? 'a gone frame'}`,
        );
        return forbidden(channel);
      }
      // Paths come from main's dialogs only: a handle becomes the path chosen for this window.
      const admitted = admitFiles(channel, payload, {
        kind: 'desktop',
        grants,
        owner: ownerOf(event.sender),
      });
      const result = admitted.ok ? await settle(answer(channel, admitted.value)) : admitted;
      try {
        options.afterDispatch?.(channel, result);
      } catch (error) {
        console.error(`Accords: after ${channel}:`, error);
      }
      return result;
    });
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}

/** The key a dialog's choice is bound to: the web contents that asked (ids are not reused). */
export function ownerOf(sender: WebContents): string {
  return `webContents:${sender.id}`;
}

/** The answer to a call from a sender that is not ours. */
export function forbidden(channel: string): Result<never> {
  return failure('forbidden', 'errors.forbidden', `Refused ${channel}: the request did not come from the Accords window`);
}
