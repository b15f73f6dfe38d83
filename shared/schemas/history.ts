import { z } from 'zod';
import { idSchema, pageSchema, type Page } from './common';

/** The records whose changes history keeps. */
export const AUDITED_ENTITIES = [
  'city',
  'agreement',
  'agreement_version',
  'action',
  'contact',
  'theme',
  'document',
] as const;
export type AuditedEntity = (typeof AUDITED_ENTITIES)[number];

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'restore'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The fields a change touched: `{ status: ['active', 'ended'] }` reads "status: active → ended". */
export type FieldChanges = Record<string, [unknown, unknown]>;

/** One line of a record's history. */
export interface HistoryEntry {
  id: string;
  /** When (ISO 8601, UTC). */
  at: string;
  /** Who: the configured user name ('' when none was set). */
  user: string;
  entityType: AuditedEntity;
  entityId: string;
  /** The record this one belongs to (a version's agreement, a document's owner). */
  parentId: string | null;
  action: AuditAction;
  /** The record's name at the time (a city, an action's title). */
  label: string;
  changes: FieldChanges;
}

/**
 * A record's history, newest first. An agreement's or action's history also holds the
 * changes of what belongs to it (versions, documents).
 */
export const historyListSchema = z.object({
  entityType: z.enum(AUDITED_ENTITIES),
  entityId: idSchema,
  ...pageSchema,
});
export type HistoryListFilter = z.input<typeof historyListSchema>;

export type HistoryPage = Page<HistoryEntry>;

/** The records a delete sends to the trash. */
export const TRASHED_ENTITIES = ['city', 'agreement', 'action', 'contact', 'document'] as const;
export type TrashedEntity = (typeof TRASHED_ENTITIES)[number];

/** One deleted record (and what went with it), waiting to be restored or purged. */
export interface TrashEntry {
  id: string;
  entityType: TrashedEntity;
  entityId: string;
  label: string;
  deletedAt: string;
  deletedBy: string;
  /** What went with it: `{ actions: 12, documents: 3 }`. */
  dependents: Record<string, number>;
}

export const trashListSchema = z
  .object({ entityType: z.enum(TRASHED_ENTITIES).optional(), ...pageSchema })
  .default({ limit: 200, offset: 0 });
export type TrashListFilter = z.input<typeof trashListSchema>;

/** Restore a trash entry by its own id, or the deleted record by its id (an "undo"). */
export const trashRestoreSchema = z.union([
  z.strictObject({ id: idSchema }),
  z.strictObject({ entityId: idSchema }),
]);
export type TrashRestore = z.input<typeof trashRestoreSchema>;

/** What a restore brought back, parents first (restoring an action may bring its agreement back). */
export interface RestoreResult {
  restored: { entityType: TrashedEntity; id: string; label: string }[];
}
