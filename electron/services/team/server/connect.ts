import type pg from 'pg';
import { DomainError } from '../../../core/errors';

/**
 * Connections to the team's PostgreSQL. The connection string is honoured as written —
 * `sslmode=require|verify-full`, `sslrootcert=…` turn TLS on, as with psql — and a password
 * never lives in it on disk: `withoutPassword` strips it before the desktop stores the URL,
 * and the password comes back from the environment (`PGPASSWORD`, read by the driver), a 0600
 * file (the command line) or Electron's safeStorage (the desktop).
 */

export interface ServerAddress {
  url: string;
  password?: string | undefined;
}

/** The URL without its password (what is stored and shown). */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.password) return url;
    parsed.password = '';
    return parsed.toString().replace(/:@/, '@');
  } catch {
    return url;
  }
}

/** The password written in the URL, if any. */
export function passwordInUrl(url: string): string | undefined {
  try {
    const password = new URL(url).password;
    return password ? decodeURIComponent(password) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The URL with the password put in, in memory only: node-postgres lets the fields parsed from a
 * connection string override a separate `password` option (and then falls back to PGPASSWORD).
 */
function withPassword(url: string, password: string | undefined): string {
  if (password === undefined) return url;
  try {
    const parsed = new URL(url);
    parsed.password = encodeURIComponent(password);
    return parsed.toString();
  } catch {
    return url;
  }
}

/** Opens a connection; a server that cannot be reached is a `DomainError` with one clear line. */
export async function connect(address: ServerAddress): Promise<pg.Client> {
  // Loaded at the first connection: pg (and the fetch machinery it probes for) would otherwise
  // cost every start of the command line and the preview, team or not.
  const { default: postgres } = await import('pg');
  const client = new postgres.Client({
    connectionString: withPassword(address.url, address.password),
    connectionTimeoutMillis: 8000,
    application_name: 'accords',
  });
  // An idle connection dropped by the server must not crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw unreachable(address.url, error);
  }
  return client;
}

/** The error for a server that cannot be reached or refused the login. */
export function unreachable(url: string, error: unknown): DomainError {
  const nested = (error as { errors?: Error[] } | null)?.errors?.[0];
  const raw = error instanceof Error ? error.message || nested?.message || (error as { code?: string }).code || error.name : String(error);
  const reason = raw.replace(/\s+/g, ' ').trim();
  const code = (error as { code?: string } | null)?.code;
  const auth = code === '28P01' || code === '28000';
  const key = auth ? 'errors.team.authFailed' : 'errors.team.unreachable';
  const message = auth
    ? `The team server ${withoutPassword(url)} refused the login: ${reason}`
    : `Cannot reach the team server ${withoutPassword(url)}: ${reason}`;
  return new DomainError('conflict', key, message, [], {
    server: withoutPassword(url),
    reason,
  });
}

/** Runs `work` on a fresh connection and closes it. */
export async function withServer<T>(address: ServerAddress, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = await connect(address);
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs `work` in one server transaction: committed when it returns, rolled back when it throws. */
export async function inTransaction<T>(client: pg.Client, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const value = await work();
    await client.query('COMMIT');
    return value;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
