import type { Change } from './changes';

/**
 * Errors travel as values: Electron passes only an error's message across IPC, so every
 * call answers with this envelope, whatever the transport.
 */
export type Result<T> =
  | {
      ok: true;
      value: T;
      /** What the call wrote, record by record (absent when it wrote nothing): see `Change`. */
      changes?: Change[];
    }
  | { ok: false; error: AppError };

/** Why a call failed. `validation` and `rule` carry the fields at fault. */
export type ErrorCode =
  | 'validation'
  | 'rule'
  | 'not_found'
  | 'conflict'
  | 'unknown_channel'
  | 'forbidden'
  | 'storage'
  | 'internal';

/** One field at fault: `key` is an i18n key under `errors.`, `params` fills it in. */
export interface FieldIssue {
  path: string;
  key: string;
  params?: Record<string, string | number>;
}

export interface AppError {
  code: ErrorCode;
  /** An English sentence for logs and the command line; screens translate `key` instead. */
  message: string;
  /** The i18n key of the sentence the user reads. */
  key: string;
  details: { issues?: FieldIssue[]; params?: Record<string, string | number> };
}

/** Builds a successful envelope. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}
