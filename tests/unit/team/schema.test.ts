import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/db/migrations/index';
import { closeDatabase, openDatabase } from '../../../electron/db/open';
import { createCity } from '../../../electron/services/cities/cities';
import { withServer } from '../../../electron/services/team/server/connect';
import { SERVER_SCHEMA_VERSION } from '../../../electron/services/team/server/schema';
import { initServer, joinTeam, syncNow, testConnection } from '../../../electron/services/team/team';
import { tempDatabase, tempDir } from '../helpers/tempData';
import { freshTeam, freshTeamUrl, joinedDesktop, serverRows as run } from './teamHarness';

describe('the team schema on PostgreSQL', () => {
  it('is created once and migrated idempotently; the connection test reports it', async () => {
    const url = await freshTeamUrl();
    // Not set up yet: the test says so (tests/unit/team/testConnection.test.ts tells the cases apart).
    expect(await testConnection({ url })).toMatchObject({ ok: false, schemaVersion: 0 });
    expect(await initServer(url)).toEqual({ from: 0, to: SERVER_SCHEMA_VERSION });
    expect(await initServer(url)).toEqual({ from: SERVER_SCHEMA_VERSION, to: SERVER_SCHEMA_VERSION });
    const test = await testConnection({ url });
    expect(test).toMatchObject({ ok: true, schemaVersion: SERVER_SCHEMA_VERSION, members: 0, error: null });
    expect(test.serverVersion).toMatch(/^PostgreSQL \d+/);
  });

  it('refuses a server without the schema, and one a newer Accords set up', async () => {
    const bare = await freshTeamUrl();
    const desktop = tempDatabase();
    await expect(joinTeam(desktop.ctx, { url: bare, name: 'Anne' })).rejects.toMatchObject({ key: 'errors.team.notInitialised' });
    const url = await freshTeam();
    await run(url, 'UPDATE accords.schema_info SET version = 9990');
    await expect(joinTeam(desktop.ctx, { url, name: 'Anne' })).rejects.toMatchObject({ key: 'errors.team.serverNewer' });
    await expect(initServer(url)).rejects.toMatchObject({ key: 'errors.team.serverNewer' });
    // Refused before anything was written: the desktop has not joined.
    expect(desktop.db.prepare('SELECT count(*) FROM sync_state').pluck().get()).toBe(0);
  });

  it('keeps an append-only log and the current state as plain views', async () => {
    const url = await freshTeam();
    const a = await joinedDesktop(url, 'Anne');
    createCity(a.db, { name: 'Sintra', country: 'PT', notes: 'palace' });
    await a.sync();
    await expect(run(url, 'DELETE FROM accords.change_log')).rejects.toThrow(/append-only/);
    await expect(run(url, `UPDATE accords.change_log SET value = '"x"'`)).rejects.toThrow(/append-only/);
    expect(await run(url, `SELECT name, country, notes FROM accords.cities WHERE name = 'Sintra'`)).toEqual([{ name: 'Sintra', country: 'PT', notes: 'palace' }]);
    expect(await run(url, 'SELECT name FROM accords.members')).toEqual([{ name: 'Anne' }]);
  });

  it('an upload into a team that already has a register is refused', async () => {
    const url = await freshTeam();
    const a = await joinedDesktop(url, 'Anne');
    createCity(a.db, { name: 'Évora', country: 'PT' });
    await a.sync();
    const b = tempDatabase();
    await expect(joinTeam(b.ctx, { url, name: 'Bruno', mode: 'upload' })).rejects.toMatchObject({ key: 'errors.team.notEmpty' });
  });

  it('an application role with only the grants it needs can sync but not erase the log', async () => {
    const url = await freshTeam();
    const role = `accords_app_${randomBytes(4).toString('hex')}`;
    const password = randomBytes(9).toString('hex');
    await run(url, `CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
    try {
      await initServer(url, { appRole: role });
      const asApp = new URL(url);
      asApp.username = role;
      asApp.password = password;
      const desktop = tempDatabase();
      await joinTeam(desktop.ctx, { url: asApp.toString(), name: 'App' });
      createCity(desktop.db, { name: 'Nazaré', country: 'PT' });
      await syncNow(desktop.ctx, { server: { url: asApp.toString() } });
      expect(await run(url, `SELECT country FROM accords.cities WHERE name = 'Nazaré'`)).toEqual([{ country: 'PT' }]);
      await expect(run(asApp.toString(), 'TRUNCATE accords.change_log')).rejects.toThrow(/permission denied/);
      await expect(run(asApp.toString(), 'DELETE FROM accords.record_fields')).rejects.toThrow(/permission denied/);
      // The stored URL has no password.
      expect(desktop.db.prepare(`SELECT value FROM sync_state WHERE key = 'server'`).pluck().get()).not.toContain(password);
    } finally {
      const admin = new URL(url);
      await run(admin.toString(), `DROP OWNED BY ${role}`);
      await run(admin.toString(), `DROP ROLE ${role}`);
    }
  });

  it('honours TLS asked for in the connection string', async () => {
    const url = await freshTeam();
    const tls = `${url}${url.includes('?') ? '&' : '?'}sslmode=require`;
    const outcome = await withServer({ url: tls }, async (client) => (await client.query(`SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()`)).rows[0] as { ssl: boolean }).catch(
      (error: unknown) => error as Error,
    );
    // Either the session is encrypted, or the server (without TLS, or with an untrusted
    // certificate) was refused: never a plain connection when TLS was asked for.
    if (outcome instanceof Error) expect(outcome.message).toMatch(/SSL|certificate|TLS/i);
    else expect(outcome.ssl).toBe(true);
  });
});

describe('the local migration 0140', () => {
  it('adds the team tables to a version-90 file and keeps its data', () => {
    const dir = tempDir();
    const file = join(dir, 'accords.sqlite3');
    const before = MIGRATIONS.filter((m) => m.version <= 90);
    const old = openDatabase(file, { migrations: before });
    // Written as a version-90 file holds a city (today's services write today's schema).
    old
      .prepare(
        `INSERT INTO cities (id, name, name_key, country, created_at, updated_at)
         VALUES ('01a2436d-17f4-7008-a64f-cbd43a83130d', 'Coimbra', 'coimbra', 'PT', '2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z')`,
      )
      .run();
    closeDatabase(old);
    const db = openDatabase(file);
    try {
      expect(db.prepare('SELECT name FROM cities WHERE id = ?').pluck().get('01a2436d-17f4-7008-a64f-cbd43a83130d')).toBe('Coimbra');
      for (const table of ['sync_state', 'sync_outbox', 'sync_fields', 'sync_pending', 'sync_conflicts']) {
        expect(db.prepare('SELECT count(*) FROM sqlite_schema WHERE name = ?').pluck().get(table)).toBe(1);
      }
      // Not in a team: writes leave the outbox empty.
      createCity(db, { name: 'Braga', country: 'PT' });
      expect(db.prepare('SELECT count(*) FROM sync_outbox').pluck().get()).toBe(0);
    } finally {
      closeDatabase(db);
    }
  });
});
