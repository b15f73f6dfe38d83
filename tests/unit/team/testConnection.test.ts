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

  it('says the password is wrong', async (context) => {
    const url = await freshTeamUrl();
    await initServer(url);
    // A server set to trust local connections (CI's PostgreSQL 15) takes any password: there
    // is no wrong one to tell. The embedded server asks for one (scram-sha-256).
    if (await acceptsAnyPassword(url)) context.skip();
    const wrong = await testConnection({ url, password: 'not-the-password' });
    expect(wrong).toMatchObject({ ok: false, error: { key: 'errors.team.authFailed' } });
  });

  it('says a server does not answer', async () => {
    const closed = await closedPort();
    const away = await testConnection({ url: `postgres://postgres@127.0.0.1:${closed}/accords` });
    expect(away).toMatchObject({ ok: false, error: { key: 'errors.team.unreachable' } });
    expect(away.error?.params).toMatchObject({
      server: `postgres://postgres@127.0.0.1:${closed}/accords`,
    });
  });
});

/** Whether the server lets a wrong password in (trust authentication). */
async function acceptsAnyPassword(url: string): Promise<boolean> {
  const wrong = new URL(url);
  wrong.password = 'surely-not-the-password';
  const client = new pg.Client({ connectionString: wrong.toString() });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

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
