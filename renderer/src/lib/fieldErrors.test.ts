import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '../../../shared/ipc/result';
import { errorAt, sortIssues } from './fieldErrors';

const issue = (path: string, key = 'errors.invalid'): FieldIssue => ({ path, key });
const FIELDS = ['title', 'budgetPlanned', 'indicators'];

describe('sortIssues', () => {
  it('keys each issue by its first field, the first one winning', () => {
    const { byField, rest } = sortIssues(
      [issue('changes.title', 'errors.required'), issue('title'), issue('indicators.1.name')],
      FIELDS,
    );
    expect(Object.keys(byField)).toEqual(['title', 'indicators']);
    expect(byField.title?.key).toBe('errors.required');
    expect(rest).toEqual([]);
  });

  it('keeps whole paths with path keying, and leaves unknown fields in rest', () => {
    const { byField, rest } = sortIssues(
      [issue('changes.indicators.1.name'), issue('budgetPlanned.currency'), issue('secret')],
      FIELDS,
      'path',
    );
    expect(Object.keys(byField)).toEqual(['indicators.1.name', 'budgetPlanned.currency']);
    expect(rest.map((r) => r.path)).toEqual(['secret']);
  });
});

describe('errorAt', () => {
  const errors = sortIssues(
    [
      issue('budgetPlanned.currency', 'a'),
      issue('budgetPlanned', 'b'),
      issue('indicators.10.unit'),
    ],
    FIELDS,
    'path',
  ).byField;

  it('finds the first error under a path unless asked for the exact one', () => {
    expect(errorAt(errors, 'budgetPlanned')?.key).toBe('a');
    expect(errorAt(errors, 'budgetPlanned', true)?.key).toBe('b');
  });

  it('does not take a sibling row for a prefix', () => {
    expect(errorAt(errors, 'indicators.1')).toBeUndefined();
    expect(errorAt(errors, 'indicators.10')?.path).toBe('indicators.10.unit');
  });
});
