import { describe, expect, it } from 'vitest';
import { tempDatabase } from '../helpers/tempData';
import { dump, importBytes, windows1252Csv } from './helpers';

const FRENCH_REGISTER = windows1252Csv([
  'Registre des accords internationaux',
  'Mis à jour le 30/01/2024',
  '',
  "Ville partenaire;Pays;Type d'accord;Date de signature;Statut;Thématiques;Budget « annuel »",
  'Copenhague;Danemark;Accord d\'amitié et de coopération;12/03/2005;Actif;"Conservation du patrimoine; Culture";12 500,00 €',
  "Tbilissi;Géorgie;Pacte d'amitié;30/01/1997;En sommeil;Culture;4 200 €",
  'Œiras;Portugal;Jumelage;04/2006;Actif;;=SOMME(A1:A3)',
]);

describe('importing a French register', () => {
  it('creates the cities and agreements of a Windows-1252 file, then nothing the second time', async () => {
    const { db, ctx } = tempDatabase();
    const first = await importBytes(ctx, FRENCH_REGISTER);
    expect(first.result.errors).toEqual([]);
    expect(first.result).toMatchObject({
      refused: false,
      created: 6,
      updated: 0,
      skipped: 0,
      rejected: 0,
    });
    expect(first.result.batchId).not.toBeNull();
    const cities = db.prepare('SELECT name, country FROM cities ORDER BY name').all();
    expect(cities).toEqual([
      { name: 'Copenhague', country: 'DK' },
      { name: 'Tbilissi', country: 'GE' },
      { name: 'Œiras', country: 'PT' },
    ]);
    const notes = db.prepare("SELECT notes FROM agreements WHERE signed_on = '2006-04'").get() as {
      notes: string;
    };
    // A formula is kept as the text it is, never evaluated.
    expect(notes.notes).toBe('Budget « annuel »: =SOMME(A1:A3)');
    const themes = db
      .prepare(
        `SELECT t.code FROM agreement_themes x JOIN themes t ON t.id = x.theme_id
         JOIN agreements a ON a.id = x.agreement_id WHERE a.signed_on = '2005-03-12' ORDER BY t.code`,
      )
      .all();
    expect(themes).toEqual([{ code: 'culture' }, { code: 'heritage_conservation' }]);
    const before = dump(db);
    const second = await importBytes(ctx, FRENCH_REGISTER);
    expect(second.result).toMatchObject({ created: 0, updated: 0, skipped: 6, batchId: null });
    expect(dump(db)).toBe(before);
  });
});
