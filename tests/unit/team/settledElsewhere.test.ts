import { describe, expect, it } from 'vitest';
import { createCity, getCity, updateCity } from '../../../electron/services/cities/cities';
import { listConflicts, resolveConflict, teamStatus } from '../../../electron/services/team/team';
import { dumpRegister, freshTeam, joinedDesktop, notesConflict } from './teamHarness';

/**
 * A conflict settled on one desktop closes on the other desktop that had it too: the
 * settlement's clock is later than both conflicting values, so it is recognised as such when
 * pulled, and the closed conflict keeps who settled it, when, and the value chosen.
 */

describe('a conflict settled elsewhere', () => {
  for (const choice of ['mine', 'theirs'] as const) {
    it(`B settles the conflict A and B share (keeping ${choice === 'mine' ? 'its own' : 'Anne’s'} value): after syncing, A lists none and all three registers are identical`, async () => {
      const url = await freshTeam();
      const a = await joinedDesktop(url, 'Anne', { sample: true });
      const b = await joinedDesktop(url, 'Bruno');
      const c = await joinedDesktop(url, 'Chloé');
      const city = createCity(a.db, { name: 'Zugdidi Test', country: 'GE', notes: 'first' });
      for (const d of [a, b, c]) await d.sync();

      updateCity(a.db, city.id, { notes: 'from Anne' });
      updateCity(b.db, city.id, { notes: 'from Bruno' });
      for (const d of [a, b, c, a, b, c]) await d.sync();
      for (const d of [a, b])
        expect(listConflicts(d.db).filter((x) => x.recordId === city.id)).toHaveLength(1);
      expect(teamStatus(a.db).conflicts).toBe(1);

      const onB = listConflicts(b.db).find((x) => x.recordId === city.id)!;
      resolveConflict(b.db, { id: onB.id, choice });
      const settled = choice === 'mine' ? 'from Bruno' : 'from Anne';
      expect(listConflicts(b.db)).toHaveLength(0);
      await b.sync();
      await a.sync();
      await c.sync();

      expect(listConflicts(a.db)).toHaveLength(0);
      expect(teamStatus(a.db).conflicts).toBe(0);
      for (const d of [a, b, c]) expect(getCity(d.db, city.id).notes).toBe(settled);
      expect(dumpRegister(b.db)).toEqual(dumpRegister(a.db));
      expect(dumpRegister(c.db)).toEqual(dumpRegister(a.db));

      // Closed as settled elsewhere: no choice of A's, the value Bruno chose, by Bruno.
      const closed = a.db
        .prepare('SELECT * FROM sync_conflicts WHERE record_id = ?')
        .get(city.id) as Record<string, unknown>;
      expect(closed.resolved_at).not.toBeNull();
      expect(closed.choice).toBeNull();
      expect(closed.theirs_by).toBe('Bruno');
      expect(JSON.parse(closed.theirs as string)).toBe(settled);
    });
  }

  it('a later change of another field of the record leaves the conflict open', async () => {
    const { a, b, city } = await notesConflict();
    // Both A and B hold the conflict; a change of another field settles nothing.
    updateCity(b.db, city.id, { region: 'Minho' });
    await b.sync();
    await a.sync();
    expect(
      listConflicts(a.db).filter((x) => x.recordId === city.id && x.field === 'notes'),
    ).toHaveLength(1);
    expect(getCity(a.db, city.id).region).toBe('Minho');
  });
});
