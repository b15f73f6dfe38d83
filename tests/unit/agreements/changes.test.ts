import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { agreementIdByCity, cityIdByName, tempDatabase } from '../helpers/tempData';
import { changesOf, write } from '../helpers/changes';

const versionIds = (db: Database.Database, agreementId: string) =>
  db
    .prepare('SELECT id FROM agreement_versions WHERE agreement_id = ? ORDER BY rowid')
    .pluck()
    .all(agreementId) as string[];

describe('agreement writes report exactly the records they changed', () => {
  it('create and update report the agreement, with the fields an update touched', () => {
    const { ctx, db } = tempDatabase({ sample: true });
    const cityId = cityIdByName(db, 'Rome');
    const { value, changes } = write(ctx, 'agreements:create', {
      cityId,
      kind: 'memorandum',
      signedOn: '2024',
    });
    expect(changes).toEqual([{ entity: 'agreement', id: value.id, op: 'create' }]);
    expect(
      changesOf(ctx, 'agreements:update', {
        id: value.id,
        changes: { title: 'Culture', notes: 'Signed in Rome' },
      }),
    ).toEqual([{ entity: 'agreement', id: value.id, op: 'update', fields: ['title', 'notes'] }]);
    expect(changesOf(ctx, 'agreements:list', {})).toBeUndefined();
  });

  it('a delete reports the agreement and what went to the trash with it: versions, actions, documents', () => {
    const { ctx, db } = tempDatabase({ sample: true });
    const id = agreementIdByCity(db, 'Montreal');
    const action = write(ctx, 'actions:create', {
      agreementId: id,
      title: 'Winter workshop',
      kind: 'workshop',
    }).value;
    const doc = write(ctx, 'documents:upload', {
      ownerType: 'action',
      ownerId: action.id,
      name: 'notes.txt',
      dataBase64: Buffer.from('notes').toString('base64'),
    }).value;
    const versions = versionIds(db, id);
    expect(versions).toHaveLength(3);
    expect(changesOf(ctx, 'agreements:delete', { id })).toEqual([
      { entity: 'agreement', id, op: 'delete' },
      ...versions.map((v) => ({ entity: 'agreement_version', id: v, op: 'delete' })),
      { entity: 'action', id: action.id, op: 'delete' },
      { entity: 'document', id: doc.id, op: 'delete' },
    ]);
  });
});
