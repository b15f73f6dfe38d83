import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId } from '../../../electron/services/common/clock';
import { idSchema } from '../../../shared/schemas/common';

describe('newId', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives version 7 UUIDs that the id schema accepts, with the time in the first 48 bits', () => {
    vi.useFakeTimers({ now: Date.UTC(2036, 11, 4, 12, 0, 0), toFake: ['Date'] });
    const id = newId();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(idSchema.safeParse(id).success).toBe(true);
    expect(parseInt(id.replace('-', '').slice(0, 12), 16)).toBe(Date.UTC(2036, 11, 4, 12, 0, 0));
  });

  it('sorts in creation order within one millisecond and across a clock set back, and never repeats', () => {
    vi.useFakeTimers({ now: Date.UTC(2036, 11, 4, 12, 0, 0), toFake: ['Date'] });
    const ids = Array.from({ length: 5000 }, () => newId());
    vi.setSystemTime(Date.UTC(2036, 11, 4, 11, 0, 0));
    ids.push(newId(), newId());
    vi.setSystemTime(Date.UTC(2036, 11, 4, 13, 0, 0));
    ids.push(newId());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
