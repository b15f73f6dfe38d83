import { describe, expect, it } from 'vitest';
import {
  agreementInputSchema,
  agreementListSchema,
  agreementUpdateSchema,
} from '../../../shared/schemas/agreements';
import { cityInputSchema, cityListSchema } from '../../../shared/schemas/cities';
import { countrySchema, partialDateSchema } from '../../../shared/schemas/common';
import { settingsUpdateSchema, startEmptySchema } from '../../../shared/schemas/app';

const ID = '3f2b8c1e-9a4d-4c2e-8f1a-0b6d5e7c9a21';

describe('schemas', () => {
  it('normalises countries and dates', () => {
    expect(countrySchema.parse(' it ')).toBe('IT');
    expect(countrySchema.safeParse('ita').success).toBe(false);
    expect(partialDateSchema.parse(' 2006-04 ')).toBe('2006-04');
    expect(partialDateSchema.safeParse('2006-4').success).toBe(false);
  });

  it('fills in an agreement’s defaults, but an update leaves absent fields absent', () => {
    expect(
      agreementInputSchema.parse({ cityId: ID, kind: 'twinning', signedOn: '1956' }),
    ).toMatchObject({
      cityId: ID,
      kind: 'twinning',
      signedOn: '1956',
      exclusive: false,
      status: 'active',
      endedOn: null,
      endReason: '',
      title: '',
      notes: '',
    });
    expect(agreementUpdateSchema.parse({ id: ID, changes: { title: ' New ' } })).toEqual({
      id: ID,
      changes: { title: 'New' },
    });
  });

  it('gives the register its default sort and window', () => {
    expect(agreementListSchema.parse(undefined)).toEqual({
      sort: 'signedOn',
      direction: 'desc',
      lang: 'en',
      limit: 200,
      offset: 0,
    });
    expect(agreementListSchema.parse({ decade: 1990, text: ' quebec ' })).toEqual({
      decade: 1990,
      text: 'quebec',
      sort: 'signedOn',
      direction: 'desc',
      lang: 'en',
      limit: 200,
      offset: 0,
    });
    expect(agreementListSchema.safeParse({ decade: 995 }).success).toBe(false);
  });

  it('fills in a city’s defaults and bounds its coordinates', () => {
    expect(cityInputSchema.parse({ name: ' Lyon ', country: 'fr' })).toMatchObject({
      name: 'Lyon',
      country: 'FR',
      latitude: null,
      longitude: null,
      notes: '',
    });
    expect(
      cityInputSchema.safeParse({ name: 'Lyon', country: 'FR', latitude: -90.5, longitude: 0 })
        .success,
    ).toBe(false);
    expect(
      cityInputSchema.safeParse({ name: 'Lyon', country: 'FR', latitude: 0, longitude: 180.5 })
        .success,
    ).toBe(false);
    expect(cityListSchema.parse(undefined)).toEqual({});
  });

  it('wants an own city at first run; settings are optional', () => {
    expect(startEmptySchema.safeParse({ ownCity: '  ' }).success).toBe(false);
    expect(startEmptySchema.parse({ ownCity: ' Paris ' })).toEqual({ ownCity: 'Paris' });
    expect(settingsUpdateSchema.parse({})).toEqual({});
    expect(settingsUpdateSchema.safeParse({ language: 'de' }).success).toBe(false);
  });
});
