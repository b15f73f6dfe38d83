import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCity } from '../../../electron/services/cities/cities';
import { serveEmbedded, type RunningServer } from '../../../electron/services/team/serve';
import { initServer, joinTeam, syncNow, teamStatus } from '../../../electron/services/team/team';
import { tempDatabase } from '../helpers/tempData';
import { dumpRegister } from './teamHarness';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * A real restart: a server of this test's own (the embedded PostgreSQL, as `team serve` runs
 * it, with password authentication), stopped and started again in the middle of a sync.
 */
describe('a server restart during sync', () => {
  it('the interrupted sync fails cleanly; the next one finishes, nothing applied twice', { timeout: 180_000 }, async () => {
    const parent = mkdtempSync(join(tmpdir(), 'accords-pg-restart-'));
    const options = { dir: join(parent, 'data'), port: await freePort(), password: 'restart-pw' };
    let server: RunningServer = await serveEmbedded(options);
    try {
      const url = server.url;
      await initServer(url, { password: options.password });
      const a = tempDatabase();
      const b = tempDatabase();
      await joinTeam(a.ctx, { url, name: 'Anne', password: options.password });
      await joinTeam(b.ctx, { url, name: 'Bruno', password: options.password });
      for (let i = 0; i < 6; i++) createCity(a.db, { name: `Restart ${i}`, country: 'FR' });
      const address = { url, password: options.password };
      await expect(
        syncNow(a.ctx, {
          server: address,
          batchSize: 30,
          onStep: async (step) => {
            if (step !== 'pushed-batch') return;
            await server.stop();
            server = await serveEmbedded(options);
          },
        }),
      ).rejects.toThrow();
      expect(teamStatus(a.db).pending).toBeGreaterThan(0);
      await syncNow(a.ctx, { server: address });
      expect(teamStatus(a.db).pending).toBe(0);
      await syncNow(b.ctx, { server: address });
      expect(dumpRegister(b.db)).toEqual(dumpRegister(a.db));
      expect(b.db.prepare(`SELECT count(*) FROM cities WHERE name LIKE 'Restart %'`).pluck().get()).toBe(6);
    } finally {
      await server.stop();
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
