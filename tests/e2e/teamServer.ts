import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { serveEmbedded } from '../../electron/services/team/serve';

/** A PostgreSQL server a test's desktops share: its own database, dropped at the end. */
export interface TeamServer {
  /** `postgres://user@host:port/db` — without the password, as a user types it in. */
  url: string;
  password: string;
  stop(): Promise<void>;
}

/**
 * A throwaway PostgreSQL for one test: the server named by ACCORDS_TEST_PG_URL when set (a
 * fresh database in it), else the embedded PostgreSQL of `team serve` in a temp folder (real
 * PostgreSQL binaries from the npm registry, password auth), with a fresh database in it.
 */
export async function startTeamServer(): Promise<TeamServer> {
  const given = process.env.ACCORDS_TEST_PG_URL;
  const server = given ? await freshDatabaseOn(given) : await embeddedServer();
  // A test may stop it early (the server going away); the clean-up then has nothing to do.
  let stopping: Promise<void> | null = null;
  return { ...server, stop: () => (stopping ??= server.stop()) };
}

async function embeddedServer(): Promise<TeamServer> {
  const parent = mkdtempSync(join(tmpdir(), 'accords-pg-'));
  const password = 'team-secret';
  // The same server `npm run accords -- team serve` starts, throwaway.
  const running = await serveEmbedded({
    dir: join(parent, 'data'),
    port: await freePort(),
    password,
    throwaway: true,
  });
  const admin = new URL(running.url);
  admin.password = password;
  const team = await freshDatabaseOn(admin.toString());
  return {
    url: team.url,
    password,
    async stop() {
      await team.stop();
      await running.stop();
      rmSync(parent, { recursive: true, force: true });
    },
  };
}

async function freshDatabaseOn(given: string): Promise<TeamServer> {
  const name = `accords_e2e_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: given });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(given);
  const password = decodeURIComponent(url.password);
  url.password = '';
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    password,
    async stop() {
      const client = new pg.Client({ connectionString: given });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
