import type pg from 'pg';
import { DomainError } from '../../../core/errors';
import { inTransaction } from './connect';
import { viewStatements } from './views';

/**
 * The team's schema on PostgreSQL (≥ 13), created and migrated by Accords (`team init`), in
 * numbered steps like the desktop's own: each step in one transaction that also records the
 * version; a schema from a newer Accords is refused rather than written to.
 *
 * - `change_log`: append-only (a trigger refuses UPDATE and DELETE), one row per field change,
 *   ordered by `seq`, assigned in the pushing transaction while it holds `PUSH_LOCK`, so the
 *   order of `seq` is the order of commits and a puller reading `seq > n` never skips a row.
 * - `record_fields`: the current state, field by field, the later clock winning; the views of
 *   `views.ts` show it as plain tables.
 * - `applied_batches`: every batch id applied, so a batch sent twice is applied once.
 * - `members`, `attachments` (bytes by SHA-256, sent once).
 */

export const TEAM_SCHEMA = 'accords';

/** The advisory lock every push holds until it commits. */
export const PUSH_LOCK = 1_400_014;

interface ServerMigration {
  version: number;
  statements: string[];
}

const S = TEAM_SCHEMA;

export const SERVER_MIGRATIONS: readonly ServerMigration[] = [
  {
    version: 10,
    statements: [
      `CREATE TABLE ${S}.members (
         desktop_id text PRIMARY KEY,
         name text NOT NULL,
         joined_at timestamptz NOT NULL DEFAULT now(),
         last_seen_at timestamptz NOT NULL DEFAULT now(),
         last_seq bigint NOT NULL DEFAULT 0
       )`,
      `CREATE TABLE ${S}.applied_batches (
         batch_id text PRIMARY KEY,
         desktop_id text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE TABLE ${S}.change_log (
         seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
         batch_id text NOT NULL REFERENCES ${S}.applied_batches (batch_id),
         desktop_id text NOT NULL,
         base_seq bigint NOT NULL,
         entity text NOT NULL,
         record_id text NOT NULL,
         field text NOT NULL,
         value jsonb NOT NULL,
         hlc text NOT NULL,
         pushed_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE INDEX change_log_batch ON ${S}.change_log (batch_id)`,
      `CREATE FUNCTION ${S}.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'accords.change_log is append-only'; END $$`,
      `CREATE TRIGGER change_log_append_only BEFORE UPDATE OR DELETE ON ${S}.change_log
         FOR EACH ROW EXECUTE FUNCTION ${S}.refuse_change()`,
      `CREATE TABLE ${S}.record_fields (
         entity text NOT NULL,
         record_id text NOT NULL,
         field text NOT NULL,
         value jsonb NOT NULL,
         hlc text NOT NULL,
         desktop_id text NOT NULL,
         seq bigint NOT NULL,
         PRIMARY KEY (entity, record_id, field)
       )`,
      `CREATE TABLE ${S}.attachments (
         sha256 text PRIMARY KEY CHECK (length(sha256) = 64),
         bytes bytea NOT NULL,
         size bigint NOT NULL,
         added_at timestamptz NOT NULL DEFAULT now()
       )`,
      ...viewStatements(S),
    ],
  },
];

export const SERVER_SCHEMA_VERSION = SERVER_MIGRATIONS[SERVER_MIGRATIONS.length - 1]!.version;

/** The schema's version on the server: 0 when Accords never created it. */
export async function serverSchemaVersion(client: pg.Client): Promise<number> {
  const exists = await client.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [`${S}.schema_info`]);
  if (!exists.rows[0]?.present) return 0;
  const row = await client.query<{ version: number }>(`SELECT version FROM ${S}.schema_info`);
  return row.rows[0]?.version ?? 0;
}

/** Refuses a server whose schema a newer Accords wrote, or that has none yet. */
export async function assertServerSchema(client: pg.Client): Promise<void> {
  const found = await serverSchemaVersion(client);
  if (found > SERVER_SCHEMA_VERSION) throw newerServer(found);
  if (found < SERVER_SCHEMA_VERSION) {
    throw new DomainError('conflict', 'errors.team.notInitialised', `The team server has no Accords schema (version ${found}); run: accords team init URL`, [], { found });
  }
}

function newerServer(found: number): DomainError {
  return new DomainError(
    'conflict',
    'errors.team.serverNewer',
    `The team server was set up by a newer Accords (schema ${found}; this one knows up to ${SERVER_SCHEMA_VERSION}). Update Accords.`,
    [],
    { found, supported: SERVER_SCHEMA_VERSION },
  );
}

/**
 * Creates or migrates the team schema. Concurrent runs wait on one advisory lock; each step
 * commits with its version. Returns the versions before and after.
 */
export async function migrateServer(client: pg.Client, migrations: readonly ServerMigration[] = SERVER_MIGRATIONS): Promise<{ from: number; to: number }> {
  const from = await inTransaction(client, async () => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [PUSH_LOCK + 1]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${S}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${S}.schema_info (version integer NOT NULL, one boolean PRIMARY KEY DEFAULT true CHECK (one))`);
    await client.query(`INSERT INTO ${S}.schema_info (version) VALUES (0) ON CONFLICT DO NOTHING`);
    return serverSchemaVersion(client);
  });
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  if (from > latest) throw newerServer(from);
  for (const step of migrations.filter((m) => m.version > from)) {
    await inTransaction(client, async () => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [PUSH_LOCK + 1]);
      if ((await serverSchemaVersion(client)) >= step.version) return;
      for (const statement of step.statements) await client.query(statement);
      await client.query(`UPDATE ${S}.schema_info SET version = $1`, [step.version]);
    });
  }
  return { from, to: await serverSchemaVersion(client) };
}

/**
 * Gives a role what the desktops need and no more: read everything, append to the log, keep
 * the current state and the members; never delete from the log.
 */
export async function grantAppRole(client: pg.Client, role: string): Promise<void> {
  const quoted = `"${role.replace(/"/g, '""')}"`;
  await inTransaction(client, async () => {
    await client.query(`GRANT USAGE ON SCHEMA ${S} TO ${quoted}`);
    await client.query(`GRANT SELECT ON ALL TABLES IN SCHEMA ${S} TO ${quoted}`);
    await client.query(`GRANT INSERT ON ${S}.change_log, ${S}.applied_batches, ${S}.attachments TO ${quoted}`);
    await client.query(`GRANT INSERT, UPDATE ON ${S}.record_fields, ${S}.members TO ${quoted}`);
  });
}
