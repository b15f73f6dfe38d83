import { describe, expect, it } from 'vitest';
import { agreementIdByCity, tempDatabase } from '../helpers/tempData';
import { changesOf, write } from '../helpers/changes';

describe('action writes report exactly the records they changed', () => {
  it('create, update (with the fields), delete with its documents', () => {
    const { ctx, db } = tempDatabase({ sample: true });
    const agreementId = agreementIdByCity(db, 'Montreal');
    const { value: action, changes } = write(ctx, 'actions:create', {
      agreementId,
      title: 'Winter workshop',
      kind: 'workshop',
    });
    expect(changes).toEqual([{ entity: 'action', id: action.id, op: 'create' }]);
    expect(
      changesOf(ctx, 'actions:update', {
        id: action.id,
        changes: { status: 'ongoing', notes: 'Booked' },
      }),
    ).toEqual([{ entity: 'action', id: action.id, op: 'update', fields: ['status', 'notes'] }]);
    const doc = write(ctx, 'documents:upload', {
      ownerType: 'action',
      ownerId: action.id,
      name: 'programme.txt',
      dataBase64: Buffer.from('programme').toString('base64'),
    }).value;
    expect(changesOf(ctx, 'actions:list', {})).toBeUndefined();
    expect(changesOf(ctx, 'actions:delete', { id: action.id })).toEqual([
      { entity: 'action', id: action.id, op: 'delete' },
      { entity: 'document', id: doc.id, op: 'delete' },
    ]);
  });
});
