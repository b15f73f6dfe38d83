import type Database from 'better-sqlite3';
import { expect } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import type { HandlerContext } from '../../../electron/core/context';
import { handlers } from '../../../electron/ipc/handlers';
import { DomainError } from '../../../electron/core/errors';
import { createAction } from '../../../electron/services/actions/crud';
import type { ChannelName, ResponseOf } from '../../../shared/ipc/contract';
import type { AppError } from '../../../shared/ipc/result';
import type { ActionInput } from '../../../shared/schemas/actions';
import { agreementIdByCity, dumpTables } from './tempData';

/** A UUID that names no record. */
export const MISSING = '00000000-0000-4000-8000-000000000000';

/** Runs `act`, expects a DomainError, and checks that nothing at all was written. */
export function refused(db: Database.Database, act: () => unknown): DomainError {
  const before = dumpTables(db);
  let thrown: unknown;
  try {
    act();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(DomainError);
  expect(dumpTables(db)).toEqual(before);
  return thrown as DomainError;
}

/** Calls a channel through the real dispatcher and handlers; throws on an error envelope. */
export function call<C extends ChannelName>(
  ctx: HandlerContext,
  channel: C,
  payload?: unknown,
): ResponseOf<C> {
  const result = dispatch(ctx, handlers, channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as ResponseOf<C>;
}

/** Calls a channel and returns the error envelope it must answer with. */
export function callError(ctx: HandlerContext, channel: string, payload?: unknown): AppError {
  const result = dispatch(ctx, handlers, channel, payload);
  if (result.ok)
    throw new Error(`${channel} answered ok: ${JSON.stringify(result.value).slice(0, 200)}`);
  return result.error;
}

/** The id of a theme by code. */
export function themeId(db: Database.Database, code: string): string {
  const id = db.prepare('SELECT id FROM themes WHERE code = ?').pluck().get(code) as
    string | undefined;
  if (!id) throw new Error(`No theme ${code}`);
  return id;
}

/** An action under the agreement with the given sample city, with sensible defaults. */
export function addAction(db: Database.Database, city: string, input: Partial<ActionInput> = {}) {
  return createAction(db, {
    agreementId: agreementIdByCity(db, city),
    title: 'Exchange',
    kind: 'workshop',
    ...input,
  });
}
