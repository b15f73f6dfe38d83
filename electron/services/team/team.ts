import type Database from 'better-sqlite3';
import type { HandlerContext } from '../../core/context';
import { DomainError } from '../../core/errors';
import { reportChanges } from '../../core/changes';
import { remoteChangeFeed } from '../../core/remoteChanges';
import { forgetClock, tick } from '../../core/hlc';
import { DESKTOP_ID_KEY, desktopIdOf, forgetDesktopId, withoutOutbox } from '../../core/outbox';
import { newId } from '../common/clock';
import { rebuildSearchIndex } from '../search/searchIndex';
import {
  teamConnectionSchema,
  teamJoinSchema,
  type SyncResult,
  type TeamChanges,
  type TeamConflict,
  type TeamFailure,
  type TeamConnection,
  type TeamConnectionTest,
  type TeamJoin,
  type TeamJoinResult,
  type TeamMember,
  type TeamResolve,
  type TeamStatus,
  teamResolveSchema,
} from '../../../shared/schemas/team';
import { conflictCount, listConflicts as storedConflicts, resolveConflict as resolveStored } from './conflicts';
import { markEverything, pendingCount } from './outbox';
import { passwordStore } from './password';
import { SYNCED_ENTITIES, TABLE_OF } from './records';
import { passwordInUrl, withServer, withoutPassword, type ServerAddress } from './server/connect';
import { listServerMembers, teamIsEmpty, upsertMember, type ServerMember } from './server/exchange';
import { assertServerSchema, migrateServer, serverSchemaVersion, grantAppRole } from './server/schema';
import { STATE, getState, setState } from './state';
import { syncWith, type SyncOptions } from './sync';

/**
 * The team façade: what the Team screen (through IPC) and the command line call. Local reads
 * (`teamStatus`, `listConflicts`) never touch the network; the rest talk to the server and
 * answer with a promise. A server that cannot be reached is one `DomainError`
 * (`errors.team.unreachable`) and leaves the register as it was.
 */

function address(url: string, password?: string): ServerAddress {
  return { url, password: password ?? passwordInUrl(url) ?? passwordStore().read() };
}

function storedAddress(db: Database.Database): ServerAddress {
  const url = getState(db, STATE.server);
  if (!url || !desktopIdOf(db)) throw new DomainError('conflict', 'errors.team.notJoined', 'This desktop has not joined a team; run: accords team join URL --as "Name"');
  return address(url);
}

function cachedMembers(db: Database.Database): TeamMember[] {
  const self = desktopIdOf(db);
  const members = JSON.parse(getState(db, STATE.members) ?? '[]') as ServerMember[];
  return members.map((m) => ({ ...m, self: m.desktopId === self }));
}

/** Where this desktop stands, from local state only. */
export function teamStatus(db: Database.Database): TeamStatus {
  const lastError = getState(db, STATE.lastError);
  return {
    joined: desktopIdOf(db) !== null,
    server: getState(db, STATE.server),
    memberName: getState(db, STATE.memberName),
    desktopId: desktopIdOf(db),
    pending: pendingCount(db),
    lastSync: getState(db, STATE.lastSync),
    conflicts: conflictCount(db),
    members: cachedMembers(db),
    connected: getState(db, STATE.connected) === 'true',
    lastError: lastError ? (JSON.parse(lastError) as TeamStatus['lastError']) : null,
  };
}

/** Tries the server: reachable, its version, whether Accords' schema is there. Never throws. */
export async function testConnection(connection: TeamConnection): Promise<TeamConnectionTest> {
  const { url, password } = teamConnectionSchema.parse(connection);
  try {
    return await withServer(address(url, password), async (client) => {
      const version = (await client.query<{ v: string }>(`SELECT split_part(version(), ' on ', 1) AS v`)).rows[0]?.v ?? null;
      const schemaVersion = await serverSchemaVersion(client);
      try {
        // A server IT has not set up yet, or one a newer Accords set up, is said as such.
        await assertServerSchema(client);
      } catch (refusal) {
        const e = refusal as DomainError;
        return { ok: false, serverVersion: version, schemaVersion, members: 0, error: failureOf(e, 'errors.team.notInitialised') };
      }
      const members = (await listServerMembers(client)).length;
      return { ok: true, serverVersion: version, schemaVersion, members, error: null };
    });
  } catch (error) {
    const e = error as DomainError;
    return { ok: false, serverVersion: null, schemaVersion: 0, members: 0, error: failureOf(e, 'errors.team.unreachable') };
  }
}

/** Creates or migrates the team schema on the server (run once by IT); grants `appRole` if named. */
export async function initServer(url: string, options: { password?: string; appRole?: string } = {}): Promise<{ from: number; to: number }> {
  return withServer(address(url, options.password), async (client) => {
    const result = await migrateServer(client);
    if (options.appRole) await grantAppRole(client, options.appRole);
    return result;
  });
}

/**
 * Joins a team. An empty team takes this desktop's register (`upload`); a team that holds a
 * register replaces this desktop's after a backup of it (`download`). `upload` into a
 * non-empty team is refused: two registers are not merged blindly.
 */
export async function joinTeam(ctx: HandlerContext, request: TeamJoin, options: SyncOptions = {}): Promise<TeamJoinResult> {
  const { url, password, name, mode } = teamJoinSchema.parse(request);
  const server = address(url, password);
  const plan = await withServer(server, async (client) => {
    await assertServerSchema(client);
    const empty = await teamIsEmpty(client);
    if (mode === 'upload' && !empty) {
      throw new DomainError('conflict', 'errors.team.notEmpty', 'The team already has a register: join with --download (a backup of this desktop is taken first)');
    }
    const chosen: 'upload' | 'download' = mode === 'auto' ? (empty ? 'upload' : 'download') : mode;
    const desktopId = desktopIdOf(ctx.db) ?? newId().replace(/-/g, '').slice(0, 16);
    await upsertMember(client, desktopId, name);
    return { chosen, desktopId };
  });
  let backup: string | null = null;
  if (plan.chosen === 'download' && hasRegister(ctx.db)) backup = ctx.takeBackup('import').file;
  ctx.db.transaction(() => {
    resetSyncTables(ctx.db);
    if (plan.chosen === 'download') withoutOutbox(ctx.db, () => clearRegister(ctx.db));
    setState(ctx.db, DESKTOP_ID_KEY, plan.desktopId);
    setState(ctx.db, STATE.server, withoutPassword(url));
    setState(ctx.db, STATE.memberName, name);
    forgetDesktopId(ctx.db);
    forgetClock(ctx.db);
    if (plan.chosen === 'upload') markEverything(ctx.db, tick(ctx.db, plan.desktopId));
  })();
  if (server.password) passwordStore().save(server.password);
  await syncNow(ctx, { ...options, server });
  return { mode: plan.chosen, backup, status: teamStatus(ctx.db) };
}

function hasRegister(db: Database.Database): boolean {
  return SYNCED_ENTITIES.some((e) => db.prepare(`SELECT 1 FROM ${TABLE_OF[e]} LIMIT 1`).get() !== undefined);
}

function resetSyncTables(db: Database.Database): void {
  for (const table of ['sync_state', 'sync_outbox', 'sync_fields', 'sync_pending', 'sync_conflicts']) db.prepare(`DELETE FROM ${table}`).run();
}

/** Empties the register (before downloading the team's); the trash and history go too. */
function clearRegister(db: Database.Database): void {
  for (const entity of [...SYNCED_ENTITIES].reverse()) db.prepare(`DELETE FROM ${TABLE_OF[entity]}`).run();
  db.prepare('DELETE FROM trash').run();
  rebuildSearchIndex(db);
}

const running = new WeakMap<Database.Database, Promise<SyncResult>>();

/** Pushes and pulls now. A sync already running is joined rather than doubled. */
export function syncNow(ctx: HandlerContext, options: SyncOptions & { server?: ServerAddress } = {}): Promise<SyncResult> {
  const inFlight = running.get(ctx.db);
  if (inFlight) return inFlight;
  // A desktop not in a team is refused at once, as an error answer, before anything starts.
  const server = options.server ?? storedAddress(ctx.db);
  const work = runSync(ctx, { ...options, server }).finally(() => running.delete(ctx.db));
  running.set(ctx.db, work);
  return work;
}

async function runSync(ctx: HandlerContext, options: SyncOptions & { server?: ServerAddress }): Promise<SyncResult> {
  const db = ctx.db;
  const server = options.server ?? storedAddress(db);
  const desktop = desktopIdOf(db)!;
  try {
    const counts = await withServer(server, async (client) => {
      await assertServerSchema(client);
      // Members first: what is applied is filed under its author's name (history, conflicts).
      setState(db, STATE.members, JSON.stringify(await listServerMembers(client)));
      return syncWith(db, ctx.dataDir, client, desktop, options);
    });
    setState(db, STATE.connected, 'true');
    setState(db, STATE.lastError, null);
    // The screens hear of what was applied through the feed (`team:changes`).
    remoteChangeFeed(db).push(counts.applied.map((a) => ({ entity: a.entity, id: a.id, op: a.op })));
    return {
      pushed: counts.pushed,
      pulled: counts.pulled,
      applied: counts.applied.length,
      conflicts: counts.conflicts,
      lastSync: getState(db, STATE.lastSync)!,
      changes: counts.applied.map((a) => ({ entity: a.entity, id: a.id, op: a.op })),
    };
  } catch (error) {
    const e = error as Partial<DomainError> & Error;
    setState(db, STATE.connected, e.key === 'errors.team.unreachable' || e.key === 'errors.team.authFailed' ? 'false' : 'true');
    setState(db, STATE.lastError, JSON.stringify(failureOf(e, 'errors.team.syncFailed')));
    throw error;
  }
}

/** The team's members: asked of the server, or as known at the last sync when it cannot be reached. */
export async function listMembers(db: Database.Database): Promise<TeamMember[]> {
  try {
    const members = await withServer(storedAddress(db), (client) => listServerMembers(client));
    setState(db, STATE.members, JSON.stringify(members));
  } catch {
    // Offline: the members known at the last sync.
  }
  return cachedMembers(db);
}

/** A failure as the screens show it: its sentence's key and params, and the English message. */
function failureOf(error: Partial<DomainError> & Error, fallbackKey: string): TeamFailure {
  return { key: error.key ?? fallbackKey, message: error.message, params: error.params ?? {} };
}

/**
 * What syncs applied since `since` (a position `remoteChanges` gave), reported as this call's
 * changes so the envelope carries them to the screens; answers the position to ask from next.
 */
export function remoteChanges(db: Database.Database, since: number | undefined): TeamChanges {
  const { position, changes } = remoteChangeFeed(db).since(since);
  reportChanges(db, changes);
  return { position };
}

/**
 * This desktop leaves its team: it stops syncing and keeps its register as it is; what was not
 * pushed stays here only, and open conflicts are dropped with the rest of the sync state. The
 * saved password is forgotten. Joining again starts afresh (upload to an empty team, or download).
 */
export function leaveTeam(db: Database.Database): TeamStatus {
  db.transaction(() => {
    resetSyncTables(db);
    forgetDesktopId(db);
    forgetClock(db);
  })();
  passwordStore().clear?.();
  return teamStatus(db);
}

export function listConflicts(db: Database.Database): TeamConflict[] {
  return storedConflicts(db);
}

export function resolveConflict(db: Database.Database, request: TeamResolve): TeamConflict {
  const { id, choice } = teamResolveSchema.parse(request);
  const desktop = desktopIdOf(db);
  if (!desktop) throw new DomainError('conflict', 'errors.team.notJoined', 'This desktop has not joined a team');
  return resolveStored(db, desktop, id, choice);
}
