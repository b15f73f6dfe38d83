import { randomUUID } from 'node:crypto';

/** The current instant as stored in every record's timestamps (ISO 8601, UTC). */
export function now(): string {
  return new Date().toISOString();
}

/** A new record id: a UUID, unique across desktops. */
export function newId(): string {
  return randomUUID();
}
