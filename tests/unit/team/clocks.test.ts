import { describe, expect, it } from 'vitest';
import { MAX_SKEW_MS, formatStamp, parseStamp, receive, setWallClock, tick } from '../../../electron/core/hlc';
import { createCity, getCity, updateCity } from '../../../electron/services/cities/cities';
import { listConflicts, syncNow, teamStatus } from '../../../electron/services/team/team';
import { tempDatabase } from '../helpers/tempData';
import { dumpRegister, freshTeam, joinedDesktop } from './teamHarness';

describe('the hybrid logical clock', () => {
  it('never goes back, orders events in one millisecond, and sorts as text', () => {
    const { db } = tempDatabase();
    let wall = Date.parse('2026-12-04T10:00:00.000Z');
    setWallClock(db, () => wall);
    const first = tick(db, 'a');
    const second = tick(db, 'a');
    wall -= 60_000; // the wall clock set back a minute
    const third = tick(db, 'a');
    expect(first < second && second < third).toBe(true);
    expect(parseStamp(third)!.millis).toBe(Date.parse('2026-12-04T10:00:00.000Z'));
    expect(formatStamp(0, 10, 'x')).toBe('1970-01-01T00:00:00.000Z-000a-x');
  });

  it('moves past a remote stamp, but a stamp too far ahead drags it only MAX_SKEW_MS', () => {
    const { db } = tempDatabase();
    const wall = Date.parse('2026-12-04T10:00:00.000Z');
    setWallClock(db, () => wall);
    receive(db, 'a', formatStamp(wall + 60_000, 3, 'b'));
    expect(tick(db, 'a') > formatStamp(wall + 60_000, 3, 'b')).toBe(true);
    receive(db, 'a', formatStamp(wall + 24 * 3600_000, 0, 'c'));
    expect(parseStamp(tick(db, 'a'))!.millis).toBeLessThanOrEqual(wall + MAX_SKEW_MS);
  });
});

describe('skewed clocks between desktops', () => {
  it('a desktop a few minutes behind still converges; the later clock wins and the conflict is listed', async () => {
    const url = await freshTeam();
    const a = await joinedDesktop(url, 'Anne');
    const b = await joinedDesktop(url, 'Bruno');
    const id = createCity(a.db, { name: 'Lund', country: 'SE' }).id;
    await a.sync();
    await b.sync();
    setWallClock(b.db, () => Date.now() - 3 * 60_000); // B's clock is three minutes slow
    updateCity(a.db, id, { notes: 'Anne first' });
    updateCity(b.db, id, { notes: 'Bruno later, slow clock' });
    await a.sync();
    await b.sync();
    await a.sync();
    // A's stamp is later (B's wall clock lags): A's value wins everywhere, B's kept in the conflict.
    expect(getCity(a.db, id).notes).toBe('Anne first');
    expect(getCity(b.db, id).notes).toBe('Anne first');
    expect(dumpRegister(b.db)).toEqual(dumpRegister(a.db));
    const conflict = listConflicts(b.db).find((c) => c.recordId === id && c.field === 'notes')!;
    expect(conflict).toMatchObject({ mine: 'Bruno later, slow clock', theirs: 'Anne first', kept: 'theirs' });
    // B edits again after seeing A's value: its clock moved past A's, so its edit wins.
    updateCity(b.db, id, { notes: 'Bruno, after reading Anne' });
    await b.sync();
    await a.sync();
    expect(getCity(a.db, id).notes).toBe('Bruno, after reading Anne');
  });

  it('a desktop an hour ahead is refused by the server with a clear error, nothing applied; once set right it syncs', async () => {
    const url = await freshTeam();
    const a = await joinedDesktop(url, 'Anne');
    const b = await joinedDesktop(url, 'Bruno');
    setWallClock(b.db, () => Date.now() + 3600_000);
    const id = createCity(b.db, { name: 'Uppsala', country: 'SE' }).id;
    const refused = await syncNow(b.ctx).catch((e: unknown) => e as { key?: string; message: string });
    expect(refused).toMatchObject({ key: 'errors.team.clockAhead' });
    expect(teamStatus(b.db).lastError?.key).toBe('errors.team.clockAhead');
    await a.sync();
    expect(a.db.prepare('SELECT count(*) FROM cities WHERE id = ?').pluck().get(id)).toBe(0);
    setWallClock(b.db, () => Date.now());
    await b.sync();
    await a.sync();
    expect(getCity(a.db, id).name).toBe('Uppsala');
    expect(dumpRegister(a.db)).toEqual(dumpRegister(b.db));
  });
});
