import type Database from 'better-sqlite3';
import { getAction } from '../actions/crud';
import { getAgreement } from '../agreements/agreements';
import { getCity } from '../cities/cities';
import { getContact } from '../contacts/contacts';

/** The kinds of record an import writes. */
export type ImportEntity = 'city' | 'agreement' | 'action' | 'contact';

/** A stored record in its input shape, for comparing with what a file brings. */
export function currentValues(db: Database.Database, entity: ImportEntity, id: string): Record<string, unknown> {
  switch (entity) {
    case 'city':
      return { ...getCity(db, id) };
    case 'agreement': {
      const agreement = getAgreement(db, id);
      return { ...agreement, themeIds: agreement.themes.map((t) => t.id) };
    }
    case 'action': {
      const action = getAction(db, id);
      return { ...action, themeIds: action.themes.map((t) => t.id) };
    }
    case 'contact':
      return { ...getContact(db, id) };
  }
}

/** Empty as a form shows it: nothing, blank text, an empty list. */
export function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Two values the same once lists are taken as sets (themes in any order). */
export function sameValue(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (Array.isArray(v) ? JSON.stringify([...v].map(String).sort()) : JSON.stringify(v ?? null));
  return norm(a) === norm(b);
}

/** A value as text, for the report's before → after. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(valueText).join('; ');
  if (typeof value === 'object') {
    const money = value as { amountMinor?: unknown; currency?: unknown };
    if (typeof money.amountMinor === 'number' && typeof money.currency === 'string')
      return `${money.amountMinor / 100} ${money.currency}`;
    return JSON.stringify(value);
  }
  return String(value);
}

/**
 * What updating a stored record with a row's values changes: with `update`, every property
 * the file gives a value for that differs; with `fill`, only those still empty in the record.
 * An empty cell never blanks a stored value.
 */
export function changesFor(
  current: Record<string, unknown>,
  incoming: Record<string, unknown>,
  properties: readonly string[],
  mode: 'update' | 'fill',
): { changes: Record<string, unknown>; fields: { field: string; before: string; after: string }[] } {
  const changes: Record<string, unknown> = {};
  const fields: { field: string; before: string; after: string }[] = [];
  for (const property of properties) {
    const next = incoming[property];
    const now = current[property];
    if (isEmptyValue(next)) continue;
    if (mode === 'fill' && !isEmptyValue(now)) continue;
    if (sameValue(now, next)) continue;
    changes[property] = next;
    fields.push({ field: property, before: valueText(now), after: valueText(next) });
  }
  return { changes, fields };
}

/**
 * An update's changed properties as the report lists them: under the field the file fills
 * (an action's `status` is `actionStatus`, so its value reads as an action's status), themes
 * by their labels rather than their ids.
 */
export function reportedFields(
  fieldOf: Readonly<Record<string, string>>,
  fields: readonly { field: string; before: string; after: string }[],
  current: Record<string, unknown>,
  incoming: Record<string, unknown>,
  themeLabels: ReadonlyMap<string, string>,
): { field: string; before: string; after: string }[] {
  const themes = (ids: unknown) =>
    Array.isArray(ids) ? ids.map((id) => themeLabels.get(String(id)) ?? String(id)).join('; ') : '';
  return fields.map((f) =>
    f.field === 'themeIds'
      ? { field: 'themes', before: themes(current.themeIds), after: themes(incoming.themeIds) }
      : { ...f, field: fieldOf[f.field] ?? f.field },
  );
}
