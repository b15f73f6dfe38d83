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

  it('gives the same answer when a long write is folded as it goes', () => {
    const db = connection();
    // Many notes of few records: exact, fields joined across folds, in first-noted order.
    const few = collectChanges(db, () => {
      for (let i = 0; i < 10 * COMPACT_OVER; i += 1)
        noteChange(db, { entity: 'action', id: `a${i % 3}`, op: 'update', fields: [`f${i % 4}`] });
      noteChange(db, { entity: 'city', id: 'c', op: 'create' });
    });
    expect(few.changes).toEqual([
      { entity: 'action', id: 'a0', op: 'update', fields: ['f0', 'f3', 'f2', 'f1'] },
      { entity: 'action', id: 'a1', op: 'update', fields: ['f1', 'f0', 'f3', 'f2'] },
      { entity: 'action', id: 'a2', op: 'update', fields: ['f2', 'f1', 'f0', 'f3'] },
      { entity: 'city', id: 'c', op: 'create' },
    ]);
    // Many records: the compact form, kinds in the order first noted, one noted after the fold too.
    const many = collectChanges(db, () => {
      noteChange(db, { entity: 'agreement', id: 'g', op: 'update', fields: ['title'] });
      for (let i = 0; i < 5 * COMPACT_OVER; i += 1) {
        noteChange(db, { entity: 'city', id: `c${i}`, op: 'create' });
        noteChange(db, { entity: 'agreement', id: `g${i}`, op: 'create' });
      }
      noteChange(db, { entity: 'contact', id: 'k', op: 'delete' });
    });
    expect(many.changes).toEqual([
      { entity: 'agreement', id: '*', op: 'update' },
      { entity: 'city', id: '*', op: 'create' },
      { entity: 'agreement', id: '*', op: 'create' },
      { entity: 'contact', id: '*', op: 'delete' },
    ]);
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
