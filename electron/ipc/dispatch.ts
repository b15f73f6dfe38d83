import type Database from 'better-sqlite3';
import {
  SESSION_CHANNELS,
  contract,
  isChannel,
  type ChannelName,
  type ParsedRequestOf,
  type ResponseOf,
  type SessionChannel,
} from '../../shared/ipc/contract';
import { fieldIssuesFromZod, summarizeIssues } from '../../shared/ipc/issues';
import type { AppError, Result } from '../../shared/ipc/result';
import { DomainError } from '../core/errors';

/** What every handler gets: the open database and where the data lives. */
export interface HandlerContext {
  db: Database.Database;
  dataDir: string;
  version: string;
}

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
 * result envelope. It never throws.
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
  if (!parsed.success) {
    const issues = fieldIssuesFromZod(parsed.error);
    return failure('validation', 'errors.validation', `Invalid payload for ${channel}: ${summarizeIssues(issues)}`, { issues });
  }
  if (isSessionChannel(channel)) {
    return failure('unknown_channel', 'errors.unknownChannel', `${channel} is answered by the data-folder session, not a handler`);
  }
  try {
    const handler = handlers[channel] as (ctx: HandlerContext, request: unknown) => unknown;
    return { ok: true, value: handler(ctx, parsed.data) };
  } catch (error) {
    return { ok: false, error: toAppError(error) };
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
    return { ok: true, value: await result.value };
  } catch (error) {
    return { ok: false, error: toAppError(error) };
  }
}

function isSessionChannel(channel: ChannelName): channel is SessionChannel {
  return (SESSION_CHANNELS as readonly string[]).includes(channel);
}

/** Maps what a service threw to the envelope's error: domain refusals, storage failures, bugs. */
export function toAppError(error: unknown): AppError {
  if (error instanceof DomainError) {
    return {
      code: error.code,
      key: error.key,
      message: error.message,
      details: { issues: error.issues, params: error.params },
    };
  }
  const sqliteCode = (error as { code?: unknown } | null)?.code;
  if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_')) {
    const key =
      sqliteCode === 'SQLITE_FULL'
        ? 'errors.storageFull'
        : sqliteCode.startsWith('SQLITE_READONLY')
          ? 'errors.storageReadOnly'
          : sqliteCode.startsWith('SQLITE_BUSY')
            ? 'errors.storageBusy'
            : 'errors.storage';
    return { code: 'storage', key, message: `${sqliteCode}: ${(error as Error).message}`, details: { params: { sqliteCode } } };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', key: 'errors.internal', message, details: {} };
}

function failure(
  code: AppError['code'],
  key: string,
  message: string,
  details: AppError['details'] = {},
): Result<never> {
  return { ok: false, error: { code, key, message, details } };
}
