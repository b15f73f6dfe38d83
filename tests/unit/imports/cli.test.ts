import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, parisDataDir } from '../helpers/cli';
import { windows1252Csv } from './helpers';

const GOOD = [
  "Ville;Pays;Type d'accord;Date de signature;Statut",
  "Copenhague;Danemark;Accord d'amitié et de coopération;2005;Actif",
  "Porto-Novo;Bénin;Pacte d'amitié;15/06/2024;Actif",
];
const BAD_DATE = "Cotonou;Bénin;Pacte d'amitié;31/02/2004;Actif";

function csvIn(dir: string, name: string, lines: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, windows1252Csv(lines));
  return file;
}

const json = (run: { out: string[] }) => JSON.parse(run.out.join('\n')) as Record<string, unknown>;

describe('npm run accords -- import', () => {
  it('dry-runs, imports, lists, imports again without creating anything, undoes', async () => {
    const dir = await parisDataDir();
    const file = csvIn(dir, 'registre.csv', GOOD);
    const dry = await cli('import', file, '--dry-run', '--json', '--data-dir', dir);
    expect(dry.code).toBe(0);
    expect(json(dry)).toMatchObject({
      created: 2,
      updated: 0,
      skipped: 2,
      errors: [],
      dryRun: true,
      batchId: null,
    });

    const real = await cli('import', file, '--json', '--data-dir', dir);
    expect(real.code).toBe(0);
    const { batchId } = json(real) as { batchId: string };
    expect(json(real)).toMatchObject({ created: 2, updated: 0, skipped: 2, errors: [] });

    const list = await cli('imports', '--json', '--data-dir', dir);
    expect(JSON.parse(list.out.join(''))).toMatchObject([
      { id: batchId, fileName: 'registre.csv', created: 2 },
    ]);

    const again = await cli('import', file, '--json', '--data-dir', dir);
    expect(json(again)).toMatchObject({ created: 0, updated: 0, skipped: 4, batchId: null });

    const undo = await cli('import', '--undo', batchId.slice(0, 8), '--data-dir', dir);
    expect(undo.code).toBe(0);
    expect(undo.out.join('\n')).toContain('2 record(s) removed');
    const after = await cli('agreements', '--json', '--data-dir', dir);
    expect(after.out.join('')).not.toContain('Porto-Novo');
  });

  it('exits 1 and imports nothing when a row is refused; --skip-invalid imports the others', async () => {
    const dir = await parisDataDir();
    const file = csvIn(dir, 'erreurs.csv', [...GOOD, BAD_DATE]);
    const refused = await cli('import', file, '--json', '--lang', 'fr', '--data-dir', dir);
    expect(refused.code).toBe(1);
    expect(json(refused)).toMatchObject({
      created: 0,
      updated: 0,
      errors: [
        {
          row: 4,
          column: 'Date de signature',
          message: '«\u00a031/02/2004\u00a0» est un jour qui n’existe pas.',
        },
      ],
    });
    const agreements = await cli('agreements', '--json', '--data-dir', dir);
    expect(agreements.out.join('')).not.toContain('Porto-Novo');

    const rejectedFile = join(dir, 'rejets.csv');
    const skipping = await cli(
      'import',
      file,
      '--skip-invalid',
      '--rejected-out',
      rejectedFile,
      '--data-dir',
      dir,
    );
    expect(skipping.code).toBe(0);
    expect(skipping.out.join('\n')).toContain('created 2, updated 0, skipped 2, rejected 1');
    // The rejected row as it was in the file, with its reason, ready to fix and import again.
    const lines = readFileSync(rejectedFile, 'utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines).toEqual([
      "Row,Ville,Pays,Type d'accord,Date de signature,Statut,Reason",
      "4,Cotonou,Bénin,Pacte d'amitié,31/02/2004,Actif,Date de signature: “31/02/2004” is a day that does not exist.",
    ]);
  });

  it('refuses a usage error with exit code 2 before opening anything', async () => {
    expect((await cli('import', '--on-match', 'merge', 'x.csv')).code).toBe(2);
    expect((await cli('import')).code).toBe(2);
  });
});
