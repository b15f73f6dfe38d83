import { describe, expect, it } from 'vitest';
import { agreementIdByCity, tempDatabase } from '../helpers/tempData';
import { changesOf, write } from '../helpers/changes';

describe('document writes report exactly the records they changed', () => {
  it('upload and delete report the document; reading it reports nothing', () => {
    const { ctx, db } = tempDatabase({ sample: true });
    const ownerId = agreementIdByCity(db, 'Montreal');
    const { value: doc, changes } = write(ctx, 'documents:upload', {
      ownerType: 'agreement',
      ownerId,
      name: 'pacte.txt',
      dataBase64: Buffer.from('pacte').toString('base64'),
    });
    expect(changes).toEqual([{ entity: 'document', id: doc.id, op: 'create' }]);
    expect(changesOf(ctx, 'documents:read', { id: doc.id })).toBeUndefined();
    expect(changesOf(ctx, 'documents:list', { ownerType: 'agreement', ownerId })).toBeUndefined();
    expect(changesOf(ctx, 'documents:delete', { id: doc.id })).toEqual([
      { entity: 'document', id: doc.id, op: 'delete' },
    ]);
  });
});
