import { randomUUID } from 'node:crypto';

/** The current instant as stored in every record's timestamps (ISO 8601, UTC). */
export function now(): string {
  return new Date().toISOString();
}

let lastMs = 0;
let counter = 0;

/**
 * A new record id: a UUID, unique across desktops — version 7 (RFC 9562): 48 bits of
 * milliseconds, a 12-bit counter within the millisecond, then 62 random bits.
 *
 * Why not random (v4): ids are the primary keys and are indexed wherever they are referenced.
 * Random keys land anywhere in those B-trees, so a 100,000-row import touched pages all over a
 * file larger than the page cache; ids that grow with time are appended at the right edge.
 * The ids stay unique across desktops through their random part.
 */
export function newId(): string {
  let ms = Date.now();
  if (ms <= lastMs) {
    counter += 1;
    if (counter > 0xfff) {
      lastMs += 1;
      counter = 0;
    }
    ms = lastMs;
  } else {
    lastMs = ms;
    counter = 0;
  }
  // A v4 UUID's random part and variant, behind the time and the counter.
  const time = ms.toString(16).padStart(12, '0');
  return `${time.slice(0, 8)}-${time.slice(8)}-7${counter.toString(16).padStart(3, '0')}${randomUUID().slice(18)}`;
}
