import { z } from 'zod';
import type { Change } from '../ipc/changes';

/**
 * Team sharing: several desktops share one register through a PostgreSQL server. Each desktop
 * keeps working offline; a sync pushes what it changed and pulls what the others changed.
 */

/** How a desktop joins: `auto` uploads its register to an empty team, downloads a non-empty one. */
export const JOIN_MODES = ['auto', 'upload', 'download'] as const;
export type JoinMode = (typeof JOIN_MODES)[number];

/** Which value the user keeps for a conflict: their own, or the other desktop's. */
export const CONFLICT_CHOICES = ['mine', 'theirs'] as const;
export type ConflictChoice = (typeof CONFLICT_CHOICES)[number];

/** A `postgres://` or `postgresql://` connection string (its password is never stored). */
export const teamUrlSchema = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .refine((url) => /^postgres(ql)?:\/\/[^\s]+$/.test(url), {
    params: { key: 'errors.team.urlInvalid' },
  });

export const teamConnectionSchema = z.strictObject({
  url: teamUrlSchema,
  /** The password, when not in the URL; kept encrypted by the desktop, never in clear. */
  password: z.string().max(500).optional(),
});
export type TeamConnection = z.input<typeof teamConnectionSchema>;

export const teamJoinSchema = z.strictObject({
  url: teamUrlSchema,
  password: z.string().max(500).optional(),
  /** The member's name, as the others see it. */
  name: z
    .string()
    .trim()
    .min(1)
    .max(120),
  mode: z.enum(JOIN_MODES).default('auto'),
});
export type TeamJoin = z.input<typeof teamJoinSchema>;

export const teamResolveSchema = z.strictObject({
  id: z.string().min(1).max(100),
  choice: z.enum(CONFLICT_CHOICES),
});
export type TeamResolve = z.input<typeof teamResolveSchema>;

/** One desktop of the team. */
export interface TeamMember {
  desktopId: string;
  name: string;
  joinedAt: string;
  /** When it last pushed or pulled (ISO 8601, UTC). */
  lastSeenAt: string;
  /** True for this desktop. */
  self: boolean;
}

/** Where this desktop stands. `server` is the connection string without its password. */
export interface TeamStatus {
  joined: boolean;
  server: string | null;
  memberName: string | null;
  desktopId: string | null;
  /** Local changes (records) not yet pushed. */
  pending: number;
  /** When the last sync finished (ISO 8601, UTC), null before the first one. */
  lastSync: string | null;
  /** Open conflicts awaiting the user's choice. */
  conflicts: number;
  /** The members known at the last sync. */
  members: TeamMember[];
  /** True when the last attempt to reach the server succeeded. */
  connected: boolean;
  /** The last sync's failure (an i18n key and its params), null when it succeeded. */
  lastError: TeamFailure | null;
}

/** Why the server could not be used: the sentence's i18n key and its params, and an English message. */
export interface TeamFailure {
  key: string;
  message: string;
  params?: Record<string, string | number>;
}

/**
 * "What did syncs bring since position N?" — the screens ask now and then; the answer's
 * envelope carries those changes, so they refresh as after one's own writes.
 */
export const teamChangesSchema = z.strictObject({
  since: z.number().int().min(0).optional(),
});
export type TeamChangesRequest = z.input<typeof teamChangesSchema>;

/** Where the feed stands, to ask from next time; whether a sync is running now. */
export interface TeamChanges {
  position: number;
}

/** Both values of a field changed on two desktops since they last met. */
export interface TeamConflict {
  id: string;
  /** The kind of record, as history names it (`agreement`, `city`…). */
  entity: string;
  recordId: string;
  /** The record's name at the time, for the list. */
  label: string;
  /** The column (or `_deleted` for a delete against an edit). */
  field: string;
  mine: unknown;
  theirs: unknown;
  /** Which value the record holds now (the later clock won). */
  kept: ConflictChoice;
  theirsBy: string;
  /** When the other desktop made its change (its clock, ISO 8601 UTC), null when unknown. */
  theirsAt: string | null;
  detectedAt: string;
}

/** What a test of the connection found. */
export interface TeamConnectionTest {
  ok: boolean;
  /** The server's version (e.g. `PostgreSQL 15.8`), when reached. */
  serverVersion: string | null;
  /** The team schema's version on the server, 0 when not created yet. */
  schemaVersion: number;
  /** How many members have joined. */
  members: number;
  /** When not ok: an i18n key (with its params) and the driver's message. */
  error: TeamFailure | null;
}

/**
 * What one sync did. `changes` lists the records other desktops changed that this sync wrote
 * into the register, in the change feed's form: the renderer refreshes what shows them
 * (`planForChanges`), as it does for the `changes` of any write's envelope.
 */
export interface SyncResult {
  pushed: number;
  pulled: number;
  applied: number;
  conflicts: number;
  lastSync: string;
  changes: Change[];
}

/** What joining did: whether the local register was uploaded or replaced by the team's. */
export interface TeamJoinResult {
  mode: 'upload' | 'download';
  /** The backup taken of this desktop's own register before a download, if one was. */
  backup: string | null;
  status: TeamStatus;
}
