import type Database from 'better-sqlite3';
import { SEARCH_KINDS, type SearchKind } from '../../../shared/schemas/search';
import { countryName } from '../../db/functions';

/**
 * Keeps the FTS5 index `search_fts` in step with the records. The services call `indexX` after
 * a create or update, in the same transaction; a record that leaves (to the trash, by an
 * import's undo, by team sync or a cascade) takes its entry with it (migration 0150's triggers).
 */

const join = (...parts: (string | null | undefined)[]) =>
  parts.filter((p) => p && p.trim()).join('\n');

/** A country's names in both interface languages, so "allemagne" and "germany" both find Berlin. */
function countryNames(code: string): string[] {
  return [countryName(code, 'en'), countryName(code, 'fr')];
}

/** The texts one record is found by. */
export interface SearchDocument {
  title: string;
  body: string;
}

/**
 * The title a city is found by: every spelling of its name, so "tbilissi", "copenhague" and
 * "pekin" find Tbilisi, Copenhagen and Beijing (the same composition as migration 0090).
 */
export function citySpellings(c: { name: string; nameFr: string; nameEn: string; namesKey: string }): string {
  const names = [...new Set([c.nameFr, c.nameEn, c.name].filter(Boolean))].join(' ');
  return names + (c.namesKey ? `\n${c.namesKey.split('\n').join(' ')}` : '');
}

/** `name` is the city's spellings (`citySpellings`). */
export function cityDocument(c: {
  name: string;
  country: string;
  region: string;
  languages: string[];
  website: string;
  notes: string;
}): SearchDocument {
  return {
    title: c.name,
    body: join(c.region, ...countryNames(c.country), c.languages.join(' '), c.website, c.notes),
  };
}

/** `cityName` is the partner city's spellings (`citySpellings`). */
export function agreementDocument(a: {
  cityName: string;
  country: string;
  title: string;
  notes: string;
  endReason: string;
  versions: { summary: string; signatories: { name: string; role: string }[] }[];
}): SearchDocument {
  const versions = a.versions.map((v) =>
    join(v.summary, ...v.signatories.map((s) => `${s.name} ${s.role}`.trim())),
  );
  return {
    title: [a.cityName, a.title].filter(Boolean).join(' '),
    body: join(...countryNames(a.country), a.notes, a.endReason, ...versions),
  };
}

export function actionDocument(x: {
  title: string;
  place: string;
  leadDepartment: string;
  partnerCounterpart: string;
  fundingSource: string;
  outcomes: string;
  residentBenefits: string;
  notes: string;
  indicators: string[];
}): SearchDocument {
  return {
    title: x.title,
    body: join(
      x.place,
      x.leadDepartment,
      x.partnerCounterpart,
      x.fundingSource,
      x.outcomes,
      x.residentBenefits,
      x.notes,
      ...x.indicators,
    ),
  };
}

export function contactDocument(c: {
  name: string;
  role: string;
  organisation: string;
  email: string;
  phone: string;
  language: string;
  notes: string;
}): SearchDocument {
  return {
    title: c.name,
    body: join(c.role, c.organisation, c.email, c.phone, c.language, c.notes),
  };
}

const RANGE = 2 ** 40;

/**
 * The rowids of a kind in `search_fts` (see migration 0150): each kind has its own range, and a
 * record's entry is the range's start plus its number (`n`, the rowid of its table), so FTS5
 * keeps to one kind by rowid alone and a match is its record's rowid by subtraction.
 */
export function entryRange(kind: SearchKind): { lo: number; hi: number } {
  const lo = (SEARCH_KINDS.indexOf(kind) + 1) * RANGE;
  return { lo, hi: lo + RANGE };
}

/** The kind of an entry of `search_fts`, from its rowid's range. */
export function kindOfEntry(rowid: number): SearchKind {
  return SEARCH_KINDS[Math.floor(rowid / RANGE) - 1]!;
}

const upserts = new WeakMap<Database.Database, Database.Statement>();

/**
 * Writes (or rewrites) the entry of record number `n` of a kind. The index is contentless: it
 * keeps no copy of the text, and an entry leaves when its record does (a trigger per table).
 */
export function putSearchEntry(db: Database.Database, kind: SearchKind, n: number | bigint, doc: SearchDocument): void {
  let upsert = upserts.get(db);
  if (!upsert) {
    upsert = db.prepare('INSERT OR REPLACE INTO search_fts (rowid, title, body) VALUES (?, ?, ?)');
    upserts.set(db, upsert);
  }
  upsert.run(entryRange(kind).lo + Number(n), doc.title, doc.body);
}

/** What each kind's document is composed from, by record number. */
const SOURCES: Record<SearchKind, string> = {
  city: 'SELECT name, name_fr AS nameFr, name_en AS nameEn, names_key AS namesKey, country, region, languages, website, notes FROM cities WHERE n = ?',
  agreement: `SELECT a.id, c.name, c.name_fr AS nameFr, c.name_en AS nameEn, c.names_key AS namesKey, c.country, a.title, a.notes,
                     a.end_reason AS endReason
              FROM agreements a JOIN cities c ON c.id = a.city_id WHERE a.n = ?`,
  action: `SELECT id, title, place, lead_department AS leadDepartment, partner_counterpart AS partnerCounterpart,
                  funding_source AS fundingSource, outcomes, resident_benefits AS residentBenefits, notes
           FROM actions WHERE n = ?`,
  contact: 'SELECT name, role, organisation, email, phone, language, notes FROM contacts WHERE n = ?',
};

type CityRow = { name: string; nameFr: string; nameEn: string; namesKey: string; country: string; region: string; languages: string; website: string; notes: string };
type AgreementRow = { id: string; name: string; nameFr: string; nameEn: string; namesKey: string; country: string; title: string; notes: string; endReason: string };
type ActionRow = Omit<Parameters<typeof actionDocument>[0], 'indicators'> & { id: string };

/**
 * The search document of record number `n` of a kind, composed from the record as it is now,
 * or undefined when there is no such record. The index keeps no text: the search box rebuilds
 * its snippets from these documents.
 */
export function searchDocumentOf(db: Database.Database, kind: SearchKind, n: number): SearchDocument | undefined {
  const row = db.prepare(SOURCES[kind]).get(n) as Record<string, unknown> | undefined;
  if (!row) return undefined;
  if (kind === 'city') {
    const c = row as CityRow;
    return cityDocument({ ...c, name: citySpellings(c), languages: JSON.parse(c.languages) as string[] });
  }
  if (kind === 'agreement') {
    const a = row as AgreementRow;
    const versions = (
      db.prepare('SELECT summary, signatories FROM agreement_versions WHERE agreement_id = ?').all(a.id) as {
        summary: string;
        signatories: string;
      }[]
    ).map((v) => ({ summary: v.summary, signatories: JSON.parse(v.signatories) as { name: string; role: string }[] }));
    return agreementDocument({ ...a, cityName: citySpellings(a), versions });
  }
  if (kind === 'action') {
    const x = row as ActionRow;
    const indicators = db
      .prepare('SELECT name FROM action_indicators WHERE action_id = ? ORDER BY position')
      .pluck()
      .all(x.id) as string[];
    return actionDocument({ ...x, indicators });
  }
  return contactDocument(row as Parameters<typeof contactDocument>[0]);
}

const TABLES: Record<SearchKind, string> = { city: 'cities', agreement: 'agreements', action: 'actions', contact: 'contacts' };

/** Re-indexes the record `id` of a kind from what it holds now (nothing when it is gone: its entry left with it). */
function reindex(db: Database.Database, kind: SearchKind, id: string): void {
  const n = db.prepare(`SELECT n FROM ${TABLES[kind]} WHERE id = ?`).pluck().get(id) as number | undefined;
  if (n === undefined) return;
  const doc = searchDocumentOf(db, kind, n);
  if (doc) putSearchEntry(db, kind, n, doc);
}

export function indexCity(db: Database.Database, id: string): void {
  reindex(db, 'city', id);
}

export function indexAgreement(db: Database.Database, id: string): void {
  reindex(db, 'agreement', id);
}

export function indexAction(db: Database.Database, id: string): void {
  reindex(db, 'action', id);
}

export function indexContact(db: Database.Database, id: string): void {
  reindex(db, 'contact', id);
}

/** Rebuilds every entry from the records (after a bulk load, or to repair the index). */
export function rebuildSearchIndex(db: Database.Database): void {
  db.transaction(() => {
    db.prepare("INSERT INTO search_fts (search_fts) VALUES ('delete-all')").run();
    for (const kind of SEARCH_KINDS)
      for (const n of db.prepare(`SELECT n FROM ${TABLES[kind]} ORDER BY n`).pluck().all() as number[]) {
        const doc = searchDocumentOf(db, kind, n);
        if (doc) putSearchEntry(db, kind, n, doc);
      }
    db.prepare("INSERT INTO search_fts (search_fts) VALUES ('optimize')").run();
  })();
}
