import type { z } from 'zod';
import type { FieldIssue } from './result';

/**
 * Turns zod's issues into field issues keyed for i18n, so main's verdict and the form's own
 * check read the same way in both languages. Parse with `{ reportInput: true }`: zod 4 leaves
 * an issue's input out otherwise, and a wrong type would then read as a missing field.
 */
export function fieldIssuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return { path, ...describe(issue) };
  });
}

function describe(issue: z.core.$ZodIssue): Omit<FieldIssue, 'path'> {
  switch (issue.code) {
    case 'custom': {
      const key = typeof issue.params?.key === 'string' ? issue.params.key : 'errors.invalid';
      return { key };
    }
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { key: 'errors.required' };
      return { key: 'errors.tooSmall', params: { min: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string') return { key: 'errors.tooLong', params: { max: Number(issue.maximum) } };
      return { key: 'errors.tooBig', params: { max: Number(issue.maximum) } };
    case 'invalid_type':
      return issue.input === undefined || issue.input === null
        ? { key: 'errors.required' }
        : { key: 'errors.invalidType', params: { expected: issue.expected } };
    case 'invalid_value':
      return { key: 'errors.invalidChoice' };
    case 'invalid_format':
      return { key: 'errors.invalidFormat' };
    case 'unrecognized_keys':
      return { key: 'errors.unknownField', params: { fields: issue.keys.join(', ') } };
    case 'not_multiple_of':
      return { key: 'errors.invalid' };
    default:
      return { key: 'errors.invalid' };
  }
}

/** A one-line English summary of field issues, for logs and the command line. */
export function summarizeIssues(issues: FieldIssue[]): string {
  return issues
    .map((issue) => `${issue.path || 'payload'}: ${issue.key.replace(/^errors\./, '')}`)
    .join('; ');
}
