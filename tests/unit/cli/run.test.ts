import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cli } from '../helpers/cli';
import type { AgreementExport } from '../../../electron/cli/commands/agreements';
import { databasePath } from '../../../electron/paths/dataDir';
import { tempDir } from '../helpers/tempData';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('accords CLI', () => {
  it('sample, then agreements --json: the 40 agreements oldest first', async () => {
    const dir = tempDir();
    const sample = await cli('sample', '--data-dir', dir);
    expect(sample).toEqual({
      code: 0,
      out: ['Loaded the Paris example: 40 agreements, 40 partner cities, 4 actions.'],
      err: [],
    });

    const listed = await cli('agreements', '--json', '--data-dir', dir);
    expect(listed.code).toBe(0);
    expect(listed.err).toEqual([]);
    expect(listed.out).toHaveLength(1);
    const rows = JSON.parse(listed.out[0]!) as AgreementExport[];
    expect(rows).toHaveLength(40);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual([
        'actions',
        'city',
        'country',
        'countryName',
        'endedOn',
        'exclusive',
        'id',
        'kind',
        'signedOn',
        'status',
      ]);
      expect(row.status).toBe('active');
    }
    expect(rows[0]).toMatchObject({
      city: 'Rome',
      country: 'IT',
      countryName: 'Italy',
      kind: 'twinning',
      exclusive: true,
      signedOn: '1956',
      status: 'active',
      endedOn: null,
      actions: 0,
    });
    expect(rows[39]).toMatchObject({
      city: 'Montreal',
      country: 'CA',
      countryName: 'Canada',
      kind: 'friendship_cooperation',
      signedOn: '2006-04',
    });
    expect(rows.find((r) => r.city === 'Prague')!.actions).toBe(2);
    expect(rows.map((r) => r.signedOn)).toEqual(rows.map((r) => r.signedOn).sort());
    expect(rows.map((r) => r.city)).toContain('São Paulo');
    // The command closed the database: one file, no WAL left behind.
    expect(existsSync(databasePath(dir))).toBe(true);
    expect(existsSync(`${databasePath(dir)}-wal`)).toBe(false);
  });

  it('agreements without --json prints one line per agreement and a count', async () => {
    const dir = tempDir();
    await cli('sample', '--data-dir', dir);
    const { code, out } = await cli('agreements', '--data-dir', dir);
    expect(code).toBe(0);
    expect(out).toHaveLength(41);
    expect(out[0]).toMatch(/^1956\s+Rome\s+IT {2}twinning \(exclusive\) {2}active$/);
    expect(out[40]).toBe('40 agreement(s).');
  });

  it('agreements on an empty folder says how to load the example', async () => {
    const dir = tempDir();
    expect(await cli('agreements', '--data-dir', dir)).toEqual({
      code: 0,
      out: ['No agreements yet. Load the example with `npm run accords -- sample`.'],
      err: [],
    });
    expect(await cli('agreements', '--json', '--data-dir', dir)).toMatchObject({
      code: 0,
      out: ['[]'],
    });
  });

  it('a second sample is refused: exit 1, one line on stderr, nothing added', async () => {
    const dir = tempDir();
    await cli('sample', '--data-dir', dir);
    const again = await cli('sample', '--data-dir', dir);
    expect(again.code).toBe(1);
    expect(again.out).toEqual([]);
    expect(again.err).toHaveLength(1);
    expect(again.err[0]).toMatch(/^accords sample: Nothing loaded: .*40 agreement\(s\)/);
    expect(again.err[0]).not.toContain('\n');
    const db = new Database(databasePath(dir), { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) FROM agreements').pluck().get()).toBe(40);
      expect(db.prepare('SELECT count(*) FROM cities').pluck().get()).toBe(40);
    } finally {
      db.close();
    }
  });

  it('an unknown option is a usage error: exit 2, one line, no database created', async () => {
    const dir = tempDir();
    const result = await cli('agreements', '--csv', '--data-dir', dir);
    expect(result.code).toBe(2);
    expect(result.out).toEqual([]);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(
      /^accords agreements: Unknown option '--csv'\. Usage: agreements \[--json\]/,
    );
    expect(existsSync(databasePath(dir))).toBe(false);
  });

  it('a missing option value is a usage error', async () => {
    const result = await cli('agreements', '--data-dir');
    expect(result.code).toBe(2);
    expect(result.err).toHaveLength(1);
  });

  it('an unknown command: exit 2, one line naming it', async () => {
    const result = await cli('export', '--data-dir', tempDir());
    expect(result).toEqual({
      code: 2,
      out: [],
      err: ['accords: unknown command "export". Run `npm run accords -- help` for the list.'],
    });
  });

  it.each([['help'], ['--help'], ['-h'], []])(
    '%j prints the usage and exits 0',
    async (...argv) => {
      const result = await cli(...argv);
      expect(result.code).toBe(0);
      expect(result.err).toEqual([]);
      expect(result.out).toHaveLength(1);
      expect(result.out[0]).toMatch(/^Usage: npm run accords -- <command>/);
      expect(result.out[0]).toContain('sample [--data-dir DIR]');
      expect(result.out[0]).toContain('agreements [--json] [--data-dir DIR]');
      expect(result.out[0]).toContain('ACCORDS_DATA_DIR');
    },
  );

  it('uses ACCORDS_DATA_DIR when --data-dir is absent, and --data-dir over it', async () => {
    const fromEnv = tempDir();
    const fromFlag = tempDir();
    vi.stubEnv('ACCORDS_DATA_DIR', fromEnv);
    expect((await cli('sample')).code).toBe(0);
    expect(existsSync(databasePath(fromEnv))).toBe(true);
    const listed = await cli('agreements', '--json');
    expect(JSON.parse(listed.out[0]!)).toHaveLength(40);

    const flagged = await cli('agreements', '--json', '--data-dir', fromFlag);
    expect(JSON.parse(flagged.out[0]!)).toEqual([]);
    expect(existsSync(databasePath(fromFlag))).toBe(true);
  });

  it('refuses a database from a newer Accords: exit 1, one line, file untouched', async () => {
    const dir = tempDir();
    const file = databasePath(dir);
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x TEXT) STRICT');
    raw.pragma('user_version = 990');
    raw.close();
    const before = readFileSync(file);
    const result = await cli('agreements', '--data-dir', dir);
    expect(result.code).toBe(1);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(/^accords agreements: .*newer version of Accords.*schema 990/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('reports a data folder that cannot be opened in one line', async () => {
    const dir = tempDir();
    const notAFolder = join(dir, 'file');
    writeFileSync(notAFolder, 'x');
    const result = await cli('agreements', '--data-dir', notAFolder);
    expect(result.code).toBe(1);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(/^accords agreements: The database cannot be opened now \(The data folder cannot be created: EEXIST/);
  });
});
