import type { AuditedEntity } from '../schemas/history';

/**
 * What a write did to one record. Every write through a service reports one per record it
 * touched — dependents included (an agreement sent to the trash takes its actions with it) —
 * recorded in the same transaction as the history line. The same feed refreshes the
 * renderer's caches, and is what an import batch (undo as a unit) and a sync outbox read.
 */
export interface Change {
  /** The kind of record, named as history names it. `setting` is an app setting (own city, your name). */
  entity: ChangeEntity;
  /** The record's id (for a setting, its key). */
  id: string;
  op: ChangeOp;
  /** For an update: the fields whose value changed, as history names them. */
  fields?: string[];
}

export type ChangeEntity = AuditedEntity | 'setting';

export const CHANGE_OPS = ['create', 'update', 'delete', 'restore'] as const;
export type ChangeOp = (typeof CHANGE_OPS)[number];
