import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  COMPACT_OVER,
  collectChanges,
  noteChange,
  noteChanges,
} from '../../../electron/core/changes';

/** The collector keys on the connection object only: any object stands for one here. */
const connection = () => ({}) as Database.Database;

describe('the change collector', () => {
  it('keeps one change per record and operation, joining the fields of two updates', () => {
    const db = connection();
    const { value, changes } = collectChanges(db, () => {
      noteChange(db, { entity: 'action', id: 'a1', op: 'update', fields: ['status'] });
      noteChange(db, { entity: 'action', id: 'a1', op: 'update', fields: ['notes', 'status'] });
      noteChange(db, { entity: 'action', id: 'a2', op: 'create' });
      return 42;
    });
    expect(value).toBe(42);
    expect(changes).toEqual([
      { entity: 'action', id: 'a1', op: 'update', fields: ['status', 'notes'] },
      { entity: 'action', id: 'a2', op: 'create' },
    ]);
  });

  it(`answers the compact form (id '*') above ${COMPACT_OVER} records`, () => {
    const db = connection();
    const ids = Array.from({ length: COMPACT_OVER + 1 }, (_, i) => `x${i}`);
    const { changes } = collectChanges(db, () => {
      noteChanges(db, 'action', ids, 'delete');
      noteChange(db, { entity: 'agreement', id: 'g', op: 'delete' });
    });
    expect(changes).toEqual([
      { entity: 'action', id: '*', op: 'delete' },
      { entity: 'agreement', id: '*', op: 'delete' },
    ]);
    const exact = collectChanges(db, () => noteChanges(db, 'action', ids.slice(1), 'delete'));
    expect(exact.changes).toHaveLength(COMPACT_OVER);
  });

  it('notes nothing outside a collection, and drops what a failed write noted', () => {
    const db = connection();
    noteChange(db, { entity: 'city', id: 'c', op: 'create' });
    expect(collectChanges(db, () => 0).changes).toEqual([]);
    expect(() =>
      collectChanges(db, () => {
        noteChange(db, { entity: 'city', id: 'c', op: 'create' });
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(collectChanges(db, () => 0).changes).toEqual([]);
  });
});
