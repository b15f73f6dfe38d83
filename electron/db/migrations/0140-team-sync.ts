import type { Migration } from './types';

/**
 * Schema v140: what a desktop needs to share its register with a team (issue 14).
 *
 * - `sync_state`: this desktop's id in the team, the server (without password), the last
 *   server position pulled, the clock's last stamp, the last sync's outcome.
 * - `sync_outbox`: one mark per record written since the last push, stamped in the write's
 *   transaction (`core/outbox.ts`); `*` marks a whole kind (a bulk load).
 * - `sync_fields`: every synced field as the team last agreed on it, with its clock, the
 *   desktop that wrote it and its server position — the per-field last-writer-wins state and
 *   what a mark is compared against to find the fields that changed.
 * - `sync_pending`: the field changes awaiting a push, in the order they were found; `batch`
 *   is set once they are put in a batch, so a push cut short resends the same batch (the
 *   server applies a batch id once).
 * - `sync_conflicts`: a field both sides changed since they last met, both values kept until
 *   the user chooses.
 */
export const migration0140: Migration = {
  version: 140,
  name: 'team sync: outbox, field clocks, conflicts',
  up(db) {
    db.exec(`
      CREATE TABLE sync_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE sync_outbox (
        entity TEXT NOT NULL,
        record_id TEXT NOT NULL,
        hlc TEXT NOT NULL,
        PRIMARY KEY (entity, record_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE sync_fields (
        entity TEXT NOT NULL,
        record_id TEXT NOT NULL,
        field TEXT NOT NULL,
        value TEXT NOT NULL CHECK (json_valid(value)),
        hlc TEXT NOT NULL,
        desktop TEXT NOT NULL,
        seq INTEGER,
        PRIMARY KEY (entity, record_id, field)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE sync_pending (
        n INTEGER PRIMARY KEY,
        entity TEXT NOT NULL,
        record_id TEXT NOT NULL,
        field TEXT NOT NULL,
        value TEXT NOT NULL CHECK (json_valid(value)),
        hlc TEXT NOT NULL,
        batch TEXT
      ) STRICT;
      CREATE UNIQUE INDEX sync_pending_field ON sync_pending (entity, record_id, field) WHERE batch IS NULL;
      CREATE INDEX sync_pending_batch ON sync_pending (batch);

      CREATE TABLE sync_conflicts (
        id TEXT PRIMARY KEY,
        entity TEXT NOT NULL,
        record_id TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        field TEXT NOT NULL,
        mine TEXT NOT NULL CHECK (json_valid(mine)),
        theirs TEXT NOT NULL CHECK (json_valid(theirs)),
        mine_hlc TEXT NOT NULL,
        theirs_hlc TEXT NOT NULL,
        theirs_by TEXT NOT NULL DEFAULT '',
        kept TEXT NOT NULL CHECK (kept IN ('mine', 'theirs')),
        detected_at TEXT NOT NULL,
        resolved_at TEXT,
        choice TEXT CHECK (choice IS NULL OR choice IN ('mine', 'theirs'))
      ) STRICT;
      CREATE INDEX sync_conflicts_open ON sync_conflicts (resolved_at, detected_at);
      CREATE UNIQUE INDEX sync_conflicts_field ON sync_conflicts (entity, record_id, field) WHERE resolved_at IS NULL;
    `);
  },
};
