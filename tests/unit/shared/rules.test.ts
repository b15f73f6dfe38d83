import { describe, expect, it } from 'vitest';
import {
  checkAgreementDates,
  checkCoordinates,
  checkExclusive,
} from '../../../shared/domain/rules';

describe('domain rules', () => {
  it('an agreement cannot end before it was signed, at the precision both dates know', () => {
    expect(checkAgreementDates('2000', null)).toEqual([]);
    expect(checkAgreementDates('2000', '')).toEqual([]);
    expect(checkAgreementDates('2000', '2000')).toEqual([]);
    expect(checkAgreementDates('2000-06', '2000')).toEqual([]);
    expect(checkAgreementDates('2000', '2000-01-01')).toEqual([]);
    expect(checkAgreementDates('2000-06-15', '2000-06-14')).toEqual([
      { path: 'endedOn', key: 'errors.endBeforeSigned', params: { signedOn: '2000-06-15' } },
    ]);
    expect(checkAgreementDates('2000', '1999-12-31')).toEqual([
      { path: 'endedOn', key: 'errors.endBeforeSigned', params: { signedOn: '2000' } },
    ]);
  });

  it('coordinates come as a pair or not at all', () => {
    expect(checkCoordinates(null, null)).toEqual([]);
    expect(checkCoordinates(0, 0)).toEqual([]);
    expect(checkCoordinates(48.85, null)).toEqual([
      { path: 'longitude', key: 'errors.coordinatesPair' },
    ]);
    expect(checkCoordinates(null, 2.35)).toEqual([
      { path: 'latitude', key: 'errors.coordinatesPair' },
    ]);
  });

  it('only a twinning can be exclusive', () => {
    expect(checkExclusive('twinning', true)).toEqual([]);
    expect(checkExclusive('memorandum', false)).toEqual([]);
    for (const kind of ['friendship_cooperation', 'memorandum', 'other']) {
      expect(checkExclusive(kind, true)).toEqual([
        { path: 'exclusive', key: 'errors.exclusiveOnlyTwinning' },
      ]);
    }
  });
});
