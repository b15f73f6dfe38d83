import type Database from 'better-sqlite3';
import { fold } from '../../../shared/import/fold';
import { allSpellings, resolvePlaceNames } from '../../../shared/domain/placeNames';
import { searchKey } from '../../../shared/domain/text';

/**
 * Finding the register's records a row of a file means, before anything is written. Every
 * index starts from the database and learns the records the import plans to create, so a
 * city named on fifty rows is created once and the 2nd import of a file finds everything.
 * A planned record has no id yet: it is known by a placeholder (`{ planned: n }`).
 */
export type RecordRef = { id: string } | { planned: number };

/**
 * The key a spelling is matched by: case, accents, apostrophes, hyphens and spaces ignored,
 * so "Sanaa" meets "Sana'a", "Montréal" meets "Montreal", "Saint-Denis" "Saint Denis".
 */
export function matchKey(text: string): string {
  return searchKey(text).replace(/['ʼʽ\-‐–—.\s]+/g, '');
}

/** Every key a city is known by: its name and the built-in table's spellings of it. */
function cityKeys(name: string, country: string, stored: readonly string[] = []): string[] {
  const names = resolvePlaceNames({ name, country });
  const spellings = [...allSpellings({ ...names, country }), ...stored];
  return [...new Set(spellings.map(matchKey).filter((key) => key !== ''))];
}

/** Partner cities by any of their names (French, English, the typed one, other spellings) and country. */
export class CityIndex {
  private readonly byKey = new Map<string, { ref: RecordRef; name: string }>();

  /** `lang`: the language a found city's name is given in (a report's labels, a problem's message). */
  constructor(db: Database.Database, lang: 'fr' | 'en' = 'en') {
    const rows = db
      .prepare('SELECT id, name, name_fr AS nameFr, name_en AS nameEn, country, names_key AS namesKey FROM cities')
      .all() as { id: string; name: string; nameFr: string; nameEn: string; country: string; namesKey: string }[];
    for (const row of rows) {
      // As city_name() shows it: the reader's language, else the other one, else the typed name.
      const shown = (lang === 'fr' ? row.nameFr || row.nameEn : row.nameEn || row.nameFr) || row.name;
      this.learn(cityKeys(row.name, row.country, row.namesKey.split('\n')), row.country, { id: row.id }, shown);
    }
  }

  private learn(keys: readonly string[], country: string, ref: RecordRef, name: string): void {
    for (const key of keys) {
      const at = `${country}\u0000${key}`;
      if (!this.byKey.has(at)) this.byKey.set(at, { ref, name });
    }
  }

  /** The keys last asked for: a city not found is added next, by the same name (the keys cost a lookup in the place-name table). */
  private last: { name: string; country: string; keys: string[] } | null = null;

  private keysOf(name: string, country: string): string[] {
    if (this.last?.name !== name || this.last.country !== country) this.last = { name, country, keys: cityKeys(name, country) };
    return this.last.keys;
  }

  /** The city a row names, or null. */
  find(name: string, country: string): { ref: RecordRef; name: string } | null {
    for (const key of this.keysOf(name, country)) {
      const found = this.byKey.get(`${country}\u0000${key}`);
      if (found) return found;
    }
    return null;
  }

  /** Notes a city the import will create. */
  add(name: string, country: string, ref: RecordRef): void {
    this.learn(this.keysOf(name, country), country, ref, name);
  }
}

const refKey = (ref: RecordRef) => ('id' in ref ? ref.id : `#${ref.planned}`);

/** Agreements by partner city, kind and the year they were signed. */
export class AgreementIndex {
  private readonly byCity = new Map<string, { ref: RecordRef; kind: string; year: string; signedOn: string }[]>();

  constructor(db: Database.Database) {
    const rows = db
      .prepare('SELECT id, city_id AS cityId, kind, signed_on AS signedOn FROM agreements ORDER BY signed_on, rowid')
      .all() as { id: string; cityId: string; kind: string; signedOn: string }[];
    for (const row of rows) this.add({ id: row.cityId }, row.kind, row.signedOn, { id: row.id });
  }

  add(city: RecordRef, kind: string, signedOn: string, ref: RecordRef): void {
    const list = this.byCity.get(refKey(city)) ?? [];
    list.push({ ref, kind, year: signedOn.slice(0, 4), signedOn });
    this.byCity.set(refKey(city), list);
  }

  /** The agreement with this partner, kind and signature year (the file's date may be more or less precise). */
  find(city: RecordRef, kind: string, signedOn: string): RecordRef | null {
    const year = signedOn.slice(0, 4);
    return this.byCity.get(refKey(city))?.find((a) => a.kind === kind && a.year === year)?.ref ?? null;
  }

  /** The kind and signature date of an agreement of a city (stored or planned), for its label. */
  keyOf(city: RecordRef, ref: RecordRef): { kind: string; signedOn: string } | null {
    const entry = this.byCity.get(refKey(city))?.find((a) => refKey(a.ref) === refKey(ref));
    return entry ? { kind: entry.kind, signedOn: entry.signedOn } : null;
  }

  /**
   * The agreement an action's row names: the partner's only one, or the one of the kind and
   * year given. `ambiguous` when several fit, null when none does.
   */
  findFor(city: RecordRef, kind: string | null, signedOn: string | null): RecordRef | 'ambiguous' | null {
    const year = signedOn?.slice(0, 4) ?? null;
    const fits = (this.byCity.get(refKey(city)) ?? []).filter(
      (a) => (kind === null || a.kind === kind) && (year === null || a.year === year),
    );
    if (fits.length === 0) return null;
    return fits.length === 1 ? fits[0]!.ref : 'ambiguous';
  }
}

/** Actions by agreement, title and start date. */
export class ActionIndex {
  private readonly byKey = new Map<string, RecordRef>();

  constructor(db: Database.Database) {
    const rows = db
      .prepare('SELECT id, agreement_id AS agreementId, title, start_on AS startOn FROM actions')
      .all() as { id: string; agreementId: string; title: string; startOn: string | null }[];
    for (const row of rows) this.add({ id: row.agreementId }, row.title, row.startOn, { id: row.id });
  }

  private key(agreement: RecordRef, title: string, startOn: string | null): string {
    return `${refKey(agreement)}\u0000${fold(title)}\u0000${startOn ?? ''}`;
  }

  add(agreement: RecordRef, title: string, startOn: string | null, ref: RecordRef): void {
    const key = this.key(agreement, title, startOn);
    if (!this.byKey.has(key)) this.byKey.set(key, ref);
  }

  find(agreement: RecordRef, title: string, startOn: string | null): RecordRef | null {
    return this.byKey.get(this.key(agreement, title, startOn)) ?? null;
  }
}

/** Contacts by name, told apart by their email when both sides give one. */
export class ContactIndex {
  private readonly byName = new Map<string, { ref: RecordRef; email: string }[]>();

  constructor(db: Database.Database) {
    const rows = db.prepare('SELECT id, name, email FROM contacts').all() as { id: string; name: string; email: string }[];
    for (const row of rows) this.add(row.name, row.email, { id: row.id });
  }

  add(name: string, email: string, ref: RecordRef): void {
    const list = this.byName.get(fold(name)) ?? [];
    list.push({ ref, email: email.toLowerCase() });
    this.byName.set(fold(name), list);
  }

  find(name: string, email: string): RecordRef | null {
    const wanted = email.toLowerCase();
    const list = this.byName.get(fold(name)) ?? [];
    return (list.find((c) => wanted === '' || c.email === '' || c.email === wanted) ?? null)?.ref ?? null;
  }
}

/**
 * Which contacts follow which agreement (`agreement_contacts`), with their names for the
 * report: a row links its contact to its agreement only when they are not linked yet, so the
 * 2nd import of a file adds nothing.
 */
export class AgreementContacts {
  private readonly names = new Map<string, string[]>();
  private readonly pairs = new Set<string>();

  constructor(db: Database.Database) {
    const rows = db
      .prepare(
        `SELECT l.agreement_id AS agreementId, l.contact_id AS contactId, k.name
         FROM agreement_contacts l JOIN contacts k ON k.id = l.contact_id ORDER BY k.name_key`,
      )
      .all() as { agreementId: string; contactId: string; name: string }[];
    for (const row of rows) this.add({ id: row.agreementId }, { id: row.contactId }, row.name);
  }

  has(agreement: RecordRef, contact: RecordRef): boolean {
    return this.pairs.has(`${refKey(agreement)}\u0000${refKey(contact)}`);
  }

  /** The names of the contacts an agreement has (or will have), in order. */
  namesOf(agreement: RecordRef): readonly string[] {
    return this.names.get(refKey(agreement)) ?? [];
  }

  add(agreement: RecordRef, contact: RecordRef, name: string): void {
    this.pairs.add(`${refKey(agreement)}\u0000${refKey(contact)}`);
    const list = this.names.get(refKey(agreement)) ?? [];
    list.push(name);
    this.names.set(refKey(agreement), list);
  }
}
