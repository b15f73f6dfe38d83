import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { databasePath } from '../../../electron/paths/dataDir';
import type { BackupInfo } from '../../../electron/safety/types';
import { cleanup, sampleDataDir, tempDir } from './helpers';

afterAll(cleanup);

async function cli(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  // Every failure is one line.
  for (const line of err) expect(line).not.toContain('\n');
  return { code, out, err };
}

describe('command line: backup, backups, check, restore, archive', () => {
  it('backs up, lists, checks, detects damage, restores', async () => {
    const dataDir = sampleDataDir('cli');
    const dd = ['--data-dir', dataDir];

    const backup = await cli('backup', ...dd);
    expect(backup.code).toBe(0);
    expect(backup.out[0]).toMatch(
      /^Backup written: .*accords-\d{8}-\d{6}-manual\.sqlite3 \(.*, schema \d+\): 40 agreements, 40 cities/,
    );

    const outFile = join(tempDir('cli-out'), 'copy.sqlite3');
    expect((await cli('backup', '--out', outFile, ...dd)).code).toBe(0);
    expect(existsSync(outFile)).toBe(true);
    const again = await cli('backup', '--out', outFile, ...dd);
    expect(again.code).toBe(1);
    expect(again.err[0]).toMatch(/already exists/);

    const list = await cli('backups', ...dd);
    expect(list.code).toBe(0);
    expect(list.out).toHaveLength(2);
    expect(list.out[0]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d {2}manual .* 40 agreements/);
    const json = JSON.parse((await cli('backups', '--json', ...dd)).out[0]!) as BackupInfo[];
    expect(json).toHaveLength(1);
    expect(json[0]!.counts.agreements).toBe(40);

    const check = await cli('check', ...dd);
    expect(check.code).toBe(0);
    expect(check.out[0]).toMatch(/^ok: quick_check passed/);
    expect((await cli('check', '--full', ...dd)).out[0]).toMatch(/^ok: integrity_check passed/);

    // Damage the header: check says why (exit 1); a command that needs the database refuses in one
    // line, naming the folder the file went to and the backup to restore.
    const fd = openSync(databasePath(dataDir), 'r+');
    writeSync(fd, Buffer.alloc(100, 0x41), 0, 100, 0);
    closeSync(fd);
    const damaged = await cli('check', ...dd);
    expect(damaged.code).toBe(1);
    expect(damaged.err[0]).toMatch(/^accords check: notadb: /);
    const refused = await cli('agreements', ...dd);
    expect(refused.code).toBe(1);
    expect(refused.err[0]).toMatch(
      /not an SQLite database .*moved, untouched, to .*damaged.* Newest verified backup: .*manual\.sqlite3/,
    );

    const restore = await cli('restore', json[0]!.name, ...dd);
    expect(restore.code).toBe(0);
    expect(restore.out[0]).toMatch(/^Restored .*: 40 agreements/);
    expect((await cli('check', ...dd)).code).toBe(0);
    const agreements = await cli('agreements', ...dd);
    expect(agreements.code).toBe(0);
    expect(agreements.out.at(-1)).toBe('40 agreement(s).');

    const restoreAgain = await cli('restore', outFile, ...dd);
    expect(restoreAgain.code).toBe(0);
    expect(restoreAgain.out[1]).toMatch(/backed up first: .*-restore\.sqlite3/);

    expect((await cli('restore', ...dd)).code).toBe(2);
    expect((await cli('restore', join(dataDir, 'nope.sqlite3'), ...dd)).err[0]).toMatch(
      /no such file/,
    );
    const missing = await cli('check', '--data-dir', tempDir('cli-empty'));
    expect(missing.code).toBe(1);
    expect(missing.err[0]).toMatch(/missing: No database file/);
  });

  it('archive export / import into another data folder', async () => {
    const dataDir = sampleDataDir('cli-arch');
    const archive = join(tempDir('cli-arch-out'), 'move.tar.gz');
    const exported = await cli('archive', 'export', archive, '--data-dir', dataDir);
    expect(exported.code).toBe(0);
    expect(exported.out[0]).toMatch(/^Archive written: .*move\.tar\.gz .*: 40 agreements/);

    const target = join(tempDir('cli-arch-dst'), 'Accords');
    const imported = await cli('archive', 'import', archive, '--data-dir', target);
    expect(imported.code).toBe(0);
    expect(imported.out[0]).toMatch(/^Imported into .*: 40 agreements/);
    expect((await cli('check', '--full', '--data-dir', target)).code).toBe(0);

    const refused = await cli('archive', 'import', archive, '--data-dir', target);
    expect(refused.code).toBe(1);
    expect(refused.err[0]).toMatch(/already holds Accords data/);
    const replaced = await cli('archive', 'import', archive, '--replace', '--data-dir', target);
    expect(replaced.code).toBe(0);
    expect(replaced.out[1]).toMatch(/backed up first/);

    expect((await cli('archive', 'frobnicate', archive)).code).toBe(2);
    expect((await cli('archive', 'export', archive, '--data-dir', dataDir)).err[0]).toMatch(
      /already exists/,
    );
  });
});
