import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, parisDataDir } from '../helpers/cli';
import { tempDatabase } from '../helpers/tempData';
import { importBytes, windows1252Csv } from './helpers';

/** Rome and Copenhagen are in the Paris example: matched, Rome's status updated; Porto-Novo is new. */
const LINES = [
  "Ville;Pays;Type d'accord;Date de signature;Statut;Thématiques",
  'Rome;Italie;Jumelage exclusif;1956;En sommeil;Éducation',
  "Copenhague;Danemark;Accord d'amitié et de coopération;2005;Actif;",
  "Porto-Novo;Bénin;Pacte d'amitié;15/06/2024;Actif;",
];
const FILE = windows1252Csv(LINES);

const agreementLabels = (changes: { entity: string; label: string }[]) =>
  changes.filter((c) => c.entity === 'agreement').map((c) => c.label);

describe("the import report's labels", () => {
  it('name kinds and partner cities in French for a French run', async () => {
    const { ctx } = tempDatabase({ sample: true });
    const { result } = await importBytes(ctx, FILE, { lang: 'fr', onMatch: 'update', dryRun: true });
    expect(result.errors).toEqual([]);
    expect(agreementLabels(result.changes)).toEqual([
      'Jumelage — Rome (1956)',
      'Amitié et coopération — Copenhague (2005)',
      'Amitié et coopération — Porto-Novo (2024)',
    ]);
    // Themes by their labels, never their ids; the status as the code the screen translates.
    const rome = result.changes.find((c) => c.label === 'Jumelage — Rome (1956)');
    expect(rome?.fields).toContainEqual({ field: 'status', before: 'active', after: 'dormant' });
    const themes = rome?.fields?.find((f) => f.field === 'themes');
    expect(themes?.after).toBe('Éducation');
  });

  it('name them in English for an English run', async () => {
    const { ctx } = tempDatabase({ sample: true });
    const { result } = await importBytes(ctx, FILE, { lang: 'en', onMatch: 'update', dryRun: true });
    expect(agreementLabels(result.changes)).toEqual([
      'Twinning — Rome (1956)',
      'Friendship and cooperation — Copenhagen (2005)',
      'Friendship and cooperation — Porto-Novo (2024)',
    ]);
    const rome = result.changes.find((c) => c.label === 'Twinning — Rome (1956)');
    expect(rome?.fields?.find((f) => f.field === 'themes')?.after).toBe('Education');
  });

  it("are translated in the command line's summary, fields and values included", async () => {
    const dir = await parisDataDir();
    const file = join(dir, 'registre.csv');
    writeFileSync(file, FILE);
    const fr = await cli('import', file, '--dry-run', '--on-match', 'update', '--lang', 'fr', '--data-dir', dir);
    expect(fr.code).toBe(0);
    const french = fr.out.join('\n');
    expect(french).toContain('Jumelage — Rome (1956): Statut “Actif” → “En sommeil”');
    expect(french).not.toMatch(/twinning|dormant/);
    const en = await cli('import', file, '--dry-run', '--on-match', 'update', '--lang', 'en', '--data-dir', dir);
    expect(en.out.join('\n')).toContain('Twinning — Rome (1956): Status “Active” → “Dormant”');
  });
});
