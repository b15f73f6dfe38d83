import type { Change } from '../../../shared/ipc/changes';
import type { ChannelName, RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import { ApiError, unreachable } from './ApiError';
import { pickTransport, type Transport } from './transport';

let transport: Transport | null = null;

/** Told what a call wrote; the call resolves once what it returns has settled. */
export type ChangeListener = (changes: readonly Change[]) => unknown;

let changeListener: ChangeListener | null = null;

/**
 * Sets the one listener told of the records each call wrote (the renderer's caches refresh
 * from it). Returns what removes it again.
 */
export function onChanges(listener: ChangeListener): () => void {
  changeListener = listener;
  return () => {
    if (changeListener === listener) changeListener = null;
  };
}

/**
 * Calls main on a channel of the contract. Resolves with the value of an `{ ok: true }`
 * envelope; rejects with an `ApiError` carrying main's error otherwise. When the envelope
 * reports changes, the listener hears them first and the call waits for it, so what a screen
 * does next (close a dialog, show a notice) comes after the data on screen is fresh.
 */
export async function call<C extends ChannelName>(
  channel: C,
  payload: RequestOf<C>,
): Promise<ResponseOf<C>> {
  transport ??= pickTransport();
  let result;
  try {
    result = await transport(channel, payload);
  } catch (cause) {
    throw unreachable(channel, cause);
  }
  if (!result || typeof result !== 'object' || !('ok' in result)) {
    throw unreachable(channel, 'not an envelope');
  }
  if (!result.ok) throw new ApiError(channel, result.error);
  if (result.changes && result.changes.length > 0 && changeListener) {
    try {
      await changeListener(result.changes);
    } catch {
      // The write succeeded; a refresh that failed shows at its own query.
    }
  }
  return result.value as ResponseOf<C>;
}
