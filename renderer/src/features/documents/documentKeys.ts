import type { DocumentOwnerType } from '../../../../shared/schemas/documents';

/** Query keys of the attachments of agreements and actions. */
export const documentKeys = {
  all: ['documents'] as const,
  list: (ownerType: DocumentOwnerType, ownerId: string) =>
    [...documentKeys.all, 'list', ownerType, ownerId] as const,
};
