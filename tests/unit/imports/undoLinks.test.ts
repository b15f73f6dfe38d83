import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createAgreement, updateAgreement } from '../../../electron/services/agreements/agreements';
import { createContact, deleteContact, updateContact } from '../../../electron/services/contacts/contacts';
import { undoBatch } from '../../../electron/services/imports/batches';
import { refused } from '../helpers/domain';
import { tempDatabase } from '../helpers/tempData';
import { dump, importBytes, windows1252Csv } from './helpers';

/** One new partner city (Porto-Novo) with its agreement. */
const REGISTER = windows1252Csv([
  "Ville;Pays;Type d'accord;Date de signature;Statut",
  "Porto-Novo;Bénin;Pacte d'amitié;15/06/2024;Actif",
]);
/** One new contact, of the Paris example's Rome. */
const CONTACTS = windows1252Csv(['Nom;Ville;Pays;Courriel', 'Giulia Rossi;Rome;Italie;g.rossi@comune.roma.it']);

const idOf = (db: Database.Database, sql: string) => (db.prepare(sql).get() as { id: string }).id;

describe('undoing an import after a later link to one of its records', () => {
  it('is refused, naming the contact, when a contact was given a city the import created', async () => {
    const { db, ctx } = tempDatabase({ sample: true });
    const contact = createContact(db, { name: 'Awa Sossou', side: 'partner', cityId: null });
    const { result } = await importBytes(ctx, REGISTER);
    const city = idOf(db, "SELECT id FROM cities WHERE name = 'Porto-Novo'");
    updateContact(db, contact.id, { cityId: city });
    const before = dump(db);
    const error = refused(db, () => undoBatch(db, result.batchId!));
    expect(error.key).toBe('import.undo.editedSince');
    expect(error.message).toContain('Awa Sossou');
    expect(dump(db)).toBe(before);
  });

  it('is refused when an agreement was signed by hand with a city the import created', async () => {
    const { db, ctx } = tempDatabase({ sample: true });
    const { result } = await importBytes(ctx, REGISTER);
    const city = idOf(db, "SELECT id FROM cities WHERE name = 'Porto-Novo'");
    createAgreement(db, { cityId: city, kind: 'memorandum', signedOn: '2025-01', title: 'Eau potable' });
    const error = refused(db, () => undoBatch(db, result.batchId!));
    expect(error.key).toBe('import.undo.editedSince');
    expect(error.message).toContain('Eau potable');
  });

  it('is refused, naming the agreement, when an agreement was given a contact the import created', async () => {
    const { db, ctx } = tempDatabase({ sample: true });
    const { result } = await importBytes(ctx, CONTACTS, { target: 'contact' });
    expect(result.byEntity.contact.created).toBe(1);
    const contact = idOf(db, "SELECT id FROM contacts WHERE name = 'Giulia Rossi'");
    const rome = idOf(
      db,
      "SELECT a.id FROM agreements a JOIN cities c ON c.id = a.city_id WHERE c.name = 'Rome' AND a.kind = 'twinning'",
    );
    updateAgreement(db, rome, { contactIds: [contact] });
    const error = refused(db, () => undoBatch(db, result.batchId!));
    expect(error.key).toBe('import.undo.editedSince');
    expect(error.message).toContain('Rome');
  });

  it('is refused, naming the contact, when a contact of an agreement it updated was deleted since', async () => {
    const { db, ctx } = tempDatabase({ sample: true });
    const rome = idOf(db, "SELECT a.id FROM agreements a JOIN cities c ON c.id = a.city_id WHERE c.name = 'Rome'");
    const contact = createContact(db, { name: 'Marco Bianchi', side: 'partner', cityId: null });
    updateAgreement(db, rome, { contactIds: [contact.id] });
    const file = windows1252Csv([
      "Ville;Pays;Type d'accord;Date de signature;Statut",
      'Rome;Italie;Jumelage exclusif;1956;En sommeil',
    ]);
    const { result } = await importBytes(ctx, file, { onMatch: 'update' });
    expect(result.byEntity.agreement.updated).toBe(1);
    deleteContact(db, contact.id);
    const before = dump(db);
    const error = refused(db, () => undoBatch(db, result.batchId!));
    expect(error.key).toBe('import.undo.editedSince');
    expect(error.message).toContain('Marco Bianchi');
    expect(dump(db)).toBe(before);
  });

  it('goes ahead when the later edits touch nothing of the import', async () => {
    const { db, ctx } = tempDatabase({ sample: true });
    const { result } = await importBytes(ctx, REGISTER);
    // An agreement of the example edited after the import, linked to none of its records.
    const rome = idOf(db, "SELECT a.id FROM agreements a JOIN cities c ON c.id = a.city_id WHERE c.name = 'Rome'");
    updateAgreement(db, rome, { notes: 'Relu en 2026' });
    expect(undoBatch(db, result.batchId!)).toMatchObject({ removed: 2, restored: 0 });
    expect(db.prepare("SELECT count(*) FROM cities WHERE name = 'Porto-Novo'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT notes FROM agreements WHERE id = ?').pluck().get(rome)).toBe('Relu en 2026');
  });
});
