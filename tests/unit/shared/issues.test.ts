import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { fieldIssuesFromZod, summarizeIssues } from '../../../shared/ipc/issues';
import {
  countrySchema,
  idSchema,
  partialDateSchema,
  requiredText,
} from '../../../shared/schemas/common';

/** The field issues for one value against one schema, parsed the way main parses payloads. */
function issuesOf(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) throw new Error('expected a failure');
  return fieldIssuesFromZod(result.error);
}

describe('fieldIssuesFromZod', () => {
  it('maps each kind of zod issue to an i18n key with its params', () => {
    expect(issuesOf(z.object({ d: partialDateSchema }), { d: '2023-02-30' })).toEqual([
      { path: 'd', key: 'errors.partialDate' },
    ]);
    expect(issuesOf(z.object({ c: countrySchema }), { c: 'XX' })).toEqual([
      { path: 'c', key: 'errors.country' },
    ]);
    expect(
      issuesOf(
        z.string().refine(() => false),
        'x',
      ),
    ).toEqual([{ path: '', key: 'errors.invalid' }]);
    expect(issuesOf(requiredText(10), ' ')).toEqual([{ path: '', key: 'errors.required' }]);
    expect(issuesOf(z.string().min(3), 'ab')).toEqual([
      { path: '', key: 'errors.tooSmall', params: { min: 3 } },
    ]);
    expect(issuesOf(z.number().min(1), 0)).toEqual([
      { path: '', key: 'errors.tooSmall', params: { min: 1 } },
    ]);
    expect(issuesOf(z.string().max(5), 'abcdef')).toEqual([
      { path: '', key: 'errors.tooLong', params: { max: 5 } },
    ]);
    expect(issuesOf(z.number().max(90), 91)).toEqual([
      { path: '', key: 'errors.tooBig', params: { max: 90 } },
    ]);
    expect(issuesOf(z.array(z.string()).max(1), ['a', 'b'])).toEqual([
      { path: '', key: 'errors.tooBig', params: { max: 1 } },
    ]);
    expect(issuesOf(z.object({ a: z.string() }), {})).toEqual([
      { path: 'a', key: 'errors.required' },
    ]);
    expect(issuesOf(z.object({ a: z.string() }), { a: null })).toEqual([
      { path: 'a', key: 'errors.required' },
    ]);
    expect(issuesOf(z.object({ a: z.string() }), { a: 3 })).toEqual([
      { path: 'a', key: 'errors.invalidType', params: { expected: 'string' } },
    ]);
    expect(issuesOf(z.enum(['a', 'b']), 'c')).toEqual([{ path: '', key: 'errors.invalidChoice' }]);
    expect(issuesOf(idSchema, 'not-a-uuid')).toEqual([{ path: '', key: 'errors.invalidFormat' }]);
    expect(issuesOf(z.object({}).strict(), { b: 1, a: 2 })).toEqual([
      { path: '', key: 'errors.unknownField', params: { fields: 'b, a' } },
    ]);
    expect(issuesOf(z.number().multipleOf(10), 15)).toEqual([{ path: '', key: 'errors.invalid' }]);
  });

  it('joins nested paths with dots, array indexes included', () => {
    const schema = z.object({ changes: z.object({ list: z.array(z.object({ n: z.number() })) }) });
    expect(issuesOf(schema, { changes: { list: [{ n: 1 }, { n: 'x' }] } })).toEqual([
      { path: 'changes.list.1.n', key: 'errors.invalidType', params: { expected: 'number' } },
    ]);
  });

  it('uses the key a refinement names in its params', () => {
    const schema = z.string().refine(() => false, { params: { key: 'errors.custom' } });
    expect(issuesOf(schema, 'x')).toEqual([{ path: '', key: 'errors.custom' }]);
  });
});

describe('summarizeIssues', () => {
  it('writes one English line for logs', () => {
    expect(
      summarizeIssues([
        { path: 'name', key: 'errors.required' },
        { path: '', key: 'errors.unknownField' },
      ]),
    ).toBe('name: required; payload: unknownField');
    expect(summarizeIssues([])).toBe('');
  });
});
