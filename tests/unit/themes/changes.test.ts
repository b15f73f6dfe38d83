import { describe, expect, it } from 'vitest';
import { tempDatabase } from '../helpers/tempData';
import { changesOf, write } from '../helpers/changes';

describe('theme writes report exactly the records they changed', () => {
  it('create, update (with the fields), delete', () => {
    const { ctx } = tempDatabase();
    const { value: theme, changes } = write(ctx, 'themes:create', {
      labelEn: 'Winter',
      labelFr: 'Hiver',
    });
    expect(changes).toEqual([{ entity: 'theme', id: theme.id, op: 'create' }]);
    expect(
      changesOf(ctx, 'themes:update', { id: theme.id, changes: { labelFr: 'L’hiver' } }),
    ).toEqual([{ entity: 'theme', id: theme.id, op: 'update', fields: ['labelFr'] }]);
    expect(changesOf(ctx, 'themes:list', undefined)).toBeUndefined();
    expect(changesOf(ctx, 'themes:delete', { id: theme.id })).toEqual([
      { entity: 'theme', id: theme.id, op: 'delete' },
    ]);
  });
});
