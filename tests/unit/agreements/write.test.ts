import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createAgreement,
  deleteAgreement,
  getAgreement,
  listAgreements,
  updateAgreement,
} from '../../../electron/services/agreements/agreements';
import { createCity } from '../../../electron/services/cities/cities';
import { DomainError } from '../../../electron/core/errors';
import {
  agreementIdByCity,
  cityIdByName,
  countRows,
  dumpTables,
  tempDatabase,
} from '../helpers/tempData';

const MISSING = '00000000-0000-4000-8000-000000000000';

/** Runs `act`, expects a DomainError, and checks that the database did not change at all. */
function refused(db: Database.Database, act: () => unknown): DomainError {
  const before = dumpTables(db);
  let thrown: unknown;
  try {
    act();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(DomainError);
  expect(dumpTables(db)).toEqual(before);
  return thrown as DomainError;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createAgreement', () => {
  it('records an agreement with its defaults and returns the register row', () => {
    const { db } = tempDatabase();
    const lyon = createCity(db, { name: 'Lyon', country: 'FR' });
    const row = createAgreement(db, { cityId: lyon.id, kind: 'memorandum', signedOn: ' 2010-05 ' });
    expect(row).toMatchObject({
      cityId: lyon.id,
      cityName: 'Lyon',
      country: 'FR',
      kind: 'memorandum',
      exclusive: false,
      signedOn: '2010-05',
      status: 'active',
      endedOn: null,
      endReason: '',
      title: '',
      notes: '',
      actionCount: 0,
    });
    expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(row.createdAt).toBe(row.updatedAt);
    expect(
      db.prepare('SELECT signed_precision, signed_year, exclusive FROM agreements').get(),
    ).toEqual({ signed_precision: 'month', signed_year: 2010, exclusive: 0 });
  });

  it('refuses an end before the signature (field endedOn), compared at the precision both know', () => {
    const { db } = tempDatabase();
    const lyon = createCity(db, { name: 'Lyon', country: 'FR' });
    const error = refused(db, () =>
      createAgreement(db, {
        cityId: lyon.id,
        kind: 'memorandum',
        signedOn: '2000-03',
        status: 'ended',
        endedOn: '2000-02-28',
      }),
    );
    expect(error).toMatchObject({
      code: 'rule',
      key: 'errors.endBeforeSigned',
      params: { signedOn: '2000-03' },
    });
    expect(error.issues).toEqual([
      { path: 'endedOn', key: 'errors.endBeforeSigned', params: { signedOn: '2000-03' } },
    ]);
    // Same year, different precision: not before.
    expect(
      createAgreement(db, {
        cityId: lyon.id,
        kind: 'memorandum',
        signedOn: '2000-03',
        status: 'ended',
        endedOn: '2000',
      }).endedOn,
    ).toBe('2000');
  });

  it('refuses exclusive on anything but a twinning (field exclusive)', () => {
    const { db } = tempDatabase();
    const lyon = createCity(db, { name: 'Lyon', country: 'FR' });
    for (const kind of ['friendship_cooperation', 'memorandum', 'other'] as const) {
      const error = refused(db, () =>
        createAgreement(db, { cityId: lyon.id, kind, exclusive: true, signedOn: '2000' }),
      );
      expect(error.code).toBe('rule');
      expect(error.issues).toEqual([{ path: 'exclusive', key: 'errors.exclusiveOnlyTwinning' }]);
    }
    expect(countRows(db, 'agreements')).toBe(0);
  });

  it('refuses another active twinning while an exclusive one is active (field kind)', () => {
    const { db } = tempDatabase({ sample: true });
    const lyon = createCity(db, { name: 'Lyon', country: 'FR' });
    const error = refused(db, () =>
      createAgreement(db, { cityId: lyon.id, kind: 'twinning', signedOn: '2020' }),
    );
    expect(error).toMatchObject({
      code: 'rule',
      key: 'errors.exclusiveTwinningExists',
      params: { city: 'Rome' },
    });
    expect(error.issues).toEqual([
      { path: 'kind', key: 'errors.exclusiveTwinningExists', params: { city: 'Rome' } },
    ]);
    // A dormant or ended twinning does not compete with Rome.
    expect(
      createAgreement(db, {
        cityId: lyon.id,
        kind: 'twinning',
        signedOn: '2020',
        status: 'dormant',
      }).status,
    ).toBe('dormant');
  });

  it('refuses a new exclusive twinning while another twinning is active (field exclusive, errors.exclusiveConflict)', () => {
    const { db } = tempDatabase();
    const lyon = createCity(db, { name: 'Lyon', country: 'FR' });
    const bonn = createCity(db, { name: 'Bonn', country: 'DE' });
    createAgreement(db, { cityId: lyon.id, kind: 'twinning', signedOn: '1990' });
    // Several non-exclusive twinnings may be active together.
    createAgreement(db, { cityId: bonn.id, kind: 'twinning', signedOn: '1991' });
    const rome = createCity(db, { name: 'Rome', country: 'IT' });
    const error = refused(db, () =>
      createAgreement(db, { cityId: rome.id, kind: 'twinning', exclusive: true, signedOn: '1956' }),
    );
    expect(error).toMatchObject({ code: 'rule', key: 'errors.exclusiveConflict' });
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ path: 'exclusive', key: 'errors.exclusiveConflict' });
    expect(['Lyon', 'Bonn']).toContain(error.issues[0]!.params!.city);
  });

  it('refuses an unknown city (field cityId)', () => {
    const { db } = tempDatabase({ sample: true });
    const error = refused(db, () =>
      createAgreement(db, { cityId: MISSING, kind: 'memorandum', signedOn: '2000' }),
    );
    expect(error).toMatchObject({ code: 'rule', key: 'errors.notFound' });
    expect(error.issues).toEqual([{ path: 'cityId', key: 'errors.notFound' }]);
  });

  it('reports every broken rule at once', () => {
    const { db } = tempDatabase();
    const error = refused(db, () =>
      createAgreement(db, {
        cityId: MISSING,
        kind: 'memorandum',
        exclusive: true,
        signedOn: '2000',
        status: 'ended',
        endedOn: '1999',
      }),
    );
    expect(error.issues.map((i) => i.path)).toEqual(['endedOn', 'exclusive', 'cityId']);
    expect(error.key).toBe('errors.endBeforeSigned');
  });
});

describe('updateAgreement', () => {
  it('changes only the given fields, bumps updatedAt and keeps createdAt', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-01-01T10:00:00.000Z'));
    const { db } = tempDatabase();
    const lyon = createCity(db, { name: 'Lyon', country: 'FR' });
    const created = createAgreement(db, {
      cityId: lyon.id,
      kind: 'memorandum',
      signedOn: '2010',
      title: 'MoU',
      notes: 'Keep me',
    });
    vi.setSystemTime(new Date('2024-06-01T12:30:00.000Z'));
    const updated = updateAgreement(db, created.id, {
      status: 'ended',
      endedOn: '2015-03',
      title: undefined,
    });
    expect(updated).toEqual({
      ...created,
      status: 'ended',
      endedOn: '2015-03',
      updatedAt: '2024-06-01T12:30:00.000Z',
    });
    expect(updated.createdAt).toBe('2024-01-01T10:00:00.000Z');
    expect(getAgreement(db, created.id)).toMatchObject({
      title: 'MoU',
      notes: 'Keep me',
      kind: 'memorandum',
      signedOn: '2010',
    });
  });

  it('recomputes precision and year when the signature changes', () => {
    const { db } = tempDatabase({ sample: true });
    const id = agreementIdByCity(db, 'Kyoto');
    updateAgreement(db, id, { signedOn: '1961-11-03' });
    expect(
      db
        .prepare('SELECT signed_on, signed_precision, signed_year FROM agreements WHERE id = ?')
        .get(id),
    ).toEqual({
      signed_on: '1961-11-03',
      signed_precision: 'day',
      signed_year: 1961,
    });
    expect(listAgreements(db, { decade: 1960 }).rows.map((r) => r.cityName)).toEqual(['Kyoto']);
  });

  it('applies the rules to the result: another twinning beside Rome, an end before the signature, exclusive on a friendship', () => {
    const { db } = tempDatabase({ sample: true });
    const kyoto = agreementIdByCity(db, 'Kyoto');
    expect(refused(db, () => updateAgreement(db, kyoto, { kind: 'twinning' })).issues).toEqual([
      { path: 'kind', key: 'errors.exclusiveTwinningExists', params: { city: 'Rome' } },
    ]);
    expect(
      refused(db, () => updateAgreement(db, kyoto, { endedOn: '1957', status: 'ended' })).issues[0],
    ).toMatchObject({ path: 'endedOn' });
    expect(refused(db, () => updateAgreement(db, kyoto, { exclusive: true })).issues).toEqual([
      { path: 'exclusive', key: 'errors.exclusiveOnlyTwinning' },
    ]);
    expect(refused(db, () => updateAgreement(db, kyoto, { cityId: MISSING })).issues).toEqual([
      { path: 'cityId', key: 'errors.notFound' },
    ]);
  });

  it('lets Rome be updated without conflicting with itself, and frees twinning once Rome ends', () => {
    const { db } = tempDatabase({ sample: true });
    const rome = agreementIdByCity(db, 'Rome');
    expect(updateAgreement(db, rome, { notes: 'Still exclusive' }).exclusive).toBe(true);
    updateAgreement(db, rome, { status: 'ended', endedOn: '2050' });
    const kyoto = agreementIdByCity(db, 'Kyoto');
    expect(updateAgreement(db, kyoto, { kind: 'twinning' }).kind).toBe('twinning');
    // Rome cannot come back as an active exclusive twinning while Kyoto is an active twinning.
    const error = refused(db, () => updateAgreement(db, rome, { status: 'active', endedOn: null }));
    expect(error.issues).toEqual([
      { path: 'exclusive', key: 'errors.exclusiveConflict', params: { city: 'Kyoto' } },
    ]);
  });

  it('moves an agreement to another city', () => {
    const { db } = tempDatabase({ sample: true });
    const lyon = createCity(db, { name: 'Lyon', country: 'FR' });
    const row = updateAgreement(db, agreementIdByCity(db, 'Tokyo'), { cityId: lyon.id });
    expect(row).toMatchObject({
      cityId: lyon.id,
      cityName: 'Lyon',
      country: 'FR',
      signedOn: '1982',
    });
  });

  it('answers not_found for an unknown id, and writes nothing', () => {
    const { db } = tempDatabase({ sample: true });
    const error = refused(db, () => updateAgreement(db, MISSING, { title: 'x' }));
    expect(error).toMatchObject({
      code: 'not_found',
      key: 'errors.notFound',
      params: { id: MISSING },
    });
  });
});

describe('deleteAgreement', () => {
  it('deletes the agreement with its actions and their theme links, keeping the city and themes', () => {
    const { db } = tempDatabase({ sample: true });
    const prague = agreementIdByCity(db, 'Prague');
    const themes = countRows(db, 'themes');
    expect(getAgreement(db, prague).actions).toHaveLength(2);
    expect(deleteAgreement(db, prague)).toEqual({ id: prague });
    expect(countRows(db, 'agreements')).toBe(39);
    expect(countRows(db, 'actions')).toBe(2);
    expect(countRows(db, 'action_themes')).toBe(2);
    expect(countRows(db, 'themes')).toBe(themes);
    expect(countRows(db, 'cities')).toBe(40);
    expect(cityIdByName(db, 'Prague')).toBeTruthy();
  });

  it('answers not_found for an unknown id, and for a second delete', () => {
    const { db } = tempDatabase({ sample: true });
    const tokyo = agreementIdByCity(db, 'Tokyo');
    deleteAgreement(db, tokyo);
    expect(refused(db, () => deleteAgreement(db, tokyo)).code).toBe('not_found');
    expect(refused(db, () => deleteAgreement(db, MISSING)).code).toBe('not_found');
  });
});

describe('getAgreement', () => {
  it('gives the actions with their themes, and not_found for an unknown id', () => {
    const { db } = tempDatabase({ sample: true });
    const detail = getAgreement(db, agreementIdByCity(db, 'Prague'));
    expect(detail.actionCount).toBe(2);
    expect(detail.actions.map((a) => a.title)).toEqual([
      'Heritage conservation and new technologies',
      'Real-time flood alerts by mobile phone for the flood risk prevention plan (PPRI)',
    ]);
    expect(detail.actions[0]!.themes.map((t) => t.code).sort()).toEqual([
      'heritage_conservation',
      'new_technologies',
    ]);
    expect(detail.actions[0]!.themes.find((t) => t.code === 'new_technologies')).toMatchObject({
      labelEn: 'New technologies',
      labelFr: 'Nouvelles technologies',
    });
    expect(() => getAgreement(db, MISSING)).toThrow(expect.objectContaining({ code: 'not_found' }));
  });
});
