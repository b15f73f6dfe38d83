import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { agreementIdByCity, tempDatabase } from '../helpers/tempData';
import { changesOf, write } from '../helpers/changes';

const versionIds = (db: Database.Database, agreementId: string) =>
  db
    .prepare('SELECT id FROM agreement_versions WHERE agreement_id = ? ORDER BY rowid')
    .pluck()
    .all(agreementId) as string[];
const actionIds = (db: Database.Database, agreementId: string) =>
  db
    .prepare('SELECT id FROM actions WHERE agreement_id = ? ORDER BY rowid')
    .pluck()
    .all(agreementId) as string[];

describe('trash writes report exactly the records they changed', () => {
  it('a restore reports every record it brought back; listing the trash reports nothing', () => {
    const { ctx, db } = tempDatabase({ sample: true });
    const id = agreementIdByCity(db, 'Montreal');
    write(ctx, 'actions:create', { agreementId: id, title: 'Winter workshop', kind: 'workshop' });
    const versions = versionIds(db, id);
    const actions = actionIds(db, id);
    expect(versions.length).toBeGreaterThan(0);
    expect(actions.length).toBeGreaterThan(0);
    write(ctx, 'agreements:delete', { id });
    expect(changesOf(ctx, 'trash:list', undefined)).toBeUndefined();
    const restored = changesOf(ctx, 'trash:restore', { entityId: id });
    expect(restored).toEqual([
      { entity: 'agreement', id, op: 'restore' },
      ...actions.map((a) => ({ entity: 'action', id: a, op: 'restore' })),
      ...versions.map((v) => ({ entity: 'agreement_version', id: v, op: 'restore' })),
    ]);
  });

  it('purging an entry reports what it held as deleted; emptying the trash reports all it held', () => {
    const { ctx, db } = tempDatabase({ sample: true });
    const montreal = agreementIdByCity(db, 'Montreal');
    const copenhagen = agreementIdByCity(db, 'Copenhagen');
    write(ctx, 'actions:create', {
      agreementId: montreal,
      title: 'Winter workshop',
      kind: 'workshop',
    });
    const montrealVersions = versionIds(db, montreal);
    const montrealActions = actionIds(db, montreal);
    const copenhagenActions = actionIds(db, copenhagen);
    expect(
      [montrealVersions.length, montrealActions.length, copenhagenActions.length].every(
        (n) => n > 0,
      ),
    ).toBe(true);
    write(ctx, 'agreements:delete', { id: montreal });
    write(ctx, 'agreements:delete', { id: copenhagen });
    const entries = write(ctx, 'trash:list', undefined).value.rows;
    const montrealEntry = entries.find((e) => e.entityId === montreal)!;
    expect(changesOf(ctx, 'trash:purge', { id: montrealEntry.id })).toEqual([
      { entity: 'agreement', id: montreal, op: 'delete' },
      ...montrealActions.map((a) => ({ entity: 'action', id: a, op: 'delete' })),
      ...montrealVersions.map((v) => ({ entity: 'agreement_version', id: v, op: 'delete' })),
    ]);
    expect(changesOf(ctx, 'trash:empty', undefined)).toEqual([
      { entity: 'agreement', id: copenhagen, op: 'delete' },
      ...copenhagenActions.map((a) => ({ entity: 'action', id: a, op: 'delete' })),
      ...versionIds(db, copenhagen).map((v) => ({
        entity: 'agreement_version',
        id: v,
        op: 'delete',
      })),
    ]);
    expect(changesOf(ctx, 'trash:empty', undefined)).toBeUndefined();
  });
});
