import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Change } from '../../../shared/ipc/changes';
import type { Result } from '../../../shared/ipc/result';

let answer: Result<unknown> = { ok: true, value: null };
vi.mock('./transport', () => ({ pickTransport: () => () => Promise.resolve(answer) }));
vi.mock('./ApiError', () => ({
  ApiError: class extends Error {},
  unreachable: (channel: string) => new Error(channel),
}));

const { call, onChanges } = await import('./client');

const DELETED: Change[] = [
  { entity: 'agreement', id: 'a1', op: 'delete' },
  { entity: 'action', id: 'b1', op: 'delete' },
];

describe('call and the change listener', () => {
  let off: () => void = () => undefined;
  afterEach(() => off());

  it('tells the listener what a write touched, and resolves only once it has settled', async () => {
    const order: string[] = [];
    const heard: Change[][] = [];
    off = onChanges(async (changes) => {
      heard.push([...changes]);
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push('refreshed');
    });
    answer = { ok: true, value: { id: 'a1' }, changes: DELETED };
    const value = await call('agreements:delete', { id: 'a1' });
    order.push('resolved');
    expect(value).toEqual({ id: 'a1' });
    expect(heard).toEqual([DELETED]);
    expect(order).toEqual(['refreshed', 'resolved']);
  });

  it('says nothing for a read, nor for a refusal', async () => {
    const listener = vi.fn();
    off = onChanges(listener);
    answer = { ok: true, value: [] };
    await call('themes:list', undefined);
    answer = {
      ok: false,
      error: { code: 'not_found', message: 'gone', key: 'errors.notFound', details: {} },
    };
    await expect(call('agreements:delete', { id: 'a1' })).rejects.toThrow();
    expect(listener).not.toHaveBeenCalled();
  });

  it('keeps the write a success when the refresh fails', async () => {
    off = onChanges(() => {
      throw new Error('cache broke');
    });
    answer = { ok: true, value: { id: 'a1' }, changes: DELETED };
    await expect(call('agreements:delete', { id: 'a1' })).resolves.toEqual({ id: 'a1' });
  });

  it('stops telling a listener once it is removed', async () => {
    const listener = vi.fn();
    onChanges(listener)();
    answer = { ok: true, value: { id: 'a1' }, changes: DELETED };
    await call('agreements:delete', { id: 'a1' });
    expect(listener).not.toHaveBeenCalled();
  });
});
