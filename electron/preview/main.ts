import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import { AppSession, periodicBackupMs } from '../app/session';
import { startTeamSync } from '../app/teamSync';
import { APP_VERSION } from '../core/meta';
import { describeRecovery } from '../safety/recovery';
import { resolveDataDir } from '../paths/dataDir';
import { countRecords } from '../services/settings/setup';
import { loadSample } from '../sample/load';
import { memoryPasswords, setPasswordStore } from '../services/team/password';
import { stopImportJobs } from '../services/imports/jobs';
import { randomToken } from '../web/csp';
import { ensureRendererBuilt, RENDERER_DIST } from './rendererBuild';
import { createPreviewServer } from './server';

const DEFAULT_PORT = 5757;
/** How long closing waits for a team sync running (a server gone silent) before it goes on. */
const STOP_WAIT_MS = 5_000;
const USAGE = 'Usage: npm run preview -- [--data-dir DIR] [--port N] [--sample] [--sync-every SECONDS]';

/**
 * `npm run preview`: the real renderer in a browser, answering the real IPC contract over
 * loopback HTTP. Prints one line `Accords preview: <url>`; SIGINT/SIGTERM close the database.
 */
async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        'data-dir': { type: 'string' },
        port: { type: 'string' },
        sample: { type: 'boolean', default: false },
        'sync-every': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    fail(`${(error as Error).message}. ${USAGE}`);
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const explicitPort = args.port !== undefined;
  const port = explicitPort ? Number(args.port) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a whole number from 0 to 65535, not "${args.port}".`);

  const syncEvery = args['sync-every'] === undefined ? undefined : Number(args['sync-every']);
  if (syncEvery !== undefined && !(Number.isInteger(syncEvery) && syncEvery >= 1 && syncEvery <= 86_400)) {
    fail(`--sync-every must be a whole number of seconds from 1 to 86400, not "${args['sync-every']}".`);
  }

  await ensureRendererBuilt((line) => console.error(line));
  const dataDir = resolveDataDir(args['data-dir']);
  const session = new AppSession(dataDir, {
    version: APP_VERSION,
    kind: 'preview',
    periodicBackupMs: periodicBackupMs(dataDir),
    onPeriodicError: (error) => console.error(`Accords preview: periodic backup failed: ${(error as Error).message}`),
  });
  const status = session.status();
  if (status.mode === 'recovery') {
    // The page shows the recovery screen; the terminal says it too.
    console.error(`Accords preview: ${describeRecovery(status.recovery)}`);
  } else if (args.sample && session.ctx) {
    const counts = countRecords(session.ctx.db);
    if (counts.agreements === 0 && counts.cities === 0) loadSample(session.ctx.db);
  }
  // A password typed on the Team screen lasts as long as the preview runs; never on disk.
  setPasswordStore(memoryPasswords());
  const teamSync = startTeamSync({
    context: () => session.ctx,
    // A team's desktops sync every few minutes; a demonstration or a test may ask for more often.
    timing: syncEvery === undefined ? undefined : { everyMs: syncEvery * 1000, retryMs: syncEvery * 1000 },
    onError: (error) => console.error(`Accords preview: team sync failed: ${(error as Error).message}`),
  });
  const server = createPreviewServer({
    answer: (channel, payload) => session.answer(channel, payload),
    staticDir: RENDERER_DIST,
    token: randomToken(),
  });
  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    server.closeAllConnections();
    server.close(() => {
      // A sync cut short is resumed at the next start; an import being written is stopped (rolled
      // back); the database closes once both have stopped.
      void Promise.all([teamSync.stop(STOP_WAIT_MS), stopImportJobs(STOP_WAIT_MS)]).then(() => {
        session.close();
        process.exit(0);
      });
    });
  };
  // Before the URL is printed: whoever read it may stop the preview at once (a test, a script),
  // and a signal that finds no handler would kill it without closing the database.
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  await listen(server, port, explicitPort);
  const { port: actual } = server.address() as AddressInfo;
  console.log(`Accords preview: http://127.0.0.1:${actual}/`);
}

function listen(server: ReturnType<typeof createPreviewServer>, port: number, explicit: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      // The default port may be taken by another run: fall back to any free one.
      if (error.code === 'EADDRINUSE' && !explicit) server.listen(0, '127.0.0.1', () => resolve());
      else reject(error);
    });
    server.listen(port, '127.0.0.1', () => resolve());
  });
}

function fail(message: string): never {
  console.error(`Accords preview: ${message}`);
  process.exit(2);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
