import type { FieldIssue } from '../ipc/result';
import { compareAtCommonPrecision, parsePartialDate } from './partialDate';

/**
 * Rules of the tracking records (actions, versions, contacts) that need more than one field.
 * Main enforces them in its services; forms can run the same functions before saving.
 */

/** True when `text` is a full calendar day `YYYY-MM-DD` that exists. */
export function isFullDate(text: string): boolean {
  return parsePartialDate(text)?.precision === 'day';
}

/** An action ends on or after its start (at the precision both dates know); an end needs a start. */
export function checkActionDates(startOn: string | null, endOn: string | null): FieldIssue[] {
  if (endOn === null) return [];
  if (startOn === null) return [{ path: 'startOn', key: 'errors.actionEndWithoutStart' }];
  if (compareAtCommonPrecision(endOn, startOn) < 0) {
    return [{ path: 'endOn', key: 'errors.actionEndBeforeStart', params: { startOn } }];
  }
  return [];
}

/** The budget as typed: planned and spent amounts, each with an optional currency. */
export interface BudgetFields {
  budgetPlanned: { amountMinor: number; currency: string } | null;
  budgetSpent: { amountMinor: number; currency: string | null } | null;
}

/**
 * Budgets are never negative; the spent amount is in the planned currency unless it names
 * its own, and needs one when nothing was planned.
 */
export function checkBudget({ budgetPlanned, budgetSpent }: BudgetFields): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (budgetPlanned && budgetPlanned.amountMinor < 0) {
    issues.push({ path: 'budgetPlanned.amountMinor', key: 'errors.budgetNegative' });
  }
  if (budgetSpent) {
    if (budgetSpent.amountMinor < 0)
      issues.push({ path: 'budgetSpent.amountMinor', key: 'errors.budgetNegative' });
    if (!budgetSpent.currency && !budgetPlanned)
      issues.push({ path: 'budgetSpent.currency', key: 'errors.currencyRequired' });
  }
  return issues;
}

/** The currency the spent amount is counted in: its own, else the planned one. */
export function spentCurrency(fields: BudgetFields): string | null {
  return fields.budgetSpent
    ? (fields.budgetSpent.currency ?? fields.budgetPlanned?.currency ?? null)
    : null;
}

/** A date range filter reads from `from` to `to`. */
export function checkDateRange(from: string | undefined, to: string | undefined): FieldIssue[] {
  if (from && to && compareAtCommonPrecision(to, from) < 0)
    return [{ path: 'to', key: 'errors.rangeReversed', params: { from } }];
  return [];
}

/** Our own staff belong to no partner city. */
export function checkContactCity(side: 'partner' | 'own', cityId: string | null): FieldIssue[] {
  return side === 'own' && cityId !== null
    ? [{ path: 'cityId', key: 'errors.contactOwnSideCity' }]
    : [];
}

/** Each id appears once in a list of links. */
export function checkUniqueIds(path: string, ids: readonly string[]): FieldIssue[] {
  const seen = new Set<string>();
  for (const [index, id] of ids.entries()) {
    if (seen.has(id)) return [{ path: `${path}.${index}`, key: 'errors.duplicate' }];
    seen.add(id);
  }
  return [];
}
