import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../../electron/app/context';
import { createCity, getCity } from '../../../electron/services/cities/cities';
import { cli, parisDataDir } from '../helpers/cli';
import { tempDir } from '../helpers/tempData';
import { freshTeamUrl } from './teamHarness';

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('accords team … and accords sync', () => {
  it('init, join (upload then download), status --json, sync --json, conflicts, resolve', async () => {
    const url = await freshTeamUrl();
    expect(await cli('team', 'init', url)).toMatchObject({ code: 0, out: [expect.stringMatching(/created: version \d+/)] });
    const anne = await parisDataDir();
    const bruno = tempDir();
    expect(await cli('team', 'join', url, '--as', 'Anne', '--data-dir', anne)).toMatchObject({ code: 0, out: [expect.stringContaining("now the team's")] });
    const joined = await cli('team', 'join', url, '--as', 'Bruno', '--data-dir', bruno);
    expect(joined.code).toBe(0);
    expect(joined.out.join('\n')).toContain("the team's register was downloaded");

    // Anne adds a city, as the app would, while offline.
    const addCity = (dir: string, name: string) => {
      const ctx = openAppContext(dir, { kind: 'cli' });
      try {
        return createCity(ctx.db, { name, country: 'FR' }).id;
      } finally {
        ctx.close();
      }
    };
    const added = addCity(anne, 'Annecy Test');
    const status = await cli('team', 'status', '--json', '--data-dir', anne);
    expect(JSON.parse(status.out[0]!)).toMatchObject({ pending: 1, lastSync: expect.any(String), conflicts: 0 });

    const synced = await cli('sync', '--json', '--data-dir', anne);
    expect(synced.code).toBe(0);
    expect(JSON.parse(synced.out[0]!)).toMatchObject({ pushed: expect.any(Number), pending: 0, conflicts: 0 });
    expect((await cli('sync', '--data-dir', bruno)).out[0]).toMatch(/Synced: 0 change\(s\) sent, \d+ received/);
    expect(JSON.parse((await cli('team', 'status', '--json', '--data-dir', bruno)).out[0]!)).toMatchObject({ pending: 0, conflicts: 0 });
    const ctx = openAppContext(bruno, { kind: 'cli' });
    try {
      expect(getCity(ctx.db, added).name).toBe('Annecy Test');
    } finally {
      ctx.close();
    }
    expect((await cli('team', 'conflicts', '--data-dir', bruno)).out).toEqual(['No conflicts.']);
    expect(await cli('team', 'resolve', 'nope', 'mine', '--data-dir', bruno)).toMatchObject({ code: 1, err: [expect.stringContaining('not found')] });
  });

  it('a server that cannot be reached: exit 1 and one line, nothing changed', async () => {
    const dir = tempDir();
    const url = `postgres://nobody@127.0.0.1:${await closedPort()}/accords`;
    const run = await cli('team', 'join', url, '--as', 'Anne', '--data-dir', dir);
    expect(run.code).toBe(1);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(/^accords team: Cannot reach the team server postgres:\/\/nobody@127\.0\.0\.1:\d+\/accords: /);
    expect(run.err[0]).not.toContain('\n');
    const status = await cli('team', 'status', '--json', '--data-dir', dir);
    expect(JSON.parse(status.out[0]!)).toMatchObject({ joined: false, pending: 0 });
    const sync = await cli('sync', '--data-dir', dir);
    expect(sync).toMatchObject({ code: 1, err: [expect.stringContaining('has not joined a team')] });
  });

  it('usage errors exit 2 before anything is opened', async () => {
    expect((await cli('team', 'join', 'postgres://x/y')).code).toBe(2);
    expect((await cli('team', 'frobnicate')).code).toBe(2);
    expect((await cli('team', 'join', 'postgres://x/y', '--as', 'A', '--upload', '--download')).code).toBe(2);
  });
});
