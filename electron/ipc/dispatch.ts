import {
  SESSION_CHANNELS,
  contract,
  isChannel,
  type ChannelName,
  type ParsedRequestOf,
  type ResponseOf,
  type SessionChannel,
} from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { collectChanges } from '../core/changes';
import type { HandlerContext } from '../core/context';
import { failure, failureFrom, invalidPayload, success } from '../core/result';

/**
 * One function per channel of the contract; the type checker makes sure none is missing. A
 * handler that streams files (an archive) answers with a promise: `settle` waits for it.
 */
export type Handlers = {
  [C in Exclude<ChannelName, SessionChannel>]: (
    ctx: HandlerContext,
    request: ParsedRequestOf<C>,
  ) => ResponseOf<C> | Promise<ResponseOf<C>>;
};

/**
 * The one door into main, for Electron IPC and the preview's HTTP alike: refuses unknown
 * channels, validates the payload against the contract, runs the handler and returns the
 * result envelope, with the changes the handler's writes noted (see `core/changes.ts`). It
 * never throws.
 */
export function dispatch(
  ctx: HandlerContext,
  handlers: Handlers,
  channel: string,
  payload: unknown,
): Result<unknown> {
  if (!isChannel(channel)) {
    return failure('unknown_channel', 'errors.unknownChannel', `Unknown channel: ${channel}`);
  }
  // reportInput: zod 4 drops each issue's input otherwise, and the field issues need it to tell
  // a missing field (errors.required) from a wrong type (errors.invalidType).
  const parsed = contract[channel].request.safeParse(payload, { reportInput: true });
  if (!parsed.success) return invalidPayload(`payload for ${channel}`, parsed.error);
  if (isSessionChannel(channel)) {
    return failure('unknown_channel', 'errors.unknownChannel', `${channel} is answered by the data-folder session, not a handler`);
  }
  try {
    const handler = handlers[channel] as (ctx: HandlerContext, request: unknown) => unknown;
    const { value, changes } = collectChanges(ctx.db, () => handler(ctx, parsed.data));
    return success(value, changes);
  } catch (error) {
    return failureFrom(error);
  }
}

/**
 * Waits for an answer whose value is still a promise (a handler doing file I/O), turning a
 * rejection into the error envelope. Every door (Electron IPC, the preview) settles before
 * it replies, so nothing that crosses to the renderer is a promise.
 */
export async function settle(result: Result<unknown>): Promise<Result<unknown>> {
  if (!result.ok || !(result.value instanceof Promise)) return result;
  try {
    return success(await result.value, result.changes);
  } catch (error) {
    return failureFrom(error);
  }
}

function isSessionChannel(channel: ChannelName): channel is SessionChannel {
  return (SESSION_CHANNELS as readonly string[]).includes(channel);
}
