import { describe, expect, it } from 'vitest';
import { RemoteChangeFeed } from '../../../electron/core/remoteChanges';
import { COMPACT_OVER, EVERYTHING } from '../../../electron/core/changes';
import type { Change } from '../../../shared/ipc/changes';

const edit = (id: string): Change => ({
  entity: 'agreement',
  id,
  op: 'update',
  fields: ['status'],
});

describe('the feed of what syncs applied', () => {
  it('tells a reader what came after its position, once', () => {
    const feed = new RemoteChangeFeed();
    const start = feed.since(undefined);
    expect(start).toEqual({ position: 0, changes: [] });
    feed.push([edit('a1'), { entity: 'city', id: 'c1', op: 'create' }]);
    const next = feed.since(start.position);
    expect(next).toEqual({
      position: 2,
      changes: [edit('a1'), { entity: 'city', id: 'c1', op: 'create' }],
    });
    expect(feed.since(next.position)).toEqual({ position: 2, changes: [] });
    feed.push([edit('a2')]);
    expect(feed.since(next.position)).toEqual({ position: 3, changes: [edit('a2')] });
  });

  it('answers the compact form past the envelope limit', () => {
    const feed = new RemoteChangeFeed(10_000);
    feed.push(Array.from({ length: COMPACT_OVER + 1 }, (_, i) => edit(`a${i}`)));
    feed.push([{ entity: 'action', id: 'x', op: 'delete' }]);
    expect(feed.since(0).changes).toEqual([
      { entity: 'agreement', id: '*', op: 'update' },
      { entity: 'action', id: '*', op: 'delete' },
    ]);
  });

  it('tells a reader too far behind, or from another run, that everything may have changed', () => {
    const feed = new RemoteChangeFeed(3);
    feed.push([edit('a1'), edit('a2'), edit('a3'), edit('a4')]);
    expect(feed.since(1).changes).toEqual([edit('a2'), edit('a3'), edit('a4')]);
    expect(feed.since(0)).toEqual({ position: 4, changes: [...EVERYTHING] });
    expect(feed.since(99)).toEqual({ position: 4, changes: [...EVERYTHING] });
  });
});
