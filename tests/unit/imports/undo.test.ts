import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../electron/db/open';
import { listBatches, undoBatch } from '../../../electron/services/imports/batches';
import { updateCity } from '../../../electron/services/cities/cities';
import { tempDatabase } from '../helpers/tempData';
import { refused } from '../helpers/domain';
import { dump, importBytes, windows1252Csv } from './helpers';

const PARIS_IN_FRENCH = windows1252Csv([
  "Ville;Pays;Type d'accord;Date de signature;Statut;Notes",
  "Copenhague;Danemark;Accord d'amitié et de coopération;2005;Actif;Relancé en 2024",
  "Tbilissi;Géorgie;Pacte d'amitié et de coopération;1997;En sommeil;",
  "Sanaa;Yémen;Accord d'amitié et de coopération;1987;En sommeil;",
  "Montréal;Canada;Accord d'amitié et de coopération;04/2006;Actif;",
  'KYOTO;Japon;Pacte d’amitié;1958;Actif;',
  "Lyon-sur-Mer;France;Pacte d'amitié;2024;Actif;Nouveau partenaire",
]);

const cityCount = (db: Database.Database) =>
  (db.prepare('SELECT count(*) AS n FROM cities').get() as { n: number }).n;

describe('importing French names into the Paris example', () => {
  it('matches Copenhague, Tbilissi, Sanaa, Montréal to the cities already there: no duplicate', async () => {
    const { db, ctx } = tempDatabase({ sample: true });
    const cities = cityCount(db);
    const { result } = await importBytes(ctx, PARIS_IN_FRENCH);
    expect(result.errors).toEqual([]);
    // Only the new partner is created, with its agreement.
    expect(result.byEntity.city).toEqual({ created: 1, updated: 0, skipped: 5 });
    expect(result.byEntity.agreement).toEqual({ created: 1, updated: 0, skipped: 5 });
    expect(cityCount(db)).toBe(cities + 1);
    const matched = result.changes
      .filter((c) => c.entity === 'city' && c.op === 'skip')
      .map((c) => c.label);
    // Listed under their names in the run's language (French by default).
    expect(matched).toEqual(['Copenhague', 'Tbilissi', 'Sanaa', 'Montréal', 'Kyoto']);
  });

  it('updates or fills a matched agreement only where asked, listing each change', async () => {
    const { db, ctx } = tempDatabase({ sample: true });
    const status = () =>
      db
        .prepare(
          "SELECT a.status, a.notes FROM agreements a JOIN cities c ON c.id = a.city_id WHERE c.name = 'Tbilisi'",
        )
        .get() as { status: string; notes: string };
    const was = status();
    const fill = await importBytes(ctx, PARIS_IN_FRENCH, { onMatch: 'fill' });
    expect(status().status).toBe(was.status);
    const update = await importBytes(ctx, PARIS_IN_FRENCH, { onMatch: 'update' });
    expect(status().status).toBe('dormant');
    const change = update.result.changes.find(
      (c) => c.op === 'update' && c.label.includes('Tbilissi'),
    );
    expect(change?.fields).toContainEqual({
      field: 'status',
      before: was.status,
      after: 'dormant',
    });
    expect(fill.result.batchId).not.toBe(update.result.batchId);
  });
});

describe('undoing an import', () => {
  it('restores the exact previous state, also after a restart', async () => {
    const data = tempDatabase({ sample: true });
    const { db, ctx, file } = data;
    const before = dump(db);
    const { result } = await importBytes(ctx, PARIS_IN_FRENCH, { onMatch: 'update' });
    expect(result.created).toBeGreaterThan(0);
    expect(result.updated).toBeGreaterThan(0);
    expect(dump(db)).not.toBe(before);
    // Closed and opened again, as after quitting the app.
    closeDatabase(db);
    const reopened = openDatabase(file);
    // The temp database closes this handle when the test ends.
    data.db = reopened;
    {
      const [batch] = listBatches(reopened);
      expect(batch).toMatchObject({ id: result.batchId, fileName: 'registre.csv', undoneAt: null });
      const undone = undoBatch(reopened, result.batchId!);
      expect(undone).toMatchObject({ removed: result.created, restored: result.updated });
      expect(dump(reopened)).toBe(before);
      expect(listBatches(reopened)[0]!.undoneAt).not.toBeNull();
      const again = refused(reopened, () => undoBatch(reopened, result.batchId!));
      expect(again.key).toBe('import.undo.alreadyUndone');
    }
  });

  it('is refused, naming what was edited, when a record of the batch was edited after it', async () => {
    const { db, ctx } = tempDatabase();
    const { result } = await importBytes(ctx, PARIS_IN_FRENCH);
    const city = db.prepare("SELECT id FROM cities WHERE name = 'Tbilissi'").get() as {
      id: string;
    };
    updateCity(db, city.id, { region: 'Kartlie' });
    const error = refused(db, () => undoBatch(db, result.batchId!));
    expect(error.key).toBe('import.undo.editedSince');
    expect(error.message).toContain('Tbilissi');
  });
});
