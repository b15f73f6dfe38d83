import type { Migration } from './types';

/**
 * Migration 0100 (schema 100): the spreadsheet import's memory.
 *
 * - `import_batches`: one row per import committed — file name, time, target, counts, the
 *   mapping used, the backup taken first, the report (rejected rows with their reasons) and
 *   `undone_at` once undone. `first_audit_rowid`/`last_audit_rowid` bound its history lines.
 * - `import_batch_items`: every record the batch created or updated, with the record's exact
 *   rows before the update (its table row and its link rows, as JSON), so an undo — even after
 *   a restart — puts back the previous state exactly.
 * - `audit_log.batch_id`: the history lines written by a batch carry its id, so history shows
 *   them as one import and undo finds them.
 * - `import_mappings`: the mapping last used per header fingerprint and target.
 * - `agreements_exclusive_twinnings`: the few exclusive twinnings, found without reading every
 *   agreement (each new twinning checks them; a 100,000-row import was quadratic without it).
 */
export const migration0100: Migration = {
  version: 100,
  name: 'import batches and saved mappings',
  up(db) {
    db.exec(`
      CREATE TABLE import_batches (
        id TEXT PRIMARY KEY,
        file_name TEXT NOT NULL,
        target TEXT NOT NULL CHECK (target IN ('register', 'city', 'agreement', 'action', 'contact')),
        created_at TEXT NOT NULL,
        user_name TEXT NOT NULL DEFAULT '',
        on_match TEXT NOT NULL CHECK (on_match IN ('skip', 'update', 'fill')),
        created_count INTEGER NOT NULL DEFAULT 0,
        updated_count INTEGER NOT NULL DEFAULT 0,
        skipped_count INTEGER NOT NULL DEFAULT 0,
        rejected_count INTEGER NOT NULL DEFAULT 0,
        mapping TEXT NOT NULL CHECK (json_valid(mapping)),
        report TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(report)),
        backup TEXT,
        first_audit_rowid INTEGER NOT NULL,
        last_audit_rowid INTEGER NOT NULL,
        undone_at TEXT
      ) STRICT;
      CREATE INDEX import_batches_at ON import_batches (created_at);

      CREATE TABLE import_batch_items (
        batch_id TEXT NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        entity_type TEXT NOT NULL CHECK (entity_type IN ('city', 'agreement', 'action', 'contact')),
        entity_id TEXT NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('create', 'update')),
        before TEXT CHECK (before IS NULL OR json_valid(before)),
        PRIMARY KEY (batch_id, seq)
      ) STRICT;
      CREATE INDEX import_batch_items_entity ON import_batch_items (entity_id);

      ALTER TABLE audit_log ADD COLUMN batch_id TEXT;
      CREATE INDEX audit_log_batch ON audit_log (batch_id) WHERE batch_id IS NOT NULL;

      CREATE INDEX agreements_exclusive_twinnings ON agreements (kind, status) WHERE exclusive = 1;

      CREATE TABLE import_mappings (
        fingerprint TEXT NOT NULL,
        target TEXT NOT NULL,
        mapping TEXT NOT NULL CHECK (json_valid(mapping)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (fingerprint, target)
      ) STRICT;
    `);
  },
};
