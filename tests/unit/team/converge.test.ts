import { describe, expect, it } from 'vitest';
import { createCity, deleteCity, getCity, updateCity } from '../../../electron/services/cities/cities';
import { listConflicts, resolveConflict, teamStatus } from '../../../electron/services/team/team';
import { createAction } from '../../../electron/services/actions/crud';
import { deleteAgreement } from '../../../electron/services/agreements/agreements';
import { agreementIdByCity } from '../helpers/tempData';
import { dumpRegister, freshTeam, joinedDesktop, type Desktop } from './teamHarness';

/**
 * Three desktops edit offline, then sync in every order: they end with identical registers,
 * every field both sides changed is listed as a conflict (with both values), no edit is lost.
 */

const ORDERS = [
  [0, 1, 2],
  [0, 2, 1],
  [1, 0, 2],
  [1, 2, 0],
  [2, 0, 1],
  [2, 1, 0],
];

async function syncAll(desktops: Desktop[], order: number[]): Promise<void> {
  for (const i of order) await desktops[i]!.sync();
  // A second round: everyone pulls what the later ones pushed.
  for (const i of order) await desktops[i]!.sync();
}

describe('three desktops converge', () => {
  for (const order of ORDERS) {
    it(`order ${order.join('→')}`, async () => {
      const url = await freshTeam();
      const a = await joinedDesktop(url, 'Anne', { sample: true });
      const b = await joinedDesktop(url, 'Bruno');
      const c = await joinedDesktop(url, 'Chloé');
      expect(dumpRegister(b.db)).toEqual(dumpRegister(a.db));
      expect(dumpRegister(c.db)).toEqual(dumpRegister(a.db));

      const target = createCity(a.db, { name: 'Zugdidi Test', country: 'GE', notes: 'first' });
      const other = createCity(a.db, { name: 'Sopot Test', country: 'PL' });
      await a.sync();
      await b.sync();
      await c.sync();

      // Offline: same field on A and B; different fields on A and C; new records on each; a delete against an edit.
      updateCity(a.db, target.id, { notes: 'from Anne' });
      updateCity(b.db, target.id, { notes: 'from Bruno' });
      updateCity(c.db, target.id, { region: 'Kartli' });
      const fromB = createCity(b.db, { name: 'Braga Test', country: 'PT' });
      const fromC = createCity(c.db, { name: 'Olomouc Test', country: 'CZ' });
      deleteCity(a.db, other.id);
      updateCity(c.db, other.id, { notes: 'Chloé was here' });

      await syncAll([a, b, c], order);

      const reference = dumpRegister(a.db);
      expect(dumpRegister(b.db)).toEqual(reference);
      expect(dumpRegister(c.db)).toEqual(reference);
      for (const d of [a, b, c]) expect(teamStatus(d.db).pending).toBe(0);

      // Different fields merged; both new records everywhere.
      const merged = getCity(a.db, target.id);
      expect(merged.region).toBe('Kartli');
      expect(['from Anne', 'from Bruno']).toContain(merged.notes);
      expect(getCity(a.db, fromB.id).name).toBe('Braga Test');
      expect(getCity(a.db, fromC.id).name).toBe('Olomouc Test');

      // The same field: a conflict on both A and B, holding both values; none on C for notes.
      for (const d of [a, b]) {
        const notes = listConflicts(d.db).filter((x) => x.recordId === target.id && x.field === 'notes');
        expect(notes).toHaveLength(1);
        expect([notes[0]!.mine, notes[0]!.theirs].sort()).toEqual(['from Anne', 'from Bruno']);
      }
      expect(listConflicts(c.db).filter((x) => x.field === 'notes' && x.recordId === target.id)).toHaveLength(0);

      // The delete against the edit: listed on the deleter or the editor, with the edit kept.
      const deleteConflicts = [a, c].flatMap((d) => listConflicts(d.db).filter((x) => x.recordId === other.id && x.field === '_deleted'));
      expect(deleteConflicts.length).toBeGreaterThan(0);
      expect(JSON.stringify(deleteConflicts)).toContain('Chloé was here');

      // Choosing resolves it everywhere: B keeps its own notes.
      const bNotes = listConflicts(b.db).find((x) => x.recordId === target.id && x.field === 'notes')!;
      resolveConflict(b.db, { id: bNotes.id, choice: 'mine' });
      await syncAll([a, b, c], order);
      for (const d of [a, b, c]) expect(getCity(d.db, target.id).notes).toBe('from Bruno');
      expect(dumpRegister(c.db)).toEqual(dumpRegister(a.db));
      expect(dumpRegister(b.db)).toEqual(dumpRegister(a.db));
    });
  }
});

describe('a delete against work added under the deleted record', () => {
  it('an agreement deleted on A while B adds an action to it: both end without them, B keeps the action in its trash', async () => {
    const url = await freshTeam();
    const a = await joinedDesktop(url, 'Anne', { sample: true });
    const b = await joinedDesktop(url, 'Bruno');
    const agreementId = agreementIdByCity(a.db, 'Tbilisi');
    const action = createAction(b.db, { agreementId, title: 'Wine week', kind: 'workshop' });
    deleteAgreement(a.db, agreementId);
    await b.sync();
    await a.sync();
    await b.sync();
    await a.sync();
    expect(dumpRegister(b.db)).toEqual(dumpRegister(a.db));
    for (const d of [a, b]) {
      expect(d.db.prepare('SELECT count(*) FROM agreements WHERE id = ?').pluck().get(agreementId)).toBe(0);
      expect(d.db.prepare('SELECT count(*) FROM actions WHERE id = ?').pluck().get(action.id)).toBe(0);
    }
    // Nothing silently lost: B's action is in B's trash with the agreement.
    expect(b.db.prepare('SELECT count(*) FROM trash_members WHERE entity_id = ?').pluck().get(action.id)).toBe(1);
    for (const d of [a, b]) expect(teamStatus(d.db).pending).toBe(0);
    // A was told: B's action could not be placed under the agreement A had deleted.
    expect(listConflicts(a.db).filter((c) => c.recordId === action.id).map((c) => c.field)).toEqual(['_apply']);
  });
});
