import type Database from 'better-sqlite3';
import type { FieldKey } from '../../../shared/import/fields';
import { recordParts, type AgreementKey, type AgreementRef, type CityRef } from '../../../shared/import/records';
import type { ImportRow } from '../../../shared/import/rows';
import type { ImportProblem, ImportTarget } from '../../../shared/import/types';
import type { OnMatch, RowOutcome, SkipReason } from '../../../shared/schemas/imports';
import { translatorFor } from '../../core/translator';
import { changesFor, currentValues, reportedFields, type ImportEntity } from './current';
import { ActionIndex, AgreementContacts, AgreementIndex, CityIndex, ContactIndex, type RecordRef } from './matching';

/**
 * The plan of an import: for every row, what it will create, update or skip, decided against
 * the register as it is (and the records planned by earlier rows) without writing anything.
 * The preview shows it; the commit carries it out.
 */

/** One record's part in a row's plan. */
export interface PlannedOp {
  entity: ImportEntity;
  op: 'create' | 'update' | 'skip';
  /** The stored record, or the placeholder of the one this op creates. */
  ref: RecordRef;
  /** create: the input without its links; update: the properties that change. */
  values: Record<string, unknown>;
  /** The records it belongs to (resolved when the plan is carried out). */
  links: {
    cityId?: RecordRef;
    agreementId?: RecordRef;
    /** Contacts an agreement gets: all of them at its creation, added to its own on an update. */
    contactIds?: RecordRef[];
  };
  fields?: { field: string; before: string; after: string }[];
  reason?: SkipReason;
  label: string;
}

export interface PlannedRow {
  row: number;
  outcome: RowOutcome;
  reason?: SkipReason;
  ops: PlannedOp[];
}

export interface ImportPlan {
  rows: PlannedRow[];
  /** Rows that cannot be placed (a city or an agreement not found): problems of their own. */
  problems: ImportProblem[];
}

export interface PlanOptions {
  target: ImportTarget;
  onMatch: OnMatch;
  /** Columns by the field they fill: which properties the file gives, where a problem points. */
  columnOf: ReadonlyMap<FieldKey, number>;
  /** True when some column is kept into the notes. */
  notesColumns: boolean;
  skipRows: ReadonlySet<number>;
  /** The language of the labels (kinds, city names) the report lists the changes under. */
  lang: 'fr' | 'en';
  /** Theme id → its label in `lang`, for an update's themes before and after. */
  themeLabels: ReadonlyMap<string, string>;
}

/** What each kind of record never changes on a match: the properties it was matched by. */
const MATCHED_BY: Record<ImportEntity, readonly string[]> = {
  city: ['name', 'country'],
  agreement: ['kind'],
  action: ['title'],
  contact: ['name'],
};

/** The properties of each part the file gives (its field's column is mapped). */
function givenProperties(target: ImportTarget, options: PlanOptions): Map<string, string[]> {
  const given = new Map<string, string[]>();
  for (const part of recordParts(target, {}, '').parts) {
    const properties = Object.entries(part.fields)
      .filter(([property, field]) => {
        if (MATCHED_BY[part.name as ImportEntity].includes(property)) return false;
        if (property === 'notes') return options.columnOf.has('notes') || options.notesColumns;
        if (property === 'exclusive') return options.columnOf.has('exclusive') || options.columnOf.has('kind');
        return options.columnOf.has(field);
      })
      .map(([property]) => property);
    given.set(part.name, properties);
  }
  return given;
}

/** Plans every row of a file read through its mapping. */
export function planImport(db: Database.Database, rows: readonly ImportRow[], options: PlanOptions): ImportPlan {
  const t = translatorFor(options.lang);
  const cities = new CityIndex(db, options.lang);
  const agreements = new AgreementIndex(db);
  const actions = new ActionIndex(db);
  const contacts = new ContactIndex(db);
  const followers = new AgreementContacts(db);
  const given = givenProperties(options.target, options);
  const fieldsOf = new Map(recordParts(options.target, {}, '').parts.map((part) => [part.name, part.fields]));
  let planned = 0;
  const problems: ImportProblem[] = [];
  const cityColumn = options.columnOf.get('cityName') ?? null;

  /** Matches a stored (or earlier planned) record, deciding create / update / skip. */
  const decide = (
    entity: ImportEntity,
    found: RecordRef | null,
    values: Record<string, unknown>,
    links: PlannedOp['links'],
    label: string,
  ): PlannedOp => {
    if (found === null) return { entity, op: 'create', ref: { planned: (planned += 1) }, values, links, label };
    if ('planned' in found) return { entity, op: 'skip', ref: found, values: {}, links, label, reason: 'duplicateInFile' };
    if (options.onMatch === 'skip') return { entity, op: 'skip', ref: found, values: {}, links, label, reason: 'matched' };
    const current = currentValues(db, entity, found.id);
    const { changes, fields } = changesFor(current, values, given.get(entity) ?? [], options.onMatch);
    if (fields.length === 0) return { entity, op: 'skip', ref: found, values: {}, links, label, reason: 'unchanged' };
    const shown = reportedFields(fieldsOf.get(entity) ?? {}, fields, current, values, options.themeLabels);
    return { entity, op: 'update', ref: found, values: changes, links, label, fields: shown };
  };

  const cityOp = (city: Record<string, unknown> & CityRef): PlannedOp => {
    const found = cities.find(city.name, city.country);
    const op = decide('city', found?.ref ?? null, city, {}, found?.name ?? city.name);
    if (op.op === 'create') cities.add(city.name, city.country, op.ref);
    return op;
  };

  /** "Jumelage — Copenhague (1998)": the kind's label and the city's name in the run's language. */
  const kindLabels = new Map<string, string>();
  const agreementLabel = (kind: string, cityName: string, signedOn: string) => {
    let label = kindLabels.get(kind);
    if (label === undefined) kindLabels.set(kind, (label = t(`enums.agreementKind.${kind}`, { defaultValue: kind })));
    return `${label} — ${cityName} (${signedOn.slice(0, 4)})`;
  };

  const agreementOp = (city: RecordRef, cityName: string, agreement: Record<string, unknown>): PlannedOp => {
    const kind = String(agreement.kind);
    const signedOn = String(agreement.signedOn);
    const found = agreements.find(city, kind, signedOn);
    const op = decide('agreement', found, agreement, { cityId: city }, agreementLabel(kind, cityName, signedOn));
    if (op.op === 'create') agreements.add(city, kind, signedOn, op.ref);
    return op;
  };

  const contactOp = (contact: Record<string, unknown>, cityId: RecordRef | undefined): PlannedOp => {
    const name = String(contact.name);
    const email = String(contact.email ?? '');
    const op = decide('contact', contacts.find(name, email), contact, cityId ? { cityId } : {}, name);
    if (op.op === 'create') contacts.add(name, email, op.ref);
    return op;
  };

  /**
   * Links a row's contact to its agreement, the way the agreement's form does (its contacts):
   * with the agreement when the row creates it, else by adding the contact to the agreement's
   * own. Nothing when they are linked already, nor — with `skip` — when both were in the
   * register before (a matched agreement is left as it is; a contact new to it is not).
   * A register's row has its own op on the agreement: created with the contact, or turned
   * into the update that links it.
   */
  const linkContact = (ops: PlannedOp[], agreement: RecordRef, label: string, contact: PlannedOp): void => {
    if (followers.has(agreement, contact.ref)) return;
    const own = ops.find((op) => op.entity === 'agreement');
    if (own?.op === 'create') {
      own.links = { ...own.links, contactIds: [...(own.links.contactIds ?? []), contact.ref] };
      followers.add(agreement, contact.ref, contact.label);
      return;
    }
    const stored = (ref: RecordRef) => 'id' in ref;
    if (options.onMatch === 'skip' && stored(agreement) && stored(contact.ref)) return;
    const before = [...followers.namesOf(agreement)];
    followers.add(agreement, contact.ref, contact.label);
    const field = { field: 'contactName', before: before.join('; '), after: [...before, contact.label].join('; ') };
    if (own?.op === 'update') {
      own.links = { ...own.links, contactIds: [contact.ref] };
      own.fields = [...(own.fields ?? []), field];
      return;
    }
    const link: PlannedOp = {
      entity: 'agreement',
      op: 'update',
      ref: agreement,
      values: {},
      links: { ...own?.links, contactIds: [contact.ref] },
      label,
      fields: [field],
    };
    if (own) ops[ops.indexOf(own)] = link;
    else ops.push(link);
  };

  const rowProblem = (row: number, key: string, params: Record<string, string | number>) => {
    problems.push({ row, column: cityColumn, key, params });
    return { row, outcome: 'invalid' as const, ops: [] };
  };

  const planRow = (row: number, record: NonNullable<ImportRow['record']>): PlannedRow => {
    const ops: PlannedOp[] = [];
    switch (options.target) {
      case 'register': {
        const r = record as {
          city: Record<string, unknown> & CityRef;
          agreement: Record<string, unknown>;
          contact?: Record<string, unknown>;
        };
        const city = cityOp(r.city);
        // The contact before the agreement: an agreement created with its contact needs the contact's id.
        const contact = r.contact ? contactOp(r.contact, city.ref) : null;
        const agreement = agreementOp(city.ref, city.label, r.agreement);
        ops.push(city, ...(contact ? [contact] : []), agreement);
        if (contact) linkContact(ops, agreement.ref, agreement.label, contact);
        break;
      }
      case 'city': {
        const r = record as { city: Record<string, unknown> & CityRef };
        ops.push(cityOp(r.city));
        break;
      }
      case 'agreement': {
        const r = record as { city: CityRef | null; agreement: Record<string, unknown> };
        if (!r.city) return rowProblem(row, 'import.problems.required', {});
        const found = cities.find(r.city.name, r.city.country);
        let cityRef: RecordRef;
        if (found) cityRef = found.ref;
        else {
          const created = cityOp({ name: r.city.name, country: r.city.country });
          ops.push(created);
          cityRef = created.ref;
        }
        ops.push(agreementOp(cityRef, found?.name ?? r.city.name, r.agreement));
        break;
      }
      case 'action': {
        const r = record as { agreement: AgreementRef; action: Record<string, unknown> };
        const city = cities.find(r.agreement.name, r.agreement.country);
        if (!city) return rowProblem(row, 'import.match.cityNotFound', { city: r.agreement.name });
        const agreement = agreements.findFor(city.ref, r.agreement.kind, r.agreement.signedOn);
        if (agreement === null) return rowProblem(row, 'import.match.agreementNotFound', { city: city.name });
        if (agreement === 'ambiguous') return rowProblem(row, 'import.match.agreementAmbiguous', { city: city.name });
        const title = String(r.action.title);
        const startOn = (r.action.startOn as string | null | undefined) ?? null;
        const op = decide('action', actions.find(agreement, title, startOn), r.action, { agreementId: agreement }, title);
        if (op.op === 'create') actions.add(agreement, title, startOn, op.ref);
        ops.push(op);
        break;
      }
      case 'contact': {
        const r = record as { city: CityRef | null; agreement: AgreementKey | null; contact: Record<string, unknown> };
        let city: ReturnType<CityIndex['find']> = null;
        if (r.city) {
          city = cities.find(r.city.name, r.city.country);
          if (!city) return rowProblem(row, 'import.match.cityNotFound', { city: r.city.name });
        }
        let agreement: RecordRef | null = null;
        if (r.agreement) {
          if (!city) return rowProblem(row, 'import.match.agreementWithoutCity', {});
          const found = agreements.findFor(city.ref, r.agreement.kind, r.agreement.signedOn);
          if (found === null) return rowProblem(row, 'import.match.agreementNotFound', { city: city.name });
          if (found === 'ambiguous') return rowProblem(row, 'import.match.agreementAmbiguous', { city: city.name });
          agreement = found;
        }
        const contact = contactOp(r.contact, city?.ref);
        ops.push(contact);
        if (agreement && city) {
          const { kind, signedOn } = agreements.keyOf(city.ref, agreement) ?? { kind: '', signedOn: '' };
          linkContact(ops, agreement, agreementLabel(kind, city.name, signedOn), contact);
        }
        break;
      }
    }
    const main = ops[ops.length - 1]!;
    const outcome: RowOutcome = ops.some((op) => op.op === 'create')
      ? 'create'
      : ops.some((op) => op.op === 'update')
        ? 'update'
        : 'skip';
    return { row, outcome, ...(outcome === 'skip' && main.reason ? { reason: main.reason } : {}), ops };
  };

  const plannedRows: PlannedRow[] = rows.map(({ row, record }) => {
    if (options.skipRows.has(row)) return { row, outcome: 'skip', reason: 'userSkipped', ops: [] };
    if (record === null) return { row, outcome: 'invalid', ops: [] };
    return planRow(row, record);
  });
  return { rows: plannedRows, problems };
}
