/**
 * `npx tsx tests/bench/team.ts [--desktops 50] [--edits 10] [--month-edits 10000] [--url URL]`:
 * simulated desktops (each its own SQLite file, its own connection) sharing one PostgreSQL.
 * Prints, never asserts (the figures depend on the machine):
 * - push throughput: every desktop edits offline, then all push at once — field changes per second;
 * - reach: one desktop pushes a change, every other desktop pulls — push plus the slowest pull is
 *   the time for a change to reach every desktop when each syncs on its own machine (here the 50
 *   share one Node process, so their pulls run one after another and are timed one by one);
 * - catch-up: one desktop stays offline while the others make a month of edits — time to catch up.
 * The server: `--url`, else ACCORDS_TEST_PG_URL, else the machine's PostgreSQL on 127.0.0.1:5432;
 * a fresh database is made for the run and dropped after.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { HandlerContext } from '../../electron/core/context';
import { closeDatabase, openDatabase } from '../../electron/db/open';
import { databasePath } from '../../electron/paths/dataDir';
import { createCity, getCity, updateCity } from '../../electron/services/cities/cities';
import { initServer, joinTeam, syncNow } from '../../electron/services/team/team';
import { desktopIdOf } from '../../electron/core/outbox';
import { withServer } from '../../electron/services/team/server/connect';
import { pull, push } from '../../electron/services/team/sync';
import { backupTakerFor } from '../../electron/safety/schedule';

const { values } = parseArgs({
  options: {
    desktops: { type: 'string', default: '50' },
    edits: { type: 'string', default: '10' },
    'month-edits': { type: 'string', default: '10000' },
    url: { type: 'string' },
  },
});
const DESKTOPS = Number(values.desktops);
const EDITS = Number(values.edits);
const MONTH = Number(values['month-edits']);
const admin = values.url ?? process.env.ACCORDS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const log = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

let serverUrl = '';

/** Pushes a desktop's outbox on its own connection; answers the field changes sent. */
function pushOnly(ctx: HandlerContext): Promise<number> {
  return withServer({ url: serverUrl }, (client) => push(ctx.db, ctx.dataDir, client, desktopIdOf(ctx.db)!));
}

function pullOnly(ctx: HandlerContext): Promise<unknown> {
  return withServer({ url: serverUrl }, (client) => pull(ctx.db, ctx.dataDir, client, desktopIdOf(ctx.db)!));
}

async function main(): Promise<void> {
  const name = `accords_bench_${process.pid}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const root = mkdtempSync(join(tmpdir(), 'accords-team-bench-'));
  const desktops: HandlerContext[] = [];
  try {
    serverUrl = url.toString();
    await initServer(serverUrl);
    for (let i = 0; i < DESKTOPS; i++) {
      const dir = join(root, `d${i}`);
      const db = openDatabase(databasePath(dir));
      desktops.push({ db, dataDir: dir, version: 'bench', takeBackup: backupTakerFor({ db, dataDir: dir }) });
    }
    // Desktop 0 brings a register of 50 cities; the others download it.
    const ids = Array.from({ length: 50 }, (_, i) => createCity(desktops[0]!.db, { name: `Bench city ${i}`, country: 'FR' }).id);
    let t = performance.now();
    for (const [i, ctx] of desktops.entries()) await joinTeam(ctx, { url: url.toString(), name: `Desktop ${i}` });
    log(`${DESKTOPS} desktops joined (the first uploading 50 cities, the others downloading them): ${seconds(performance.now() - t)}`);

    // 1. Throughput: every desktop edits offline, then all push at once (each its own connection).
    // Each desktop's edits in one transaction: the bench measures the sync, not the disk's fsyncs.
    desktops.forEach((ctx, d) => {
      ctx.db.transaction(() => {
        for (let e = 0; e < EDITS; e++) updateCity(ctx.db, ids[(d * EDITS + e) % ids.length]!, { notes: `edit ${e} by ${d}` });
      })();
    });
    t = performance.now();
    const pushedEach = await Promise.all(desktops.map((ctx) => pushOnly(ctx)));
    let elapsed = performance.now() - t;
    const pushed = pushedEach.reduce((sum, n) => sum + n, 0);
    log(`push: ${pushed} field changes from ${DESKTOPS} desktops pushing at once: ${seconds(elapsed)} — ${Math.round(pushed / (elapsed / 1000))} changes/s at the server`);
    // Everyone takes the others' changes (one desktop at a time here; each on its own machine in life).
    const pulls: number[] = [];
    for (const ctx of desktops) pulls.push(await timed(() => pullOnly(ctx)));
    log(`pull of those changes by one desktop: median ${seconds(median(pulls))}, slowest ${seconds(Math.max(...pulls))}`);

    // 2. Reach: one change pushed, then every other desktop pulls.
    updateCity(desktops[0]!.db, ids[0]!, { notes: 'reach me' });
    const pushTime = await timed(() => pushOnly(desktops[0]!));
    const reachPulls: number[] = [];
    for (const ctx of desktops.slice(1)) reachPulls.push(await timed(() => pullOnly(ctx)));
    const seen = desktops.filter((ctx) => getCity(ctx.db, ids[0]!).notes === 'reach me').length;
    log(`reach: push ${seconds(pushTime)} + the slowest desktop's pull ${seconds(Math.max(...reachPulls))} = ${seconds(pushTime + Math.max(...reachPulls))} for a change to reach all ${DESKTOPS} desktops syncing in parallel (${seen}/${DESKTOPS} have it; all ${DESKTOPS - 1} pulls one after another here: ${seconds(reachPulls.reduce((a, b) => a + b, 0))})`);

    // 3. Catch-up: the last desktop stays offline while the others make a month of edits.
    const away = desktops[DESKTOPS - 1]!;
    const active = desktops.slice(0, -1);
    const perDesktop = Math.ceil(MONTH / active.length);
    active.forEach((ctx, d) => {
      ctx.db.transaction(() => {
        for (let e = 0; e < perDesktop; e++) updateCity(ctx.db, ids[(d * 7 + e) % ids.length]!, { notes: `day ${Math.floor(e / 20)} edit ${e} by ${d}` });
      })();
    });
    t = performance.now();
    const monthPushed = (await Promise.all(active.map((ctx) => pushOnly(ctx)))).reduce((a, b) => a + b, 0);
    elapsed = performance.now() - t;
    log(`a month: ${perDesktop * active.length} record edits on ${active.length} desktops = ${monthPushed} field changes, pushed at once in ${seconds(elapsed)} (${Math.round(monthPushed / (elapsed / 1000))} changes/s)`);
    t = performance.now();
    const caught = await syncNow(away);
    log(`catch-up after a month offline: ${caught.pulled} field changes pulled in pages of 1,000, ${caught.applied} records rewritten, in ${seconds(performance.now() - t)}`);
  } finally {
    for (const ctx of desktops) closeDatabase(ctx.db);
    rmSync(root, { recursive: true, force: true });
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
