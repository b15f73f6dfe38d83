import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { onChanges } from '../api/client';
import type { Change, ChangeEntity } from '../../../shared/ipc/changes';
import { actionKeys } from '../features/actions/actionQueries';
import { agreementKeys } from '../features/agreements/agreementQueries';
import { cityKeys } from '../features/cities/cityQueries';
import { contactKeys } from '../features/contacts/contactQueries';
import { dashboardKeys } from '../features/dashboard/dashboardQueries';
import { documentKeys } from '../features/documents/documentKeys';
import { historyKeys } from '../features/history/historyKeys';
import { importKeys } from '../features/imports/importQueries';
import { reportKeys } from '../features/reports/reportQueries';
import { searchKeys } from '../features/search/searchKeys';
import { themeKeys } from '../features/themes/themeQueries';
import { teamKeys } from '../features/team/teamQueries';
import { trashKeys } from '../features/trash/trashKeys';
import { appKeys } from './appQueries';

/**
 * The one map from what main says a write touched to the cached answers that may show it.
 * Each key is a prefix: `actionKeys.all` covers the actions' lists, facets and details.
 * Generous on purpose: only the queries on screen refetch at once, the rest on next use.
 */
const SHOWN_IN: Record<ChangeEntity, readonly QueryKey[]> = {
  // A city's name and country show in the register, the actions' filters, people's rows;
  // the app state counts cities (and decides the first-run screen).
  city: [cityKeys.all, agreementKeys.all, actionKeys.all, contactKeys.all, appKeys.all],
  // An agreement shows in the register, its partner's page and counts, the actions under it
  // (their rows name it), and the app state's counts.
  agreement: [agreementKeys.all, cityKeys.all, actionKeys.all, appKeys.all],
  // Versions live under their agreement's key and show on the partner page.
  agreement_version: [agreementKeys.all, cityKeys.all],
  // An action shows in its list, its agreement's drawer, the partner page, theme usage and
  // the app state's counts.
  action: [actionKeys.all, agreementKeys.all, cityKeys.all, themeKeys.all, appKeys.all],
  // People show on partner pages, agreements and actions (as participants).
  contact: [contactKeys.all, cityKeys.all, agreementKeys.all, actionKeys.all],
  // Theme labels show on agreements, actions and fact sheets; the app state counts themes.
  theme: [themeKeys.all, agreementKeys.all, actionKeys.all, cityKeys.all, appKeys.all],
  // Attachments are listed under their owner, whose rows and details count them.
  document: [documentKeys.all, actionKeys.all, agreementKeys.all],
  // Own city, user name, language: the app state, and what is worded with them.
  setting: [appKeys.all],
};

/**
 * Views drawn from every table: any change may alter them. The team's status counts the
 * changes waiting to be sent, and a change from a sync may settle or raise a conflict.
 */
const DERIVED: readonly QueryKey[] = [
  historyKeys.all,
  dashboardKeys.all,
  reportKeys.all,
  // Past imports (an undo, an import) and previews (what a row would match) follow the data.
  importKeys.all,
  teamKeys.all,
];

/** What the cache should do after some writes: refresh these prefixes, drop these entries. */
export interface CachePlan {
  invalidate: QueryKey[];
  remove: QueryKey[];
}

/** A deleted record's own entry, dropped rather than asked again (main would say not found). */
function deletedDetail(change: Change): QueryKey | null {
  if (change.op !== 'delete' || change.id === '*') return null;
  if (change.entity === 'agreement') return agreementKeys.detail(change.id);
  if (change.entity === 'contact') return contactKeys.detail(change.id);
  return null;
}

/**
 * The cache plan for the changes one call reported: each entity's own keys, the derived
 * views, the trash for whatever left for it or came back, search for any record's content.
 * An id of `*` (a whole kind replaced: backup restore, archive import, example loaded) maps
 * like any other change of that kind. Each key appears once, in a stable order.
 */
export function planForChanges(changes: readonly Change[]): CachePlan {
  const invalidate = new Map<string, QueryKey>();
  const remove = new Map<string, QueryKey>();
  const add = (into: Map<string, QueryKey>, key: QueryKey) => into.set(JSON.stringify(key), key);
  for (const change of changes) {
    for (const key of SHOWN_IN[change.entity]) add(invalidate, key);
    for (const key of DERIVED) add(invalidate, key);
    if (change.op === 'delete' || change.op === 'restore') add(invalidate, trashKeys.all);
    if (change.entity !== 'setting') add(invalidate, searchKeys.all);
    const gone = deletedDetail(change);
    if (gone) add(remove, gone);
  }
  return { invalidate: [...invalidate.values()], remove: [...remove.values()] };
}

/** Applies a plan; resolves once the queries on screen have their fresh answers. */
export function applyPlan(client: QueryClient, plan: CachePlan): Promise<unknown> {
  for (const key of plan.remove) client.removeQueries({ queryKey: key });
  return Promise.all(plan.invalidate.map((key) => client.invalidateQueries({ queryKey: key })));
}

/**
 * Refreshes `client` from every change main reports, for as long as it is installed
 * (returns what uninstalls it). Mutation hooks refresh nothing by hand.
 */
export function installChangeSync(client: QueryClient): () => void {
  return onChanges((changes) => applyPlan(client, planForChanges(changes)));
}
