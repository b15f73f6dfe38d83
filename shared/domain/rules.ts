import type { FieldIssue } from '../ipc/result';
import { compareAtCommonPrecision } from './partialDate';

/**
 * Domain rules that need more than one field. Main enforces them in its services; forms run
 * the same functions so the user sees the error at the field before saving.
 */

/** An agreement cannot end before it was signed (compared at the precision both dates know). */
export function checkAgreementDates(signedOn: string, endedOn: string | null): FieldIssue[] {
  if (endedOn && compareAtCommonPrecision(endedOn, signedOn) < 0) {
    return [{ path: 'endedOn', key: 'errors.endBeforeSigned', params: { signedOn } }];
  }
  return [];
}

/** Coordinates come as a pair or not at all. */
export function checkCoordinates(latitude: number | null, longitude: number | null): FieldIssue[] {
  if ((latitude === null) === (longitude === null)) return [];
  return [{ path: latitude === null ? 'latitude' : 'longitude', key: 'errors.coordinatesPair' }];
}

/** Only a twinning can be exclusive (Paris and Rome: "Only Paris is worthy of Rome"). */
export function checkExclusive(kind: string, exclusive: boolean): FieldIssue[] {
  return exclusive && kind !== 'twinning' ? [{ path: 'exclusive', key: 'errors.exclusiveOnlyTwinning' }] : [];
}
