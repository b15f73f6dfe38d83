import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resources } from '../../../shared/i18n';

const ROOT = new URL('../../../', import.meta.url);

/**
 * The files of the foundation's main process and shared rules, whose refusals reach the user.
 */
const FILES = [
  'shared/domain/partialDate.ts',
  'shared/domain/rules.ts',
  'shared/schemas/common.ts',
  'shared/schemas/agreements.ts',
  'shared/schemas/cities.ts',
  'shared/schemas/app.ts',
  'shared/ipc/issues.ts',
  'electron/services/agreements/agreements.ts',
  'electron/services/cities/cities.ts',
  'electron/services/settings/setup.ts',
  'electron/core/errors.ts',
  'electron/ipc/dispatch.ts',
  'electron/preview/server.ts',
];

describe('error keys', () => {
  it('every errors.* key the foundation can send has an English and a French sentence', () => {
    const files = FILES.map((file) => new URL(file, ROOT).pathname);
    const keys = new Set<string>();
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(/['"`]errors\.([A-Za-z]+)['"`]/g))
        keys.add(match[1]!);
    }
    expect(keys.size).toBeGreaterThan(20);
    const en = resources.en.translation.errors as unknown as Record<string, string>;
    const fr = resources.fr.translation.errors as unknown as Record<string, string>;
    const missing = [...keys].filter((key) => !en[key] || !fr[key]).sort();
    expect(missing).toEqual([]);
  });
});
