import type { ChannelName, RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import { ApiError, unreachable } from './ApiError';
import { pickTransport, type Transport } from './transport';

let transport: Transport | null = null;

/**
 * Calls main on a channel of the contract. Resolves with the value of an `{ ok: true }`
 * envelope; rejects with an `ApiError` carrying main's error otherwise.
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
  return result.value as ResponseOf<C>;
}
