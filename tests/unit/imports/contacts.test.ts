import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../shared/import/mapping';
import { createContact } from '../../../electron/services/contacts/contacts';
import { getContactDetail } from '../../../electron/services/contacts/contacts';
import { undoBatch } from '../../../electron/services/imports/batches';
import { tempDatabase } from '../helpers/tempData';
import { dump, importBytes, windows1252Csv } from './helpers';

/** A flat register whose rows name the partner's contact for the agreement. */
const REGISTER = windows1252Csv([
  "Ville;Pays;Type d'accord;Date de signature;Statut;Contact;Fonction du contact;Courriel du contact",
  'Rome;Italie;Jumelage exclusif;1956;Actif;Giulia Rossi;Relations internationales;g.rossi@comune.roma.it',
  "Porto-Novo;Bénin;Pacte d'amitié;15/06/2024;Actif;Awa Sossou;Adjointe au maire;",
  "Copenhague;Danemark;Accord d'amitié et de coopération;2005;Actif;;;",
]);

/** A contacts sheet whose rows name the agreement each person follows. */
const CONTACTS = (lines: string[]) =>
  windows1252Csv(["Nom;Ville;Pays;Type d'accord;Date de l'accord;Courriel", ...lines]);

const contactId = (db: Database.Database, name: string) =>
  db.prepare('SELECT id FROM contacts WHERE name = ?').pluck().get(name) as string | undefined;

/** The agreements a contact follows, as "city year". */
function followed(db: Database.Database, name: string): string[] {
  const id = contactId(db, name);
  if (!id) return [];
  return getContactDetail(db, id).agreements.map((a) => `${a.cityName} ${a.signedOn.slice(0, 4)}`);
}

describe("a register row's contact", () => {
  it('is suggested from French and English headers', () => {
    const fields = (headers: string[]) =>
      suggestMapping(headers, 'register').columns.map((c) => (c.use === 'field' ? c.field : c.use));
    expect(fields(['Ville', 'Pays', 'Contact', 'Fonction du contact', 'Courriel du contact', 'Téléphone du contact'])).toEqual(
      ['cityName', 'country', 'contactName', 'contactRole', 'contactEmail', 'contactPhone'],
    );
    expect(fields(['City', 'Country', 'Contact person', 'Contact email', 'Contact phone'])).toEqual([
      'cityName',
      'country',
      'contactName',
      'contactEmail',
      'contactPhone',
    ]);
  });

  it('is created in the partner city and linked to the agreement; a 2nd import adds nothing; undo puts all back', async () => {
    const { db, ctx } = tempDatabase({ sample: true });
    const before = dump(db);
    const { result } = await importBytes(ctx, REGISTER);
    expect(result.errors).toEqual([]);
    expect(result.byEntity.contact).toEqual({ created: 2, updated: 0, skipped: 0 });
    // Rome's agreement was there: the new contact is added to it; Porto-Novo's is created with its contact.
    expect(followed(db, 'Giulia Rossi')).toEqual(['Rome 1956']);
    expect(followed(db, 'Awa Sossou')).toEqual(['Porto-Novo 2024']);
    const giulia = getContactDetail(db, contactId(db, 'Giulia Rossi')!);
    expect(giulia).toMatchObject({ cityName: 'Rome', role: 'Relations internationales', email: 'g.rossi@comune.roma.it', side: 'partner' });
    const link = result.changes.find((c) => c.entity === 'agreement' && c.op === 'update');
    expect(link).toMatchObject({ label: 'Jumelage — Rome (1956)' });
    expect(link?.fields?.at(-1)).toMatchObject({ field: 'contactName', after: expect.stringContaining('Giulia Rossi') });

    const again = await importBytes(ctx, REGISTER);
    expect(again.result).toMatchObject({ created: 0, updated: 0, batchId: null });

    undoBatch(db, result.batchId!);
    expect(dump(db)).toBe(before);
  });

  it('is linked to an agreement the file updates, in the same history line', async () => {
    const { db, ctx } = tempDatabase({ sample: true });
    const file = windows1252Csv([
      "Ville;Pays;Type d'accord;Date de signature;Statut;Contact",
      'Rome;Italie;Jumelage exclusif;1956;En sommeil;Giulia Rossi',
    ]);
    const { result } = await importBytes(ctx, file, { onMatch: 'update' });
    const update = result.changes.filter((c) => c.entity === 'agreement');
    expect(update).toHaveLength(1);
    expect(update[0]!.fields?.map((f) => f.field)).toEqual(['status', 'contactName']);
    expect(followed(db, 'Giulia Rossi')).toEqual(['Rome 1956']);
  });
});

describe("a contacts sheet's agreement", () => {
  it('links each contact to the agreement named by partner, kind and signature year', async () => {
    const { db, ctx } = tempDatabase({ sample: true });
    const before = dump(db);
    const file = CONTACTS([
      'Giulia Rossi;Rome;Italie;Jumelage;1956;g.rossi@comune.roma.it',
      'Mette Jensen;Copenhague;Danemark;;;m.jensen@kk.dk',
      'Søren Holm;Copenhague;Danemark;;;',
    ]);
    const { result } = await importBytes(ctx, file, { target: 'contact' });
    expect(result.errors).toEqual([]);
    expect(followed(db, 'Giulia Rossi')).toEqual(['Rome 1956']);
    // A row naming no agreement only gets its city.
    expect(followed(db, 'Mette Jensen')).toEqual([]);
    expect(getContactDetail(db, contactId(db, 'Mette Jensen')!).cityName).toBe('Copenhagen');
    const again = await importBytes(ctx, file, { target: 'contact' });
    expect(again.result).toMatchObject({ created: 0, updated: 0 });
    undoBatch(db, result.batchId!);
    expect(dump(db)).toBe(before);
  });

  it('is a problem at its row when no agreement, several, or no partner city fits', async () => {
    const { db, ctx } = tempDatabase({ sample: true });
    const before = dump(db);
    const file = CONTACTS([
      'Giulia Rossi;Rome;Italie;Mémorandum;1990;',
      'Awa Sossou;;;Jumelage;1956;',
    ]);
    const { result } = await importBytes(ctx, file, { target: 'contact' });
    expect(result.refused).toBe(true);
    expect(result.errors.map((e) => [e.row, e.code])).toEqual([
      [2, 'import.match.agreementNotFound'],
      [3, 'import.match.agreementWithoutCity'],
    ]);
    expect(result.errors[1]!.message).toBe(
      'Pour rattacher ce contact à un accord, indiquez la ville partenaire et son pays.',
    );
    expect(dump(db)).toBe(before);
  });

  it('leaves a matched agreement and a matched contact unlinked with «skip», links them with «fill»', async () => {
    const { db, ctx } = tempDatabase({ sample: true });
    const rome = db.prepare("SELECT id FROM cities WHERE name = 'Rome'").pluck().get() as string;
    createContact(db, { name: 'Giulia Rossi', side: 'partner', cityId: rome });
    const file = CONTACTS(['Giulia Rossi;Rome;Italie;Jumelage;1956;']);
    const skip = await importBytes(ctx, file, { target: 'contact' });
    expect(skip.result).toMatchObject({ created: 0, updated: 0 });
    expect(followed(db, 'Giulia Rossi')).toEqual([]);
    const fill = await importBytes(ctx, file, { target: 'contact', onMatch: 'fill' });
    expect(fill.result).toMatchObject({ created: 0, updated: 1 });
    expect(followed(db, 'Giulia Rossi')).toEqual(['Rome 1956']);
  });
});
