import type { AuditedEntity } from '../../../../shared/schemas/history';

/** Query keys of the history panels: one entry per record. */
export const historyKeys = {
  all: ['history'] as const,
  of: (entityType: AuditedEntity, entityId: string) =>
    [...historyKeys.all, entityType, entityId] as const,
};
