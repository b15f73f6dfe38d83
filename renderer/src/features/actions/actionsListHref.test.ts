import { describe, expect, test } from 'vitest';
import { actionsListHref, readActionFilters, toActionQuery } from './useActionFilters';

/** A report's "show all its actions" address reads back as the very filter the report gave. */
describe('actionsListHref', () => {
  const read = (href: string) => toActionQuery(readActionFilters(new URL(href, 'http://preview').searchParams));

  test.each([
    [{ from: '2025-01-01', to: '2025-12-31' }],
    [{ from: '2015-01-01' }],
    [{ themeId: '0b6f3c1e-8e0e-4c1d-9f1a-2f7f9c1d2e3a', to: '2020-12-31' }],
    [{ cityId: '5a1f0c2d-3b4e-4f60-8a7b-9c0d1e2f3a4b' }],
  ])('%o', (filter) => {
    const href = actionsListHref({ ...filter, sort: 'startOn', direction: 'asc' });
    expect(href).toMatch(/^\/actions\?/);
    expect(read(href)).toEqual({ ...filter, sort: 'startOn', direction: 'asc' });
  });

  test('no filter: the list itself', () => {
    expect(actionsListHref({})).toBe('/actions');
  });
});
