import { describe, expect, it } from 'vitest';
import { emptyAgreementValues, validateAgreement, type AgreementFormValues } from './agreementForm';

const ROME = '3f1c2b9e-8d7a-4c6b-9e5f-1a2b3c4d5e6f';

function values(patch: Partial<AgreementFormValues>): AgreementFormValues {
  return {
    ...emptyAgreementValues(),
    cityId: ROME,
    signedOn: { year: 1956, month: null, day: '' },
    ...patch,
  };
}

const paths = (result: ReturnType<typeof validateAgreement>) =>
  result.ok ? [] : result.issues.map((issue) => `${issue.path}:${issue.key}`);

describe('validateAgreement', () => {
  it('accepts a year-only signature and sends the partial date', () => {
    const result = validateAgreement(values({}));
    expect(result.ok && result.input.signedOn).toBe('1956');
    expect(result.ok && result.input.endedOn).toBeNull();
  });

  it('builds a month or a day precision from the boxes', () => {
    const month = validateAgreement(values({ signedOn: { year: 2006, month: '4', day: '' } }));
    expect(month.ok && month.input.signedOn).toBe('2006-04');
    const day = validateAgreement(values({ signedOn: { year: 2006, month: '4', day: 12 } }));
    expect(day.ok && day.input.signedOn).toBe('2006-04-12');
  });

  it('puts each problem at its field', () => {
    expect(
      paths(
        validateAgreement(values({ cityId: null, signedOn: { year: '', month: null, day: '' } })),
      ),
    ).toEqual(['cityId:errors.required', 'signedOn:errors.required']);
    expect(
      paths(validateAgreement(values({ signedOn: { year: 2023, month: '2', day: 30 } }))),
    ).toEqual(['signedOn:errors.partialDate']);
  });

  it('runs the rules across fields', () => {
    expect(
      paths(validateAgreement(values({ endedOn: { year: 1950, month: null, day: '' } }))),
    ).toEqual(['endedOn:errors.endBeforeSigned']);
    expect(paths(validateAgreement(values({ kind: 'memorandum', exclusive: true })))).toEqual([
      'exclusive:errors.exclusiveOnlyTwinning',
    ]);
    // Compared at the precision both know: ended "1956" is not before signed "1956-05".
    const sameYear = validateAgreement(
      values({
        signedOn: { year: 1956, month: '5', day: '' },
        endedOn: { year: 1956, month: null, day: '' },
      }),
    );
    expect(sameYear.ok).toBe(true);
  });
});
