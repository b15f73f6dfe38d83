import { createServer } from 'node:net';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { initServer, testConnection } from '../../../electron/services/team/team';
import { freshTeamUrl } from './teamHarness';

/** What the Team screen's "Test the connection" says, for each way a server can be wrong. */
describe('testing the connection to a team server', () => {
  it('says that a server IT has not set up yet has no Accords data, then that it answers once set up', async () => {
    const url = await freshTeamUrl();
    const before = await testConnection({ url });
    expect(before).toMatchObject({
      ok: false,
      schemaVersion: 0,
      error: { key: 'errors.team.notInitialised' },
    });
    expect(before.serverVersion).toMatch(/^PostgreSQL \d+/);

    await initServer(url);
    const after = await testConnection({ url });
    expect(after).toMatchObject({ ok: true, members: 0, error: null });
    expect(after.schemaVersion).toBeGreaterThan(0);
  });

  it('refuses a server a newer Accords set up, saying so', async () => {
    const url = await freshTeamUrl();
    await initServer(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('UPDATE accords.schema_info SET version = version + 1');
    await client.end();
    const found = await testConnection({ url });
    expect(found).toMatchObject({ ok: false, error: { key: 'errors.team.serverNewer' } });
    expect(found.error?.params).toMatchObject({ found: found.schemaVersion });
  });

  it('tells a wrong password from a server that does not answer', async () => {
    const url = await freshTeamUrl();
    await initServer(url);
    const wrong = await testConnection({ url, password: 'not-the-password' });
    expect(wrong).toMatchObject({ ok: false, error: { key: 'errors.team.authFailed' } });

    const closed = await closedPort();
    const away = await testConnection({ url: `postgres://postgres@127.0.0.1:${closed}/accords` });
    expect(away).toMatchObject({ ok: false, error: { key: 'errors.team.unreachable' } });
    expect(away.error?.params).toMatchObject({
      server: `postgres://postgres@127.0.0.1:${closed}/accords`,
    });
  });
});

/** A port nothing listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
