import type { FieldKey } from './fields';
import type { ImportTarget } from './types';

type Fields = readonly (readonly [FieldKey, boolean])[];

/** How a row names its partner city. */
const PARTNER: Fields = [
  ['cityName', true],
  ['country', true],
];

/** A partner city's own details. */
const CITY_DETAILS: Fields = [
  ['region', false],
  ['latitude', false],
  ['longitude', false],
  ['website', false],
];

/** An agreement's fields (its partner aside). */
const AGREEMENT: Fields = [
  ['kind', true],
  ['exclusive', false],
  ['signedOn', true],
  ['status', false],
  ['endedOn', false],
  ['endReason', false],
  ['title', false],
  ['themes', false],
];

/** The contact a register's row may name for its agreement. */
const ROW_CONTACT: Fields = [
  ['contactName', false],
  ['contactRole', false],
  ['contactEmail', false],
  ['contactPhone', false],
];

/** The fields of each target, in the order a mapping screen lists them; `true` = required. */
export const TARGET_FIELDS: Record<ImportTarget, Fields> = {
  register: [...PARTNER, ...AGREEMENT, ...CITY_DETAILS, ...ROW_CONTACT, ['notes', false]],
  city: [...PARTNER, ...CITY_DETAILS, ['languages', false], ['notes', false]],
  agreement: [...PARTNER, ...AGREEMENT, ['notes', false]],
  action: [
    ...PARTNER,
    ['agreementSignedOn', false],
    ['kind', false],
    ['title', true],
    ['actionKind', true],
    ['actionStatus', false],
    ['startOn', false],
    ['endOn', false],
    ['place', false],
    ['leadDepartment', false],
    ['partnerCounterpart', false],
    ['budgetPlanned', false],
    ['budgetSpent', false],
    ['fundingSource', false],
    ['outcomes', false],
    ['residentBenefits', false],
    ['followUpOn', false],
    ['themes', false],
    ['notes', false],
  ],
  contact: [
    ['name', true],
    ['role', false],
    ['organisation', false],
    ['side', false],
    ['cityName', false],
    ['country', false],
    // The agreement the contact follows: with the partner city, its type and signature year.
    ['kind', false],
    ['agreementSignedOn', false],
    ['email', false],
    ['phone', false],
    ['language', false],
    ['notes', false],
  ],
};
