import { describe, expect, it } from 'vitest';
import { cityIdByName, tempDatabase } from '../helpers/tempData';
import { changesOf, write } from '../helpers/changes';

describe('contact writes report exactly the records they changed', () => {
  it('create, update (with the fields), delete', () => {
    const { ctx, db } = tempDatabase({ sample: true });
    const cityId = cityIdByName(db, 'Montreal');
    const { value: contact, changes } = write(ctx, 'contacts:create', {
      name: 'Marie Tremblay',
      cityId,
    });
    expect(changes).toEqual([{ entity: 'contact', id: contact.id, op: 'create' }]);
    expect(
      changesOf(ctx, 'contacts:update', { id: contact.id, changes: { role: 'Adviser' } }),
    ).toEqual([{ entity: 'contact', id: contact.id, op: 'update', fields: ['role'] }]);
    expect(changesOf(ctx, 'contacts:list', undefined)).toBeUndefined();
    expect(changesOf(ctx, 'contacts:delete', { id: contact.id })).toEqual([
      { entity: 'contact', id: contact.id, op: 'delete' },
    ]);
  });
});
