import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCity, deleteCity, getCity, updateCity } from '../../../electron/services/cities/cities';
import { createAction } from '../../../electron/services/actions/crud';
import { listConflicts, resolveConflict, teamStatus } from '../../../electron/services/team/team';
import { currentUserName } from '../../../electron/services/history/audit';
import { agreementIdByCity } from '../helpers/tempData';
import { freshTeam, joinedDesktop, notesConflict } from './teamHarness';

/**
 * Changes applied from other desktops leave history lines on the receiving desktop, under the
 * name of the member who made them, and nothing goes back out through the outbox.
 */

interface Line {
  user: string;
  action: string;
  label: string;
  changes: string;
  parent: string | null;
}

function linesOf(db: Database.Database, id: string): Line[] {
  return db
    .prepare('SELECT user_name AS user, action, label, changes, parent_id AS parent FROM audit_log WHERE entity_id = ? ORDER BY created_at, rowid')
    .all(id) as Line[];
}

describe('history of changes from other desktops', () => {
  it('a create, an update and a delete made on A are in B’s history under Anne’s name', async () => {
    const url = await freshTeam();
    const a = await joinedDesktop(url, 'Anne', { sample: true });
    const b = await joinedDesktop(url, 'Bruno');
    const city = createCity(a.db, { name: 'Zugdidi Test', country: 'GE', notes: 'first' });
    await a.sync();
    await b.sync();
    updateCity(a.db, city.id, { notes: 'second' });
    await a.sync();
    await b.sync();
    deleteCity(a.db, city.id);
    await a.sync();
    await b.sync();

    const lines = linesOf(b.db, city.id);
    expect(lines.map((l) => [l.user, l.action])).toEqual([
      ['Anne', 'create'],
      ['Anne', 'update'],
      ['Anne', 'delete'],
    ]);
    expect(lines[0]!.label).toBe('Zugdidi Test');
    expect(JSON.parse(lines[1]!.changes)).toEqual({ notes: ['first', 'second'] });
    // The delete went to B's trash under Anne's name too.
    expect(b.db.prepare('SELECT deleted_by FROM trash WHERE entity_id = ?').pluck().get(city.id)).toBe('Anne');
    // Recording history sent nothing back.
    expect(teamStatus(b.db).pending).toBe(0);
  });

  it('an action added on B is filed under its agreement in A’s history, by Bruno; B’s own line stays B’s', async () => {
    const url = await freshTeam();
    const a = await joinedDesktop(url, 'Anne', { sample: true });
    const b = await joinedDesktop(url, 'Bruno');
    await b.sync();
    const agreementId = agreementIdByCity(b.db, 'Tbilisi');
    const action = createAction(b.db, { agreementId, title: 'Wine week', kind: 'workshop' });
    await b.sync();
    await a.sync();
    const onA = linesOf(a.db, action.id);
    expect(onA).toHaveLength(1);
    expect(onA[0]).toMatchObject({ user: 'Bruno', action: 'create', label: 'Wine week', parent: agreementId });
    expect(linesOf(b.db, action.id).map((l) => l.action)).toEqual(['create']);
    // Nothing to apply the second time: no new line.
    await a.sync();
    expect(linesOf(a.db, action.id)).toHaveLength(1);
  });
});

describe('history of a conflict settled here', () => {
  it('choosing the other value writes an update line under this desktop’s user', async () => {
    const { a, city } = await notesConflict();
    const conflict = listConflicts(a.db).find((x) => x.recordId === city.id)!;
    const kept = getCity(a.db, city.id).notes;
    const other = kept === 'from Anne' ? 'theirs' : 'mine';
    const before = linesOf(a.db, city.id).length;
    resolveConflict(a.db, { id: conflict.id, choice: other });
    const lines = linesOf(a.db, city.id);
    expect(lines).toHaveLength(before + 1);
    expect(lines.at(-1)).toMatchObject({ user: currentUserName(a.db), action: 'update' });
    expect(JSON.parse(lines.at(-1)!.changes)).toEqual({ notes: [kept, kept === 'from Anne' ? 'from Bruno' : 'from Anne'] });
  });
});
