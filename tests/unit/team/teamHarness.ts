import type Database from 'better-sqlite3';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { inject, onTestFinished } from 'vitest';
import { tempDatabase, type TempDatabase } from '../helpers/tempData';
import { joinTeam, syncNow } from '../../../electron/services/team/team';
import { initServer } from '../../../electron/services/team/team';
import type { SyncResult } from '../../../shared/schemas/team';
import { createCity, updateCity } from '../../../electron/services/cities/cities';

/**
 * What the team tests share: a fresh database per test on the run's PostgreSQL (see
 * pgServer.ts), desktops (real SQLite files in temp folders) and a dump of the register to
 * compare desktops with.
 */

// The desktops read the server's password as the command line does: from PGPASSWORD.
const adminPassword = inject('pgAdminUrl') ? decodeURIComponent(new URL(inject('pgAdminUrl')).password) : '';
if (adminPassword) process.env.PGPASSWORD = adminPassword;

/** True when the run has a PostgreSQL (always, unless the team tests were filtered out). */
export function havePostgres(): boolean {
  return inject('pgAdminUrl') !== '';
}

/** A new, empty database on the run's server for this test, dropped when the test ends; its URL. */
export async function freshTeamUrl(): Promise<string> {
  const admin = inject('pgAdminUrl');
  const name = `accords_t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  onTestFinished(async () => {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => c.query(`DROP DATABASE IF EXISTS ${name}`));
    await c.end();
  });
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A team server ready for desktops: a fresh database with the team schema. */
export async function freshTeam(): Promise<string> {
  const url = await freshTeamUrl();
  await initServer(url);
  return url;
}

export type Desktop = TempDatabase & { name: string; sync: () => Promise<SyncResult> };

/** A desktop (its own data folder) joined to the team at `url`. */
export async function joinedDesktop(url: string, name: string, options: { sample?: boolean } = {}): Promise<Desktop> {
  const data = tempDatabase({ sample: options.sample ?? false });
  await joinTeam(data.ctx, { url, name });
  return { ...data, name, sync: () => syncNow(data.ctx) };
}

/** The tables of the register (what must be identical on every desktop after syncing). */
export const REGISTER_TABLES = [
  'cities',
  'themes',
  'contacts',
  'contact_cities',
  'agreements',
  'agreement_themes',
  'agreement_contacts',
  'agreement_versions',
  'actions',
  'action_themes',
  'action_contacts',
  'action_indicators',
  'documents',
] as const;

/**
 * The register's rows, table by table, in a stable order; without `n`, the number each desktop
 * gives its own records (migration 0150), which is not shared.
 */
export function dumpRegister(db: Database.Database): Record<string, string[]> {
  const dump: Record<string, string[]> = {};
  for (const table of REGISTER_TABLES) {
    const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[]).filter((c) => c !== 'n');
    dump[table] = (db.prepare(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY 1, 2`).raw().all() as unknown[][]).map((row) => JSON.stringify(row));
  }
  return dump;
}

/** Rows of one query on the team's server (to look at its log and tables). */
export async function serverRows(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}

/**
 * Two desktops with one conflict: Anne (with the example) and Bruno both changed the notes of
 * the same city offline, then synced (A, B, A), so each lists it.
 */
export async function notesConflict(): Promise<{ a: Desktop; b: Desktop; city: { id: string } }> {
  const url = await freshTeam();
  const a = await joinedDesktop(url, 'Anne', { sample: true });
  const b = await joinedDesktop(url, 'Bruno');
  const city = createCity(a.db, { name: 'Braga Test', country: 'PT', notes: 'first' });
  await a.sync();
  await b.sync();
  updateCity(a.db, city.id, { notes: 'from Anne' });
  updateCity(b.db, city.id, { notes: 'from Bruno' });
  await a.sync();
  await b.sync();
  await a.sync();
  return { a, b, city };
}
