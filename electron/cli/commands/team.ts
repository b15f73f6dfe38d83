import { join } from 'node:path';
import { openAppContext } from '../../app/context';
import type { HandlerContext } from '../../core/context';
import { environmentPassword } from '../../services/team/password';
import { serveEmbedded } from '../../services/team/serve';
import { initServer, joinTeam, listConflicts, resolveConflict, syncNow, teamStatus } from '../../services/team/team';
import type { SyncResult, TeamConflict } from '../../../shared/schemas/team';
import { CliError, type CliCommand, type CliIo, type FolderCommand } from '../types';

/**
 * The command line's door to team sharing. The password is never an argument: it comes from
 * PGPASSWORD or a 0600 file named by ACCORDS_TEAM_PASSWORD_FILE (see services/team/password.ts).
 *
 *   team init URL [--app-role ROLE]      create or migrate the team schema (IT, once)
 *   team join URL --as NAME [--upload|--download]
 *   team status [--json]                 {pending, lastSync, conflicts}
 *   team conflicts [--json]
 *   team resolve ID mine|theirs
 *   team serve [--dir DIR] [--port N] [--tls-cert F --tls-key F]
 *   sync [--json]
 */

type Values = Record<string, string | boolean | string[] | undefined>;

const USAGE = 'team init|join|status|conflicts|resolve|serve … (see `team help`)';

const DETAILS = [
  'team init URL [--app-role ROLE]              Create or migrate the team schema on PostgreSQL (once, by IT)',
  'team join URL --as "Name" [--upload|--download]  Join the team: upload this register to an empty team, or download the team’s',
  'team status [--json]                         Pending changes, last sync, conflicts',
  'team conflicts [--json]                      Fields changed on two desktops, both values',
  'team resolve ID mine|theirs                  Keep your value or the other desktop’s',
  'team serve [--dir DIR] [--port N] [--tls-cert FILE --tls-key FILE]  Run a PostgreSQL for a small team',
  'Password: PGPASSWORD, or ACCORDS_TEAM_PASSWORD_FILE naming a file only you can read (chmod 600).',
].join('\n');

function withContext<T>(dataDir: string, work: (ctx: HandlerContext) => Promise<T>): Promise<T> {
  const ctx = openAppContext(dataDir, { kind: 'cli' });
  return work(ctx).finally(() => ctx.close());
}

function needUrl(positionals: string[]): string {
  const url = positionals[1];
  if (!url) throw new CliError(`give the server's address, e.g. postgres://user@host/accords. Usage: ${USAGE}`, 2);
  return url;
}

function describeConflict(c: TeamConflict): string {
  const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  return `${c.id}  ${c.entity} “${c.label}” ${c.field}: mine ${show(c.mine)} | theirs (${c.theirsBy}) ${show(c.theirs)} — kept ${c.kept}`;
}

function describeSync(result: SyncResult): string {
  return `Synced: ${result.pushed} change(s) sent, ${result.pulled} received, ${result.applied} record(s) updated, ${result.conflicts} new conflict(s).`;
}

export const teamCommand: FolderCommand = {
  name: 'team',
  summary: 'Share the register with a team through PostgreSQL (init, join, status, conflicts, resolve, serve)',
  usage: USAGE,
  options: {
    as: { type: 'string' },
    upload: { type: 'boolean' },
    download: { type: 'boolean' },
    json: { type: 'boolean' },
    'app-role': { type: 'string' },
    dir: { type: 'string' },
    port: { type: 'string' },
    'tls-cert': { type: 'string' },
    'tls-key': { type: 'string' },
  },
  async runInFolder(dataDir, values, io, positionals) {
    const sub = positionals[0];
    switch (sub) {
      case 'init': {
        const appRole = typeof values['app-role'] === 'string' ? values['app-role'] : undefined;
        const { from, to } = await initServer(needUrl(positionals), appRole ? { appRole } : {});
        io.out(from === to ? `The team schema is up to date (version ${to}).` : `Team schema ${from === 0 ? 'created' : `migrated from version ${from}`}: version ${to}.`);
        return;
      }
      case 'join': {
        const url = needUrl(positionals);
        if (typeof values.as !== 'string') throw new CliError('give your name with --as "Name"', 2);
        if (values.upload && values.download) throw new CliError('choose --upload or --download, not both', 2);
        const mode = values.upload ? 'upload' : values.download ? 'download' : 'auto';
        await withContext(dataDir, async (ctx) => {
          const result = await joinTeam(ctx, { url, name: values.as as string, mode });
          if (result.backup) io.out(`Backup of this desktop's register: ${result.backup}`);
          io.out(
            result.mode === 'upload'
              ? `Joined as ${values.as as string}: this register is now the team's.`
              : `Joined as ${values.as as string}: the team's register was downloaded.`,
          );
        });
        return;
      }
      case 'status':
        await withContext(dataDir, async (ctx) => {
          const status = teamStatus(ctx.db);
          if (values.json) io.out(JSON.stringify({ pending: status.pending, lastSync: status.lastSync, conflicts: status.conflicts, joined: status.joined, server: status.server }));
          else if (!status.joined) io.out('This desktop has not joined a team.');
          else io.out(`Team ${status.server} as ${status.memberName ?? ''}: ${status.pending} change(s) pending, last sync ${status.lastSync ?? 'never'}, ${status.conflicts} conflict(s).`);
        });
        return;
      case 'conflicts':
        await withContext(dataDir, async (ctx) => {
          const conflicts = listConflicts(ctx.db);
          if (values.json) io.out(JSON.stringify(conflicts));
          else io.out(conflicts.length ? conflicts.map(describeConflict).join('\n') : 'No conflicts.');
        });
        return;
      case 'resolve': {
        const [, id, choice] = positionals;
        if (!id || (choice !== 'mine' && choice !== 'theirs')) throw new CliError('usage: team resolve ID mine|theirs', 2);
        await withContext(dataDir, async (ctx) => {
          const resolved = resolveConflict(ctx.db, { id, choice });
          io.out(`Kept ${choice === 'mine' ? 'your' : 'the other'} value of ${resolved.field} for “${resolved.label}”; it is sent at the next sync.`);
        });
        return;
      }
      case 'serve':
        await serve(dataDir, values, io);
        return;
      case 'help':
      case undefined:
        io.out(DETAILS);
        return;
      default:
        throw new CliError(`unknown team command "${sub}". Usage: ${USAGE}`, 2);
    }
  },
};

async function serve(dataDir: string, values: Values, io: CliIo): Promise<void> {
  const password = environmentPassword();
  if (!password) throw new CliError('set the server password in PGPASSWORD or a 0600 file named by ACCORDS_TEAM_PASSWORD_FILE', 2);
  const port = Number(values.port ?? 5444);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new CliError(`not a port: ${String(values.port)}`, 2);
  const dir = typeof values.dir === 'string' ? values.dir : join(dataDir, 'team-server');
  const cert = typeof values['tls-cert'] === 'string' ? values['tls-cert'] : undefined;
  const key = typeof values['tls-key'] === 'string' ? values['tls-key'] : undefined;
  if (!!cert !== !!key) throw new CliError('give both --tls-cert and --tls-key', 2);
  const server = await serveEmbedded({ dir, port, password, ...(cert && key ? { tlsCert: cert, tlsKey: key } : {}) });
  await initServer(server.url, { password });
  io.out(`Team server running: ${server.url} (data in ${dir}). Desktops join with: npm run accords -- team join ${server.url} --as "Name". Stop with Ctrl+C.`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.stop();
}

/** `sync [--json]`: push this desktop's changes and pull the others'. */
export const syncCommand: CliCommand = {
  name: 'sync',
  summary: 'Send this desktop’s changes to the team and receive the others’',
  usage: 'sync [--json] [--data-dir DIR]',
  options: { json: { type: 'boolean' } },
  async run(ctx, values, io) {
    const result = await syncNow(ctx);
    if (values.json) {
      const status = teamStatus(ctx.db);
      io.out(JSON.stringify({ ...result, changes: undefined, pending: status.pending, conflicts: status.conflicts }));
    } else io.out(describeSync(result));
  },
};
