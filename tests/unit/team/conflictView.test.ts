import { describe, expect, it } from 'vitest';
import { setWallClock } from '../../../electron/core/hlc';
import { createCity, updateCity } from '../../../electron/services/cities/cities';
import { listConflicts } from '../../../electron/services/team/team';
import { freshTeam, joinedDesktop } from './teamHarness';

describe('a conflict as the Team screen shows it', () => {
  it('says who changed the other value and when they did, by their clock', async () => {
    const url = await freshTeam();
    const anne = await joinedDesktop(url, 'Anne');
    const bruno = await joinedDesktop(url, 'Bruno');
    const city = createCity(anne.db, { name: 'Montevideo', country: 'UY' });
    await anne.sync();
    await bruno.sync();

    // Bruno's computer runs a minute ahead (tolerated): the stamp is his clock's, not Anne's.
    const brunoEdited = Math.floor(Date.now() / 1000) * 1000 + 60_000;
    setWallClock(bruno.db, () => brunoEdited);
    updateCity(anne.db, city.id, { notes: 'from Anne' });
    updateCity(bruno.db, city.id, { notes: 'from Bruno' });
    await bruno.sync();
    await anne.sync();

    const [conflict, ...more] = listConflicts(anne.db);
    expect(more).toEqual([]);
    expect(conflict).toMatchObject({
      entity: 'city',
      recordId: city.id,
      field: 'notes',
      mine: 'from Anne',
      theirs: 'from Bruno',
      theirsBy: 'Bruno',
      theirsAt: new Date(brunoEdited).toISOString(),
    });
  });
});
