import type Database from 'better-sqlite3';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from '../../../shared/domain/enums';
import { precisionOf, yearOf } from '../../../shared/domain/partialDate';
import { checkAgreementDates, checkExclusive } from '../../../shared/domain/rules';
import { resources } from '../../../shared/i18n/index';
import type {
  AgreementDetail,
  AgreementFacets,
  AgreementInput,
  AgreementListFilter,
  AgreementPage,
  AgreementRow,
} from '../../../shared/schemas/agreements';
import { agreementInputSchema, agreementListSchema } from '../../../shared/schemas/agreements';
import type { FieldIssue } from '../../../shared/ipc/result';
import { listActionsOfAgreement } from '../actions/ofAgreement';
import { escapeLike, fragment, sql, where, type SqlFragment } from '../../db/sql';
import { stripUndefined } from '../common/records';
import { newId, now } from '../common/clock';
import { DomainError, assertNoIssues, notFound } from '../../core/errors';
import { countriesMatching } from '../cities/countrySearch';
import { searchKey } from '../../../shared/domain/text';
import { diffFields, recordAudit, type AuditView } from '../history/audit';
import { checkIds, contactNames, contactsOfAgreement, setAgreementContacts, setThemes, themeCodes, themesOf } from '../common/links';
import { indexAgreement } from '../search/searchIndex';
import { moveToTrash } from '../trash/trash';
import { listVersions } from '../versions/versions';
import { CITY_NAME, withReaderLanguage } from '../../db/functions';

/** A register row's SELECT over `from` (which names `agreements a`); the city is joined after it. */
function selectRows(from = 'agreements a'): string {
  return `
  SELECT a.id, a.city_id AS cityId, ${CITY_NAME} AS cityName, c.country, a.kind, a.exclusive,
         a.signed_on AS signedOn, a.status, a.ended_on AS endedOn, a.end_reason AS endReason,
         a.title, a.notes, a.created_at AS createdAt, a.updated_at AS updatedAt,
         (SELECT count(*) FROM actions x WHERE x.agreement_id = a.id) AS actionCount
  FROM ${from} JOIN cities c ON c.id = a.city_id`;
}

const SELECT_ROW = selectRows();

type StoredRow = Omit<AgreementRow, 'exclusive'> & { exclusive: number };

function toRow(row: StoredRow): AgreementRow {
  return { ...row, exclusive: row.exclusive === 1 };
}

/** The register: agreements with their partner city, filtered, sorted and windowed in SQL. */
export function listAgreements(db: Database.Database, filter: AgreementListFilter = {}): AgreementPage {
  const f = agreementListSchema.parse(filter);
  const conditions = agreementWhere(f);
  const total = db
    .prepare(`SELECT count(*) FROM agreements a JOIN cities c ON c.id = a.city_id ${conditions.sql}`)
    .pluck()
    .get(conditions.params) as number;
  const order = agreementOrder(f);
    // The partner's name in the language the register is sorted in (the screen's).
    const page = sql`${fragment(SELECT_ROW)} ${conditions} ORDER BY ${order} LIMIT @limit OFFSET @offset`;
    const rows = withReaderLanguage(
      db,
      f.lang,
      () => db.prepare(page.sql).all({ ...page.params, limit: f.limit, offset: f.offset }) as StoredRow[],
    );
  return { rows: rows.map(toRow), total };
}

/**
 * The rowids of every agreement `filter` keeps, in the register's order, in one query; read
 * their rows in chunks with `agreementRowsOf` (exports read whole registers this way, and
 * may yield between chunks since nothing stays open).
 */
export function agreementRowIdsInOrder(db: Database.Database, filter: Omit<AgreementListFilter, 'limit' | 'offset'> = {}): number[] {
  const f = agreementListSchema.parse(filter);
  const query = sql`SELECT a.rowid FROM agreements a JOIN cities c ON c.id = a.city_id ${agreementWhere(f)} ORDER BY ${agreementOrder(f)}`;
  return db.prepare(query.sql).pluck().all(query.params) as number[];
}

/** The register rows of the agreements whose rowids are given, in that order (keep it to ~1,000). */
export function agreementRowsOf(db: Database.Database, rowids: readonly number[]): AgreementRow[] {
  let statement = rowsOfStatements.get(db);
  if (!statement) {
    // CROSS JOIN keeps json_each outermost: each id is one rowid lookup, in the order given.
    statement = db.prepare(`${selectRows('json_each(@ids) j CROSS JOIN agreements a ON a.rowid = j.value')} ORDER BY j.key`);
    rowsOfStatements.set(db, statement);
  }
  return (statement.all({ ids: JSON.stringify(rowids) }) as StoredRow[]).map(toRow);
}

/** `agreementRowsOf`'s statement, prepared once per connection. */
const rowsOfStatements = new WeakMap<Database.Database, Database.Statement>();

type ParsedListFilter = ReturnType<typeof agreementListSchema.parse>;

function agreementWhere(f: ParsedListFilter): SqlFragment {
  return where(
    // The search box matches the city, the title, the notes, and country names in either language.
    f.text &&
      fragment(
        `(c.names_key LIKE @text ESCAPE '\\' OR search_key(a.title) LIKE @text ESCAPE '\\'
        OR search_key(a.notes) LIKE @text ESCAPE '\\' OR c.country IN (SELECT value FROM json_each(@countries)))`,
        { text: `%${escapeLike(searchKey(f.text))}%`, countries: JSON.stringify(countriesMatching(f.text)) },
      ),
    f.country && fragment('c.country = @country', { country: f.country }),
    f.decade !== undefined && fragment('a.signed_year BETWEEN @decade AND @decade + 9', { decade: f.decade }),
    f.kind && fragment('a.kind = @kind', { kind: f.kind }),
    f.status && fragment('a.status = @status', { status: f.status }),
    f.cityId && fragment('a.city_id = @cityId', { cityId: f.cityId }),
  );
}

/** The column that sorts partner cities by their name in a language (indexed, migration 0090). */
const cityKey = (lang: 'en' | 'fr') => (lang === 'fr' ? 'c.name_fr_key' : 'c.name_en_key');

/** The register's whole ORDER BY: the chosen field, then ties broken down to the id. */
function agreementOrder(f: ParsedListFilter): SqlFragment {
  return sql`${orderBy(f.sort, f.direction === 'asc' ? 'ASC' : 'DESC', f.lang)}, a.signed_on DESC, ${fragment(cityKey(f.lang))}, a.id`;
}

/** ORDER BY for a whitelisted sort field; labels sort in the reader's language. */
function orderBy(
  field: string,
  direction: 'ASC' | 'DESC',
  lang: 'en' | 'fr',
): SqlFragment {
  switch (field) {
    case 'city':
      return { sql: `${cityKey(lang)} ${direction}`, params: {} };
    case 'country':
      return { sql: `country_name(c.country, @lang) ${direction}`, params: { lang } };
    case 'kind': {
      const labels = resources[lang].translation.enums.agreementKind;
      const ranked = [...AGREEMENT_KINDS].sort((a, b) => labels[a].localeCompare(labels[b], lang));
      return { sql: `${rankCase('a.kind', ranked.length)} ${direction}`, params: rankParams(ranked) };
    }
    case 'status':
      // Lifecycle order (active, dormant, ended) reads better than the alphabet.
      return { sql: `${rankCase('a.status', AGREEMENT_STATUSES.length)} ${direction}`, params: rankParams(AGREEMENT_STATUSES) };
    default:
      return { sql: `a.signed_on ${direction}`, params: {} };
  }
}

function rankCase(column: string, count: number): string {
  const whens = Array.from({ length: count }, (_, i) => `WHEN @rank${i} THEN ${i}`).join(' ');
  return `CASE ${column} ${whens} END`;
}

function rankParams(values: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(values.map((value, i) => [`rank${i}`, value]));
}

/** The countries and decades the register's filters can offer. */
export function agreementFacets(db: Database.Database): AgreementFacets {
  const countries = db
    .prepare('SELECT DISTINCT c.country FROM agreements a JOIN cities c ON c.id = a.city_id ORDER BY c.country')
    .pluck()
    .all() as string[];
  const decades = db
    .prepare('SELECT DISTINCT (signed_year / 10) * 10 FROM agreements ORDER BY 1')
    .pluck()
    .all() as number[];
  const total = db.prepare('SELECT count(*) FROM agreements').pluck().get() as number;
  return { countries, decades, total };
}

/** One agreement, as the register shows it. */
export function getAgreementRow(db: Database.Database, id: string): AgreementRow {
  const row = db.prepare(`${SELECT_ROW} WHERE a.id = ?`).get(id) as StoredRow | undefined;
  if (!row) throw notFound('Agreement', id);
  return toRow(row);
}

/** One agreement with the actions carried out under it, its themes, contacts and versions. */
export function getAgreement(db: Database.Database, id: string): AgreementDetail {
  return {
    ...getAgreementRow(db, id),
    actions: listActionsOfAgreement(db, id),
    themes: themesOf(db, 'agreement', id),
    contacts: contactsOfAgreement(db, id),
    versions: listVersions(db, id),
  };
}

/** The fields of an agreement its history lines show. */
type AgreementViewFields = Pick<
  AgreementRow,
  'kind' | 'exclusive' | 'signedOn' | 'status' | 'endedOn' | 'endReason' | 'title' | 'notes'
>;

/**
 * An agreement as its history lines show it, from values in hand: the city by name, themes by
 * code, contacts by name (the import's bulk writer makes it without reading back what it wrote).
 */
export function agreementView(
  fields: AgreementViewFields,
  city: string,
  themes: string[],
  contacts: string[],
): AuditView {
  const { kind, exclusive, signedOn, status, endedOn, endReason, title, notes } = fields;
  return { city, kind, exclusive, signedOn, status, endedOn, endReason, title, notes, themes, contacts };
}

/** An agreement as its history lines show it, read from the register. */
export function agreementAuditView(db: Database.Database, id: string): AuditView {
  const row = getAgreementRow(db, id);
  return agreementView(
    row,
    row.cityName,
    themeCodes(themesOf(db, 'agreement', id)),
    contactNames(contactsOfAgreement(db, id)),
  );
}

/** A label for history and trash: the partner city, and the title when there is one. */
export function agreementLabel(row: Pick<AgreementRow, 'title' | 'cityName'>): string {
  return row.title ? `${row.cityName} — ${row.title}` : row.cityName;
}

/** The statement that stores a new agreement (`bindAgreement` gives its values). */
export const INSERT_AGREEMENT = `INSERT INTO agreements (id, city_id, kind, exclusive, signed_on, signed_precision, signed_year, status,
                               ended_on, end_reason, title, notes, created_at, updated_at)
       VALUES (@id, @cityId, @kind, @exclusive, @signedOn, @precision, @year, @status,
               @endedOn, @endReason, @title, @notes, @stamp, @stamp)`;

/**
 * Checks a new agreement against every rule (its fields, its dates, its partner city, exclusive
 * twinning both ways, its themes and contacts). Writes nothing: `createAgreement` and the
 * import's bulk writer both store what it returns.
 */
export function checkNewAgreement(db: Database.Database, input: AgreementInput): ParsedAgreement {
  const agreement = agreementInputSchema.parse(input);
  checkRules(db, agreement, null);
  return agreement;
}

/** Records a new agreement after checking the domain rules. */
export function createAgreement(db: Database.Database, input: AgreementInput): AgreementRow {
  const id = newId();
  const stamp = now();
  return db.transaction(() => {
    const agreement = checkNewAgreement(db, input);
    db.prepare(INSERT_AGREEMENT).run(bindAgreement(agreement, { id, stamp }));
    setThemes(db, 'agreement', id, agreement.themeIds);
    setAgreementContacts(db, id, agreement.contactIds);
    const row = getAgreementRow(db, id);
    recordAudit(db, {
      entityType: 'agreement',
      entityId: id,
      action: 'create',
      label: agreementLabel(row),
      changes: diffFields(null, agreementAuditView(db, id)),
      at: stamp,
    });
    indexAgreement(db, id);
    return row;
  }).immediate();
}

/** Changes the given fields of an agreement; the result must still obey every rule. */
export function updateAgreement(db: Database.Database, id: string, changes: Partial<AgreementInput>): AgreementRow {
  return db.transaction(() => {
    const current = getAgreementRow(db, id);
    const before = agreementAuditView(db, id);
    const next = agreementInputSchema.parse({ ...inputOf(current), ...stripUndefined(changes) });
    checkRules(db, next, id);
    const stamp = now();
    db.prepare(
      `UPDATE agreements SET city_id = @cityId, kind = @kind, exclusive = @exclusive, signed_on = @signedOn,
              signed_precision = @precision, signed_year = @year, status = @status, ended_on = @endedOn,
              end_reason = @endReason, title = @title, notes = @notes, updated_at = @stamp
       WHERE id = @id`,
    ).run(bindAgreement(next, { id, stamp }));
    if (changes.themeIds !== undefined) setThemes(db, 'agreement', id, next.themeIds);
    if (changes.contactIds !== undefined) setAgreementContacts(db, id, next.contactIds);
    const row = getAgreementRow(db, id);
    const changed = diffFields(before, agreementAuditView(db, id));
    // A status change carries the reason in force with it, so the status history can say why.
    if (changed.status && !changed.endReason) changed.endReason = [row.endReason, row.endReason];
    if (Object.keys(changed).length > 0) {
      recordAudit(db, { entityType: 'agreement', entityId: id, action: 'update', label: agreementLabel(row), changes: changed, at: stamp });
    }
    indexAgreement(db, id);
    return row;
  }).immediate();
}

/**
 * Deletes an agreement and the actions recorded under it: all of it goes to the trash, from
 * which `restoreFromTrash` brings it back with the same ids.
 */
export function deleteAgreement(db: Database.Database, id: string): { id: string } {
  return db.transaction(() => {
    const row = getAgreementRow(db, id);
    moveToTrash(db, 'agreement', id, { label: agreementLabel(row), changes: diffFields(agreementAuditView(db, id), null) });
    return { id };
  }).immediate();
}

/** Checks a stored agreement against the rules again (after a restore from the trash). */
export function assertStoredAgreementRules(db: Database.Database, id: string): void {
  const row = getAgreementRow(db, id);
  checkRules(db, agreementInputSchema.parse(inputOf(row)), id);
}

export type ParsedAgreement = ReturnType<typeof agreementInputSchema.parse>;

function checkRules(db: Database.Database, a: ParsedAgreement, selfId: string | null): void {
  const issues: FieldIssue[] = [...checkAgreementDates(a.signedOn, a.endedOn), ...checkExclusive(a.kind, a.exclusive)];
  const city = db.prepare('SELECT name FROM cities WHERE id = ?').get(a.cityId) as { name: string } | undefined;
  if (!city) issues.push({ path: 'cityId', key: 'errors.notFound' });
  if (a.kind === 'twinning' && a.status === 'active') {
    // An exclusive twinning (Paris–Rome) rules out any other active twinning, both ways. Two
    // lookups that stop at the first hit (the exclusive ones through their partial index): one
    // query with `exclusive = 1 OR ?` read every active twinning, quadratic over a large import.
    const twinning = (exclusiveOnly: boolean) =>
      db
        .prepare(
          `SELECT ${CITY_NAME} AS name, a.exclusive FROM agreements a JOIN cities c ON c.id = a.city_id
           WHERE ${exclusiveOnly ? 'a.exclusive = 1 AND ' : ''}a.kind = 'twinning' AND a.status = 'active' AND a.id IS NOT ?
           LIMIT 1`,
        )
        .get(selfId) as { name: string; exclusive: number } | undefined;
    const other = twinning(true) ?? (a.exclusive ? twinning(false) : undefined);
    if (other) {
      issues.push(
        other.exclusive
          ? { path: 'kind', key: 'errors.exclusiveTwinningExists', params: { city: other.name } }
          : { path: 'exclusive', key: 'errors.exclusiveConflict', params: { city: other.name } },
      );
    }
  }
  issues.push(...checkIds(db, 'themes', 'themeIds', a.themeIds), ...checkIds(db, 'contacts', 'contactIds', a.contactIds));
  if (issues.length && issues.every((i) => i.key === 'errors.notFound')) {
    const what = issues[0]!.path === 'cityId' ? `City ${a.cityId}` : `Linked record (${issues.map((i) => i.path).join(', ')})`;
    throw new DomainError('rule', 'errors.notFound', `${what} not found`, issues);
  }
  assertNoIssues(issues, 'The agreement breaks a rule');
}

export function bindAgreement(a: ParsedAgreement, extra: { id: string; stamp: string }) {
  return {
    ...extra,
    cityId: a.cityId,
    kind: a.kind,
    exclusive: a.exclusive ? 1 : 0,
    signedOn: a.signedOn,
    precision: precisionOf(a.signedOn),
    year: yearOf(a.signedOn),
    status: a.status,
    endedOn: a.endedOn,
    endReason: a.endReason,
    title: a.title,
    notes: a.notes,
  };
}

function inputOf(row: AgreementRow): AgreementInput {
  const { cityId, kind, exclusive, signedOn, status, endedOn, endReason, title, notes } = row;
  return { cityId, kind, exclusive, signedOn, status, endedOn, endReason, title, notes };
}
