import type { HistoryEntry } from '../../../../shared/schemas/history';

/** Where a record lives in the app. The actions screens belong to the actions feature. */
export const recordLinks = {
  agreement: (id: string) => `/agreements?open=${encodeURIComponent(id)}`,
  city: (id: string) => `/cities/${encodeURIComponent(id)}`,
  action: (id: string) => `/actions?open=${encodeURIComponent(id)}`,
  actionsOf: (agreementId: string) => `/actions?agreementId=${encodeURIComponent(agreementId)}`,
  contact: (id: string) => `/contacts?open=${encodeURIComponent(id)}`,
  themes: () => '/themes',
};

/** The screen a line of history leads to, or null when the record has no screen of its own. */
export function linkOfChange(entry: HistoryEntry): string | null {
  if (entry.action === 'delete') return null;
  switch (entry.entityType) {
    case 'city':
      return recordLinks.city(entry.entityId);
    case 'agreement':
      return recordLinks.agreement(entry.entityId);
    case 'agreement_version':
      return entry.parentId ? recordLinks.agreement(entry.parentId) : null;
    case 'action':
      return recordLinks.action(entry.entityId);
    case 'contact':
      return recordLinks.contact(entry.entityId);
    case 'theme':
      return recordLinks.themes();
    default:
      return null;
  }
}
