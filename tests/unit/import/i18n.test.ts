import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '../../../shared/i18n';
import { FIELDS } from '../../../shared/import/fields';

const ROOT = new URL('../../../', import.meta.url).pathname;

/** Every .ts file under a folder of the repository. */
function sources(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => readFileSync(join(ROOT, folder, file), 'utf8'));
}

describe('the import’s sentences', () => {
  const code = [...sources('shared/import'), ...sources('electron/import')].join('\n');
  const problems = new Set([...code.matchAll(/fail\(\s*'(\w+)'/g)].map((m) => m[1]!));
  for (const m of code.matchAll(/'import\.problems\.(\w+)'/g)) problems.add(m[1]!);
  const errors = new Set([...code.matchAll(/importError\(\s*'(\w+)'/g)].map((m) => m[1]!));

  it('has an English and a French sentence for every problem and refusal the code can give', () => {
    expect(problems.size).toBeGreaterThan(10);
    expect(errors.size).toBeGreaterThan(10);
    for (const language of ['en', 'fr'] as const) {
      const section = resources[language].translation.import;
      expect([...problems].filter((key) => !(key in section.problems))).toEqual([]);
      expect([...errors].filter((key) => !(key in section.errors))).toEqual([]);
    }
  });

  it('names every field in both languages', () => {
    for (const language of ['en', 'fr'] as const) {
      expect(Object.keys(resources[language].translation.import.fields).sort()).toEqual(
        Object.keys(FIELDS).sort(),
      );
    }
  });
});
