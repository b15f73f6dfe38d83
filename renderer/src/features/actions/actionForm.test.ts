import { describe, expect, it } from 'vitest';
import { emptyActionValues, validateAction, type ActionFormValues } from './actionForm';

const PRAGUE = '3f1c2b9e-8d7a-4c6b-9e5f-1a2b3c4d5e6f';

function values(patch: Partial<ActionFormValues>): ActionFormValues {
  return { ...emptyActionValues(PRAGUE), title: 'Flood alert drill', kind: 'workshop', ...patch };
}

const paths = (result: ReturnType<typeof validateAction>) =>
  result.ok ? [] : result.issues.map((issue) => `${issue.path}:${issue.key}`);

describe('validateAction', () => {
  it('accepts the least an action needs', () => {
    const result = validateAction(values({}));
    expect(result.ok).toBe(true);
  });

  it('names the missing title and kind at their fields', () => {
    expect(paths(validateAction(values({ title: ' ', kind: null })))).toEqual(
      expect.arrayContaining(['title:errors.required', 'kind:errors.invalidChoice']),
    );
  });

  it('asks for the agreement when none is chosen ("Required", not a format error)', () => {
    expect(paths(validateAction(values({ agreementId: null })))).toEqual([
      'agreementId:errors.required',
    ]);
    expect(paths(validateAction(values({ agreementId: null, title: '' })))).toEqual([
      'agreementId:errors.required',
      'title:errors.required',
    ]);
  });

  it('refuses a budget typed as text that is no amount (NaN from the amount field)', () => {
    expect(validateAction(values({ plannedAmount: Number.NaN, plannedCurrency: 'EUR' })).ok).toBe(
      false,
    );
  });

  it('refuses an end before the start, at the precision both know', () => {
    expect(paths(validateAction(values({ startOn: '2021-05', endOn: '2020' })))).toEqual([
      'endOn:errors.actionEndBeforeStart',
    ]);
    expect(validateAction(values({ startOn: '2021-05', endOn: '2021' })).ok).toBe(true);
  });

  it('sends amounts in minor units of the currency', () => {
    const result = validateAction(
      values({
        plannedAmount: 12500.5,
        plannedCurrency: 'eur',
        spentAmount: 300,
        spentCurrency: 'JPY',
      }),
    );
    expect(result.ok && result.input.budgetPlanned).toEqual({
      amountMinor: 1250050,
      currency: 'EUR',
    });
    expect(result.ok && result.input.budgetSpent).toEqual({ amountMinor: 300, currency: 'JPY' });
  });

  it('asks for a currency for a spent amount when nothing was planned', () => {
    expect(
      paths(validateAction(values({ plannedAmount: '', spentAmount: 10, spentCurrency: '' }))),
    ).toEqual(['budgetSpent.currency:errors.currencyRequired']);
  });

  it('places an indicator issue at its row', () => {
    const result = validateAction(
      values({ indicators: [{ key: 'a', name: '', unit: '', target: 10, achieved: '' }] }),
    );
    expect(paths(result)).toEqual(['indicators.0.name:errors.required']);
  });

  it('refuses a follow-up date that does not exist', () => {
    expect(paths(validateAction(values({ followUpOn: '2026-02-30' })))).toEqual([
      'followUpOn:errors.fullDate',
    ]);
  });
});
