import { describe, expect, it } from 'vitest';
import { agreementIdByCity, tempDatabase } from '../helpers/tempData';
import { changesOf, write } from '../helpers/changes';

describe('version writes report exactly the records they changed', () => {
  it('create, update (with the fields), delete', () => {
    const { ctx, db } = tempDatabase({ sample: true });
    const agreementId = agreementIdByCity(db, 'Montreal');
    const { value: version, changes } = write(ctx, 'agreements:version-create', {
      agreementId,
      kind: 'renewal',
      date: '2026-04',
    });
    expect(changes).toEqual([{ entity: 'agreement_version', id: version.id, op: 'create' }]);
    expect(
      changesOf(ctx, 'agreements:version-update', {
        id: version.id,
        changes: { summary: 'Fifth renewal' },
      }),
    ).toEqual([{ entity: 'agreement_version', id: version.id, op: 'update', fields: ['summary'] }]);
    expect(changesOf(ctx, 'agreements:versions', { agreementId })).toBeUndefined();
    expect(changesOf(ctx, 'agreements:version-delete', { id: version.id })).toEqual([
      { entity: 'agreement_version', id: version.id, op: 'delete' },
    ]);
  });
});
