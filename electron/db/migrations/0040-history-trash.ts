import type { Migration } from './types';

/**
 * Migration 0040 (schema 40): history and trash.
 *
 * `audit_log` gets one row per create, update, delete and restore, written by the services in
 * the same transaction as the change: when (`created_at`), by whom (the configured user
 * name), which record, and `{ field: [before, after] }` for what changed.
 *
 * The trash keeps a JSON snapshot of what a delete removed — the record and everything that
 * went with it (an agreement's versions, links, actions and their indicators, documents) —
 * and the rows really leave their tables. So every list, count, foreign key and unique name
 * stays exactly as without a trash, the existing cascades keep working, and a restore puts
 * the very same rows (same ids) back. `trash_members` says which trash entry holds a given
 * record, so restoring an action whose agreement was deleted brings that agreement back first.
 */
export const migration0040: Migration = {
  version: 40,
  name: 'history (audit log) and trash',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        user_name TEXT NOT NULL DEFAULT '',
        entity_type TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        parent_id TEXT,
        action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore')),
        label TEXT NOT NULL DEFAULT '',
        changes TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(changes))
      ) STRICT;
      CREATE INDEX audit_log_entity ON audit_log (entity_id, created_at);
      CREATE INDEX audit_log_parent ON audit_log (parent_id, created_at) WHERE parent_id IS NOT NULL;
      CREATE INDEX audit_log_at ON audit_log (created_at);

      CREATE TABLE trash (
        id TEXT PRIMARY KEY,
        entity_type TEXT NOT NULL CHECK (entity_type IN ('city', 'agreement', 'action', 'contact', 'document')),
        entity_id TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        deleted_at TEXT NOT NULL,
        deleted_by TEXT NOT NULL DEFAULT '',
        dependents TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(dependents)),
        snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX trash_deleted ON trash (deleted_at);
      CREATE INDEX trash_type ON trash (entity_type, deleted_at);

      CREATE TABLE trash_members (
        entity_id TEXT PRIMARY KEY,
        trash_id TEXT NOT NULL REFERENCES trash (id) ON DELETE CASCADE,
        entity_type TEXT NOT NULL
      ) STRICT;
      CREATE INDEX trash_members_trash ON trash_members (trash_id);
    `);
  },
};
