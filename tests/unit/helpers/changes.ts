import { dispatch } from '../../../electron/ipc/dispatch';
import { handlers } from '../../../electron/ipc/handlers';
import type { HandlerContext } from '../../../electron/core/context';
import type { ChannelName, ResponseOf } from '../../../shared/ipc/contract';
import type { Change } from '../../../shared/ipc/changes';

/**
 * Calls a channel through the real dispatcher and handlers, as both doors do; returns its value
 * and the `changes` of its envelope (undefined when it reported none). Throws on an error.
 */
export function write<C extends ChannelName>(
  ctx: HandlerContext,
  channel: C,
  payload?: unknown,
): { value: ResponseOf<C>; changes: Change[] | undefined } {
  const result = dispatch(ctx, handlers, channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return { value: result.value as ResponseOf<C>, changes: result.changes };
}

/** The changes a channel reported, for a call that must succeed. */
export function changesOf(
  ctx: HandlerContext,
  channel: ChannelName,
  payload?: unknown,
): Change[] | undefined {
  return write(ctx, channel, payload).changes;
}
