import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { handlers } from '../../../electron/ipc/handlers';
import { cityIdByName, tempDatabase } from '../helpers/tempData';
import { changesOf, write } from '../helpers/changes';

describe('city writes report exactly the records they changed', () => {
  it('create, update (with the fields), delete; reads report nothing', () => {
    const { ctx } = tempDatabase({ sample: true });
    const { value: city, changes } = write(ctx, 'cities:create', {
      name: 'Trois-Rivières',
      country: 'CA',
    });
    expect(changes).toEqual([{ entity: 'city', id: city.id, op: 'create' }]);
    expect(
      changesOf(ctx, 'cities:update', {
        id: city.id,
        changes: { latitude: 46.35, longitude: -72.55 },
      }),
    ).toEqual([{ entity: 'city', id: city.id, op: 'update', fields: ['latitude', 'longitude'] }]);
    expect(changesOf(ctx, 'cities:list', {})).toBeUndefined();
    expect(changesOf(ctx, 'cities:get', { id: city.id })).toBeUndefined();
    expect(changesOf(ctx, 'cities:delete', { id: city.id })).toEqual([
      { entity: 'city', id: city.id, op: 'delete' },
    ]);
  });

  it('an update that changes nothing, and a refused delete, report nothing', () => {
    const { ctx, db } = tempDatabase({ sample: true });
    const rome = cityIdByName(db, 'Rome');
    expect(
      changesOf(ctx, 'cities:update', { id: rome, changes: { name: 'Rome' } }),
    ).toBeUndefined();
    const refused = dispatch(ctx, handlers, 'cities:delete', { id: rome });
    expect(refused.ok).toBe(false);
    expect('changes' in refused).toBe(false);
  });
});
