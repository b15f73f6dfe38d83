import type Database from 'better-sqlite3';

/**
 * A hybrid logical clock, as Actual Budget stamps its sync messages: wall time in milliseconds,
 * a counter for events within one millisecond (or while the wall clock lags a clock already
 * seen), and the desktop's id, which breaks ties. The text form sorts like the clock:
 * `2026-12-04T20:50:00.000Z-0000-<desktop id>`, so `a > b` compares two stamps.
 *
 * Skew is bounded: a remote stamp more than `MAX_SKEW_MS` ahead of this desktop's wall clock
 * does not drag the local clock along (`receive` clamps it), and the server refuses a push
 * stamped that far ahead of its own clock (see services/team/server/push.ts).
 */

/** How far ahead of the local (or server) wall clock a stamp may be: 5 minutes. */
export const MAX_SKEW_MS = 5 * 60_000;

const COUNTER_MAX = 0xffff;

interface ClockState {
  millis: number;
  counter: number;
  node: string;
}

/** Each database's clock, with the wall clock it reads (replaced by tests to skew one desktop). */
const clocks = new WeakMap<Database.Database, ClockState>();
const walls = new WeakMap<Database.Database, () => number>();

/** Makes `db`'s clock read `wall` instead of `Date.now` (tests skew a desktop's clock with it). */
export function setWallClock(db: Database.Database, wall: () => number): void {
  walls.set(db, wall);
}

/** The wall clock of `db` in milliseconds. */
export function wallNow(db: Database.Database): number {
  return (walls.get(db) ?? Date.now)();
}

/** The text form of a stamp. */
export function formatStamp(millis: number, counter: number, node: string): string {
  return `${new Date(millis).toISOString()}-${counter.toString(16).padStart(4, '0')}-${node}`;
}

/** The parts of a stamp, or null when the text is not one. */
export function parseStamp(stamp: string): ClockState | null {
  const match = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)-([0-9a-f]{4})-(.+)$/.exec(stamp);
  if (!match) return null;
  const millis = Date.parse(match[1]!);
  if (Number.isNaN(millis)) return null;
  return { millis, counter: parseInt(match[2]!, 16), node: match[3]! };
}

function state(db: Database.Database, node: string): ClockState {
  let clock = clocks.get(db);
  if (!clock || clock.node !== node) {
    // Restart from the last stamp this desktop wrote, so a clock set back never reissues one.
    const last = db.prepare(`SELECT value FROM sync_state WHERE key = 'clock'`).pluck().get() as string | undefined;
    const parsed = last ? parseStamp(last) : null;
    clock = { millis: parsed?.millis ?? 0, counter: parsed?.counter ?? 0, node };
    clocks.set(db, clock);
  }
  return clock;
}

function save(db: Database.Database, clock: ClockState): string {
  const stamp = formatStamp(clock.millis, clock.counter, clock.node);
  db.prepare(`INSERT INTO sync_state (key, value) VALUES ('clock', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(stamp);
  return stamp;
}

/** A new stamp for a local event on the desktop `node`, later than every stamp seen. */
export function tick(db: Database.Database, node: string): string {
  const clock = state(db, node);
  const wall = wallNow(db);
  // A clock that ran far ahead (the wall clock was wrong, and has been set right) comes back:
  // its stamps would be refused by the server and would win every merge.
  if (clock.millis > wall + MAX_SKEW_MS) {
    clock.millis = wall;
    clock.counter = 0;
  }
  if (wall > clock.millis) {
    clock.millis = wall;
    clock.counter = 0;
  } else {
    clock.counter += 1;
    if (clock.counter > COUNTER_MAX) {
      clock.millis += 1;
      clock.counter = 0;
    }
  }
  return save(db, clock);
}

/**
 * Moves the clock past a stamp received from another desktop, so the next local event sorts
 * after it. A stamp more than `MAX_SKEW_MS` ahead of the wall clock moves it only that far.
 */
export function receive(db: Database.Database, node: string, remote: string): void {
  const parsed = parseStamp(remote);
  if (!parsed) return;
  const clock = state(db, node);
  const limit = wallNow(db) + MAX_SKEW_MS;
  const millis = Math.min(parsed.millis, limit);
  if (millis > clock.millis) {
    clock.millis = millis;
    clock.counter = millis === parsed.millis ? parsed.counter : 0;
    save(db, clock);
  }
}

/** Forgets the cached clock of `db` (after the sync tables were reset). */
export function forgetClock(db: Database.Database): void {
  clocks.delete(db);
}
