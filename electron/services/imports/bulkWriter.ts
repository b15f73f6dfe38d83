import type Database from 'better-sqlite3';
import type { AgreementInput } from '../../../shared/schemas/agreements';
import type { CityInput } from '../../../shared/schemas/cities';
import type { City } from '../../../shared/schemas/cities';
import { cityNameOf } from '../../db/functions';
import {
  agreementLabel,
  agreementView,
  bindAgreement,
  checkNewAgreement,
  INSERT_AGREEMENT,
} from '../agreements/agreements';
import { checkNewCity, cityAuditView, insertCity, type CityRow } from '../cities/cities';
import { newId, now } from '../common/clock';
import { auditWriter, diffFields, type AuditRecord } from '../history/audit';
import { agreementDocument, cityDocument, citySpellings, putSearchEntry } from '../search/searchIndex';

/**
 * The import's fast path for the records it CREATES (partner cities and agreements, the bulk of
 * a register). Every rule is the services' own: a city goes through `checkNewCity` and an
 * agreement through `checkNewAgreement`, the very checks `createCity` and `createAgreement`
 * run. What differs is the writing around them: statements prepared once for the whole import,
 * nothing read back that was just written (the history line and the search entry are made from
 * the values in hand, the entry keyed by the number the insert gave), the user's name read
 * once, and no savepoint: a row's records are all
 * checked and inserted first, the row's own inserts removed if one is refused, and only then
 * its theme links, history lines (with their change-feed and team-outbox marks) and search
 * entries written — none of which can refuse anything.
 *
 * `check` mode (the dry run) stops after the checked inserts: the rules that look at the
 * register (a city unique by name and country, one exclusive twinning) see the records of the
 * earlier rows, and the caller rolls everything back.
 */

/** A record a row creates, with its input (links resolved). */
export interface NewRecord {
  entity: 'city' | 'agreement';
  input: Record<string, unknown>;
}

/** Whether a record can take the fast path: an agreement with contacts goes through its service. */
export function bulkWritable(entity: string, input: Record<string, unknown>): entity is NewRecord['entity'] {
  if (entity === 'city') return true;
  if (entity !== 'agreement') return false;
  const contacts = input.contactIds;
  return !Array.isArray(contacts) || contacts.length === 0;
}

/** The columns of a partner city its agreements' history lines and search entries are made from. */
interface CityNames {
  name: string;
  nameFr: string;
  nameEn: string;
  namesKey: string;
  country: string;
}

type Written =
  | { entity: 'city'; id: string; n: number; stamp: string; checked: ReturnType<typeof checkNewCity> }
  | { entity: 'agreement'; id: string; n: number; stamp: string; parsed: ReturnType<typeof checkNewAgreement> };

/** A row's records were checked and stored but what follows them failed: the import cannot go on. */
export class BulkWriteFailed extends Error {
  constructor(override readonly cause: unknown) {
    super(`The import could not finish writing a row: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

export class BulkWriter {
  private readonly insertCity: (row: CityRow) => number;
  private readonly insertAgreement: Database.Statement;
  private readonly deleteCity: Database.Statement;
  private readonly deleteAgreement: Database.Statement;
  private readonly cityNames: Database.Statement;
  private readonly linkTheme: Database.Statement;
  private readonly audit: ((record: AuditRecord) => void) | null;
  private readonly themeCodes: Map<string, string>;

  constructor(
    private readonly db: Database.Database,
    private readonly mode: 'write' | 'check',
  ) {
    this.insertCity = insertCity(db);
    this.insertAgreement = db.prepare(INSERT_AGREEMENT);
    this.deleteCity = db.prepare('DELETE FROM cities WHERE id = ?');
    this.deleteAgreement = db.prepare('DELETE FROM agreements WHERE id = ?');
    this.cityNames = db.prepare(
      'SELECT name, name_fr AS nameFr, name_en AS nameEn, names_key AS namesKey, country FROM cities WHERE id = ?',
    );
    // A new agreement has no theme yet: its links are added (`setThemes` clears them first).
    this.linkTheme = db.prepare('INSERT INTO agreement_themes (agreement_id, theme_id) VALUES (?, ?)');
    this.audit = mode === 'write' ? auditWriter(db) : null;

    this.themeCodes = new Map(
      (db.prepare('SELECT id, code FROM themes').all() as { id: string; code: string }[]).map((t) => [t.id, t.code]),
    );
  }

  /**
   * Checks and writes the new records of one row, in order (a later one may link to an earlier
   * one through `link`). Throws the first refusal with nothing of the row left written.
   */
  createRow(records: readonly NewRecord[], link: (index: number, ids: readonly string[]) => Record<string, unknown>): string[] {
    const written: Written[] = [];
    try {
      records.forEach((record, index) => {
        const input = { ...record.input, ...link(index, written.map((w) => w.id)) };
        const id = newId();
        const stamp = now();
        if (record.entity === 'city') {
          const checked = checkNewCity(this.db, input as unknown as CityInput);
          const n = this.insertCity({ id, names: checked.columns, ...checked.city, stamp });
          written.push({ entity: 'city', id, n, stamp, checked });
        } else {
          const parsed = checkNewAgreement(this.db, input as unknown as AgreementInput);
          const n = Number(this.insertAgreement.run(bindAgreement(parsed, { id, stamp })).lastInsertRowid);
          written.push({ entity: 'agreement', id, n, stamp, parsed });
        }
      });
    } catch (error) {
      for (const w of written.reverse()) (w.entity === 'city' ? this.deleteCity : this.deleteAgreement).run(w.id);
      throw error;
    }
    if (this.mode === 'write') {
      try {
        for (const w of written) this.complete(w, written);
      } catch (error) {
        // Nothing of this can be refused by a rule: a failure here is the database's, and the
        // row's history may be half written, so the whole import stops (its transaction rolls back).
        throw new BulkWriteFailed(error);
      }
    }
    return written.map((w) => w.id);
  }

  /** What a service writes after its record: links, the history line, the search entry. */
  private complete(w: Written, row: readonly Written[]): void {
    const audit = this.audit!;
    if (w.entity === 'city') {
      const { city, columns: n } = w.checked;
      const view = cityAuditView({
        ...city,
        nameFr: n.nameFr,
        nameEn: n.nameEn,
        aliases: JSON.parse(n.aliases) as string[],
      } as City);
      const label = cityNameOf(this.db, n.nameFr, n.nameEn);
      audit({ entityType: 'city', entityId: w.id, action: 'create', label, changes: diffFields(null, view), at: w.stamp });
      putSearchEntry(
        this.db,
        'city',
        w.n,
        cityDocument({ ...city, name: citySpellings({ name: n.name, nameFr: n.nameFr, nameEn: n.nameEn, namesKey: n.namesKey }) }),
      );
      return;
    }
    const a = w.parsed;
    for (const themeId of a.themeIds) this.linkTheme.run(w.id, themeId);
    // The partner city: the one this row just created (in hand), else read from the register.
    const inRow = row.find((other) => other.entity === 'city' && other.id === a.cityId);
    const city: CityNames =
      inRow?.entity === 'city'
        ? { ...inRow.checked.columns, country: inRow.checked.city.country }
        : (this.cityNames.get(a.cityId) as CityNames);
    const cityName = cityNameOf(this.db, city.nameFr, city.nameEn);
    const themes = a.themeIds.map((id) => this.themeCodes.get(id)!).sort();
    const view = agreementView(a, cityName, themes, []);
    audit({
      entityType: 'agreement',
      entityId: w.id,
      action: 'create',
      label: agreementLabel({ title: a.title, cityName }),
      changes: diffFields(null, view),
      at: w.stamp,
    });
    putSearchEntry(
      this.db,
      'agreement',
      w.n,
      agreementDocument({
        cityName: citySpellings(city),
        country: city.country,
        title: a.title,
        notes: a.notes,
        endReason: a.endReason,
        versions: [],
      }),
    );
  }
}
