import type Database from 'better-sqlite3';
import { SEARCH_KINDS, type SearchKind } from '../../../shared/schemas/search';
import { countryName } from '../../db/functions';

/**
 * Keeps `search_entries` and its FTS5 index `search_fts` in step with the records.
 * The services call `indexX` after a create or update, in the same transaction, and
 * `unindex` when a record leaves (to the trash).
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

interface Statements {
  find: Database.Statement;
  insert: Database.Statement;
  update: Database.Statement;
  remove: Database.Statement;
  ftsInsert: Database.Statement;
  ftsDelete: Database.Statement;
}

const statements = new WeakMap<Database.Database, Statements>();

/** Prepared once per connection: indexing runs for every record written. */
function prepared(db: Database.Database): Statements {
  let s = statements.get(db);
  if (!s) {
    s = {
      find: db.prepare(
        'SELECT entry_id AS entryId, title, body FROM search_entries WHERE entity_id = ?',
      ),
      insert: db.prepare(
        `INSERT INTO search_entries (entry_id, kind, entity_id, title, body)
         VALUES ((SELECT coalesce(max(entry_id), @lo) + 1 FROM search_entries WHERE entry_id > @lo AND entry_id < @hi),
                 @kind, @id, @title, @body)`,
      ),
      update: db.prepare('UPDATE search_entries SET title = ?, body = ? WHERE entry_id = ?'),
      remove: db.prepare('DELETE FROM search_entries WHERE entry_id = ?'),
      ftsInsert: db.prepare('INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)'),
      // External content: FTS5 forgets a row when told its old values.
      ftsDelete: db.prepare(
        "INSERT INTO search_fts (search_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
      ),
    };
    statements.set(db, s);
  }
  return s;
}

type Entry = { entryId: number; title: string; body: string };

const RANGE = 2 ** 40;

/**
 * The entry numbers of a kind (see migration 0050): each kind has its own range, so FTS5 keeps
 * to one kind by rowid alone, without reading the entry of every match.
 */
export function entryRange(kind: SearchKind): { lo: number; hi: number } {
  const lo = (SEARCH_KINDS.indexOf(kind) + 1) * RANGE;
  return { lo, hi: lo + RANGE };
}

/** Writes (or rewrites) one record's search entry and its full-text index. */
export function putSearchEntry(
  db: Database.Database,
  kind: SearchKind,
  id: string,
  doc: SearchDocument,
): void {
  const s = prepared(db);
  const old = s.find.get(id) as Entry | undefined;
  if (!old) {
    addSearchEntry(db, kind, id, doc);
    return;
  }
  if (old.title === doc.title && old.body === doc.body) return;
  s.ftsDelete.run(old.entryId, old.title, old.body);
  s.update.run(doc.title, doc.body, old.entryId);
  s.ftsInsert.run(old.entryId, doc.title, doc.body);
}

/** Adds the entry of a record known to be new (bulk loads), skipping the lookup. */
export function addSearchEntry(
  db: Database.Database,
  kind: SearchKind,
  id: string,
  doc: SearchDocument,
): void {
  const s = prepared(db);
  const { lastInsertRowid } = s.insert.run({
    ...entryRange(kind),
    kind,
    id,
    title: doc.title,
    body: doc.body,
  });
  s.ftsInsert.run(lastInsertRowid, doc.title, doc.body);
}

/**
 * Adds the entries of many new records (an import's bulk writer): kept, then written a batch at
 * a time — the entries with their numbers counted on from the kind's last one, and their
 * full-text index fed from them in one statement per kind. The same rows `addSearchEntry`
 * writes. `flush` before anything else indexes records (it numbers entries too), and at the end.
 */
export function searchFeeder(db: Database.Database): {
  add: (kind: SearchKind, id: string, doc: SearchDocument) => void;
  flush: () => void;
} {
  const pending = new Map<SearchKind, { id: string; doc: SearchDocument }[]>();
  const last = db.prepare('SELECT coalesce(max(entry_id), @lo) FROM search_entries WHERE entry_id > @lo AND entry_id < @hi').pluck();
  const insert = db.prepare('INSERT INTO search_entries (entry_id, kind, entity_id, title, body) VALUES (?, ?, ?, ?, ?)');
  const feed = db.prepare(
    'INSERT INTO search_fts (rowid, title, body) SELECT entry_id, title, body FROM search_entries WHERE entry_id > ? AND entry_id <= ?',
  );
  return {
    add: (kind, id, doc) => {
      let list = pending.get(kind);
      if (!list) pending.set(kind, (list = []));
      list.push({ id, doc });
    },
    flush: () => {
      for (const [kind, list] of pending) {
        if (list.length === 0) continue;
        const first = last.get(entryRange(kind)) as number;
        let entry = first;
        for (const { id, doc } of list) insert.run((entry += 1), kind, id, doc.title, doc.body);
        feed.run(first, entry);
      }
      pending.clear();
    },
  };
}

/** Removes records from the search (they were deleted). */
export function unindex(db: Database.Database, ids: readonly string[]): void {
  const s = prepared(db);
  for (const id of ids) {
    const old = s.find.get(id) as Entry | undefined;
    if (!old) continue;
    s.ftsDelete.run(old.entryId, old.title, old.body);
    s.remove.run(old.entryId);
  }
}

export function indexCity(db: Database.Database, id: string): void {
  const row = db
    .prepare(
      'SELECT name, name_fr AS nameFr, name_en AS nameEn, names_key AS namesKey, country, region, languages, website, notes FROM cities WHERE id = ?',
    )
    .get(id) as
    | {
        name: string;
        nameFr: string;
        nameEn: string;
        namesKey: string;
        country: string;
        region: string;
        languages: string;
        website: string;
        notes: string;
      }
    | undefined;
  if (!row) return unindex(db, [id]);
  putSearchEntry(
    db,
    'city',
    id,
    cityDocument({ ...row, name: citySpellings(row), languages: JSON.parse(row.languages) as string[] }),
  );
}

export function indexAgreement(db: Database.Database, id: string): void {
  const row = db
    .prepare(
      `SELECT c.name, c.name_fr AS nameFr, c.name_en AS nameEn, c.names_key AS namesKey, c.country, a.title, a.notes,
              a.end_reason AS endReason
       FROM agreements a JOIN cities c ON c.id = a.city_id WHERE a.id = ?`,
    )
    .get(id) as
    | { name: string; nameFr: string; nameEn: string; namesKey: string; country: string; title: string; notes: string; endReason: string }
    | undefined;
  if (!row) return unindex(db, [id]);
  const versions = (
    db
      .prepare('SELECT summary, signatories FROM agreement_versions WHERE agreement_id = ?')
      .all(id) as { summary: string; signatories: string }[]
  ).map((v) => ({
    summary: v.summary,
    signatories: JSON.parse(v.signatories) as { name: string; role: string }[],
  }));
  putSearchEntry(db, 'agreement', id, agreementDocument({ ...row, cityName: citySpellings(row), versions }));
}

export function indexAction(db: Database.Database, id: string): void {
  const row = db
    .prepare(
      `SELECT title, place, lead_department AS leadDepartment, partner_counterpart AS partnerCounterpart,
              funding_source AS fundingSource, outcomes, resident_benefits AS residentBenefits, notes
       FROM actions WHERE id = ?`,
    )
    .get(id) as Omit<Parameters<typeof actionDocument>[0], 'indicators'> | undefined;
  if (!row) return unindex(db, [id]);
  const indicators = db
    .prepare('SELECT name FROM action_indicators WHERE action_id = ? ORDER BY position')
    .pluck()
    .all(id) as string[];
  putSearchEntry(db, 'action', id, actionDocument({ ...row, indicators }));
}

export function indexContact(db: Database.Database, id: string): void {
  const row = db
    .prepare(
      'SELECT name, role, organisation, email, phone, language, notes FROM contacts WHERE id = ?',
    )
    .get(id) as Parameters<typeof contactDocument>[0] | undefined;
  if (!row) return unindex(db, [id]);
  putSearchEntry(db, 'contact', id, contactDocument(row));
}

/** Rebuilds every entry from the records (after a bulk load, or to repair the index). */
export function rebuildSearchIndex(db: Database.Database): void {
  db.transaction(() => {
    db.prepare('DELETE FROM search_entries').run();
    db.prepare("INSERT INTO search_fts (search_fts) VALUES ('delete-all')").run();
    for (const id of db.prepare('SELECT id FROM cities').pluck().all() as string[])
      indexCity(db, id);
    for (const id of db.prepare('SELECT id FROM agreements').pluck().all() as string[])
      indexAgreement(db, id);
    for (const id of db.prepare('SELECT id FROM actions').pluck().all() as string[])
      indexAction(db, id);
    for (const id of db.prepare('SELECT id FROM contacts').pluck().all() as string[])
      indexContact(db, id);
    db.prepare("INSERT INTO search_fts (search_fts) VALUES ('optimize')").run();
  })();
}
