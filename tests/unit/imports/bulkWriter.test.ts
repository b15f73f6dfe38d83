import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createAgreement } from '../../../electron/services/agreements/agreements';
import { createCity } from '../../../electron/services/cities/cities';
import { executePlan } from '../../../electron/services/imports/execute';
import type { PlannedOp, PlannedRow } from '../../../electron/services/imports/plan';
import { setSetting } from '../../../electron/services/settings/settings';
import { createTheme } from '../../../electron/services/themes/themes';
import { setReaderLanguage } from '../../../electron/db/functions';
import { DESKTOP_ID_KEY, forgetDesktopId } from '../../../electron/core/outbox';
import { setState } from '../../../electron/services/team/state';
import { tempDatabase } from '../helpers/tempData';
import { dump, importBytes, windows1252Csv } from './helpers';

type Input = { city: Record<string, unknown>; agreement: Record<string, unknown> | null };

/** Records as a register brings them: French names, accents, themes, notes, an end reason. */
const RECORDS: Input[] = [
  { city: { name: 'Copenhague', country: 'DK' }, agreement: { kind: 'friendship_cooperation', signedOn: '2005-03-12', status: 'active', notes: 'Œuvre « commune »', themes: ['heritage', 'culture'] } },
  { city: { name: 'Tbilissi', country: 'GE', region: 'Kartli', website: 'https://tbilisi.gov.ge', notes: 'n° 1' }, agreement: { kind: 'memorandum', signedOn: '1997-01-30', status: 'ended', endedOn: '2010', endReason: 'Fin du mandat', title: 'Pacte' } },
  { city: { name: 'Montréal', country: 'CA', latitude: 45.5, longitude: -73.56 }, agreement: { kind: 'twinning', exclusive: true, signedOn: '2006-04', status: 'active', themes: ['culture'] } },
  { city: { name: 'Kyoto', country: 'JP' }, agreement: null },
];

/** Words of the records' names, countries, notes and end reasons, in either language. */
const SEARCHED = ['copenhague', 'copenhagen', 'tbilissi', 'tbilisi', 'montreal', 'kyoto', 'danemark', 'denmark', 'georgie',
  'georgia', 'canada', 'japon', 'kartli', 'oeuvre', 'commune', 'fin', 'mandat', 'pacte', 'gov', 'title:copenhague',
  'title:pacte', 'body:danemark'];

/** Every row that history and search hold, without the ids and times that differ between two runs. */
function written(db: Database.Database): unknown {
  return {
    audit: db
      .prepare('SELECT entity_type, action, label, changes, user_name, parent_id FROM audit_log ORDER BY entity_type, label')
      .all(),
    // The index keeps no text (migration 0150): which entries each word finds, in title or body.
    search: [
      db.prepare('SELECT rowid FROM search_fts ORDER BY 1').pluck().all(),
      ...SEARCHED.map((word) =>
        db.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY 1').pluck().all(word),
      ),
    ],
    cities: db
      .prepare(
        `SELECT name, name_key, name_fr, name_en, name_fr_key, name_en_key, aliases, names_key, country, latitude, longitude,
                notes, region, languages, website, created_at = updated_at AS same FROM cities ORDER BY name`,
      )
      .all(),
    agreements: db
      .prepare(
        `SELECT c.name, a.kind, a.exclusive, a.signed_on, a.signed_precision, a.signed_year, a.status, a.ended_on,
                a.end_reason, a.title, a.notes,
                (SELECT group_concat(t.code) FROM (SELECT t.code FROM agreement_themes x JOIN themes t ON t.id = x.theme_id
                  WHERE x.agreement_id = a.id ORDER BY t.code) t) AS themes
         FROM agreements a JOIN cities c ON c.id = a.city_id ORDER BY c.name`,
      )
      .all(),
  };
}

function setUp(lang: 'en' | 'fr') {
  const { db } = tempDatabase({ fresh: true });
  setSetting(db, 'user.name', 'Claire Dupont');
  setReaderLanguage(db, lang);
  const themes = new Map([
    ['heritage', createTheme(db, { labelEn: 'Heritage', labelFr: 'Patrimoine' }).id],
    ['culture', createTheme(db, { labelEn: 'Culture', labelFr: 'Culture' }).id],
  ]);
  db.prepare('DELETE FROM audit_log').run();
  const themeIds = (codes: unknown) => ((codes as string[] | undefined) ?? []).map((code) => themes.get(code)!);
  const agreementInput = (agreement: Record<string, unknown>) => {
    const { themes: codes, ...rest } = agreement;
    return { ...rest, themeIds: themeIds(codes) };
  };
  return { db, agreementInput };
}

describe('the bulk writer of an import', () => {
  it.each(['en', 'fr'] as const)(
    'writes the same records, history lines, search entries and links as the services (reader in %s)',
    (lang) => {
      const byServices = setUp(lang);
      for (const { city, agreement } of RECORDS) {
        const { id } = createCity(byServices.db, city as Parameters<typeof createCity>[1]);
        if (agreement) createAgreement(byServices.db, { ...byServices.agreementInput(agreement), cityId: id } as Parameters<typeof createAgreement>[1]);
      }

      const byImport = setUp(lang);
      let planned = 0;
      const rows: PlannedRow[] = RECORDS.map(({ city, agreement }, index) => {
        const cityOp: PlannedOp = { entity: 'city', op: 'create', ref: { planned: (planned += 1) }, values: city, links: {}, label: '' };
        const ops = [cityOp];
        if (agreement)
          ops.push({
            entity: 'agreement',
            op: 'create',
            ref: { planned: (planned += 1) },
            values: byImport.agreementInput(agreement),
            links: { cityId: cityOp.ref },
            label: '',
          });
        return { row: index + 2, outcome: 'create', ops };
      });
      const execution = executePlan(byImport.db, { rows, problems: [] });
      expect(execution.failures).toEqual([]);
      expect(execution.items).toHaveLength(7);

      const expected = written(byServices.db);
      expect(written(byImport.db)).toEqual(expected);
      expect((expected as { audit: unknown[] }).audit).toHaveLength(7);
    },
  );

  it('leaves nothing of a refused row, and the dry run refuses the same rows without writing history or search', () => {
    const plan = () => {
      const rows: PlannedRow[] = [
        ['Roma', 'IT', { kind: 'twinning', exclusive: true, signedOn: '1956-01-30', status: 'active' }],
        // A second active twinning beside an exclusive one: refused, and its new city with it.
        ['Kyoto', 'JP', { kind: 'twinning', signedOn: '1958', status: 'active' }],
        ['Porto', 'PT', { kind: 'memorandum', signedOn: '2001', status: 'active' }],
        // The same city again: the city's uniqueness rule refuses it.
        ['roma', 'IT', { kind: 'memorandum', signedOn: '2001', status: 'active' }],
      ].map(([name, country, agreement], index) => ({
        row: index + 2,
        outcome: 'create' as const,
        ops: [
          { entity: 'city' as const, op: 'create' as const, ref: { planned: 2 * index + 1 }, values: { name, country }, links: {}, label: '' },
          {
            entity: 'agreement' as const,
            op: 'create' as const,
            ref: { planned: 2 * index + 2 },
            values: agreement as Record<string, unknown>,
            links: { cityId: { planned: 2 * index + 1 } },
            label: '',
          },
        ],
      }));
      return { rows, problems: [] };
    };
    const commit = setUp('fr').db;
    const committed = executePlan(commit, plan());
    expect(committed.failures.map((f) => [f.row, f.key])).toEqual([
      [3, 'errors.exclusiveTwinningExists'],
      [5, 'errors.cityExists'],
    ]);
    expect(commit.prepare('SELECT name FROM cities ORDER BY name').pluck().all()).toEqual(['Porto', 'Roma']);
    expect(commit.prepare('SELECT count(*) FROM agreements').pluck().get()).toBe(2);
    expect(commit.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(4);
    expect(commit.prepare('SELECT count(*) FROM search_fts').pluck().get()).toBe(4);

    const dry = setUp('fr').db;
    const checked = executePlan(dry, plan(), { dryRun: true });
    expect(checked.failures).toEqual(committed.failures);
    expect(dry.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(0);
    expect(dry.prepare('SELECT count(*) FROM search_fts').pluck().get()).toBe(0);
  });

  it('marks every record it creates in the team outbox when the desktop has joined a team, as the services do', async () => {
    const { db, ctx } = tempDatabase();
    setState(db, DESKTOP_ID_KEY, 'desk-a');
    forgetDesktopId(db);
    const file = windows1252Csv([
      "Ville partenaire;Pays;Type d'accord;Date de signature;Statut",
      "Copenhague;Danemark;Pacte d'amitié;12/03/2005;Actif",
      'Tbilissi;Géorgie;Mémorandum;1997;En sommeil',
    ]);
    const { result } = await importBytes(ctx, file);
    expect(result.created).toBe(4);
    const marked = db
      .prepare(
        `SELECT o.entity, count(*) AS n FROM sync_outbox o
         WHERE o.record_id IN (SELECT id FROM cities UNION ALL SELECT id FROM agreements) GROUP BY o.entity ORDER BY o.entity`,
      )
      .all();
    expect(marked).toEqual([
      { entity: 'agreement', n: 2 },
      { entity: 'city', n: 2 },
    ]);
  });

  it('stops the whole import, writing nothing, when the database fails after a row was checked (never a half-written row kept)', async () => {
    const { db, ctx } = tempDatabase();
    const before = dump(db);
    // The history line of the second row's city fails as a full disk would.
    db.exec(`CREATE TEMP TRIGGER fail_history AFTER INSERT ON main.audit_log WHEN NEW.label = 'Tbilissi'
             BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const file = windows1252Csv([
      "Ville partenaire;Pays;Type d'accord;Date de signature;Statut",
      "Copenhague;Danemark;Pacte d'amitié;12/03/2005;Actif",
      'Tbilissi;Géorgie;Mémorandum;1997;En sommeil',
    ]);
    await expect(importBytes(ctx, file, { skipInvalid: true })).rejects.toThrow(/disk full/);
    db.exec('DROP TRIGGER temp.fail_history');
    expect(dump(db)).toBe(before);
    expect(db.prepare('SELECT count(*) FROM import_batches').pluck().get()).toBe(0);
  });
});
