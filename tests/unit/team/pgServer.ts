import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveEmbedded } from '../../../electron/services/team/serve';

/**
 * Vitest global setup: ONE PostgreSQL for the whole run, unless `ACCORDS_TEST_PG_URL` names
 * one (CI runs the team tests a second time against the machine's PostgreSQL 15). The
 * embedded server (PostgreSQL 18) starts only when the run includes the team tests, so a run
 * of other files pays nothing. Each test then makes its own database on it (`freshDatabase`).
 */

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

function runsTeamTests(): boolean {
  const filters = process.argv.slice(2).filter((a) => !a.startsWith('-') && a !== 'run' && !a.includes('='));
  return filters.length === 0 || filters.some((f) => f.includes('team'));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.ACCORDS_TEST_PG_URL;
  if (given) {
    project.provide('pgAdminUrl', given);
    return undefined;
  }
  if (!runsTeamTests()) {
    project.provide('pgAdminUrl', '');
    return undefined;
  }
  const parent = mkdtempSync(join(tmpdir(), 'accords-pg-'));
  const password = 'accords-test';
  const server = await serveEmbedded({ dir: join(parent, 'data'), port: await freePort(), password, throwaway: true });
  const url = new URL(server.url);
  url.password = password;
  project.provide('pgAdminUrl', url.toString());
  return async () => {
    await server.stop();
    rmSync(parent, { recursive: true, force: true });
  };
}
