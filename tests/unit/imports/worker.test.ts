import type { Worker } from 'node:worker_threads';
import { describe, expect, it, onTestFinished } from 'vitest';
import { AppSession } from '../../../electron/app/session';
import { DESKTOP_ID_KEY, forgetDesktopId } from '../../../electron/core/outbox';
import { setWallClock, tick } from '../../../electron/core/hlc';
import { isWrittenElsewhere } from '../../../electron/core/writtenElsewhere';
import { dispatch } from '../../../electron/ipc/dispatch';
import { handlers } from '../../../electron/ipc/handlers';
import { listAgreements } from '../../../electron/services/agreements/agreements';
import {
  cancelImportJob,
  importJobStatus,
  startImportJob,
  waitForImportJob,
} from '../../../electron/services/imports/jobs';
import { runImport } from '../../../electron/services/imports/run';
import { setState } from '../../../electron/services/team/state';
import {
  importHeapLimitMb,
  runImportInWorker,
  type WorkerRunControl,
} from '../../../electron/workers/importInWorker';
import type { Result } from '../../../shared/ipc/result';
import type { BackupInfo } from '../../../shared/schemas/backups';
import { importRunSchema, type ImportJobStatus } from '../../../shared/schemas/imports';
import { tempDatabase, tempDir } from '../helpers/tempData';
import { NO_FILE, dump, suggested, windows1252Csv } from './helpers';

/** A flat register of `rows` new partner cities, each with one agreement. */
function register(rows: number): Buffer {
  const lines = ["Ville partenaire;Pays;Type d'accord;Date de signature;Statut"];
  for (let i = 0; i < rows; i += 1)
    lines.push(`Ville ${i};Italie;Pacte d'amitié;${1950 + (i % 70)};Actif`);
  return windows1252Csv(lines);
}

const ROWS = 3_000;
const PAUSE_AT = 1_000;

const count = (db: ReturnType<typeof tempDatabase>['db'], table: string) =>
  db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

/** A gate the worker waits at inside its open transaction, and the way to open it. */
function gate() {
  const cells = new Int32Array(new SharedArrayBuffer(4));
  return {
    cells,
    open() {
      Atomics.store(cells, 0, 1);
      Atomics.notify(cells, 0);
    },
  };
}

/** Starts the import of `bytes` as the app does (a job on a worker), with the test's seams. */
async function startJob(
  temp: ReturnType<typeof tempDatabase>,
  bytes: Buffer,
  seams: Pick<WorkerRunControl, 'fault' | 'onWorker' | 'heapLimitMb'> = {},
  options: { dryRun?: boolean } = {},
) {
  const request = importRunSchema.parse({
    fileId: NO_FILE,
    mapping: await suggested(bytes),
    dryRun: options.dryRun ?? false,
  });
  return startImportJob(temp.ctx, { name: 'registre.csv', bytes }, request, {
    run: (target, file, run, control) =>
      runImportInWorker(target, file, run, { ...control, ...seams }),
  });
}

/** Asks `imports:status` (through the dispatcher, as the screen does) until `until` holds. */
async function statusUntil(
  temp: ReturnType<typeof tempDatabase>,
  jobId: string,
  until: (status: ImportJobStatus) => boolean,
): Promise<Result<unknown> & { ok: true; value: ImportJobStatus }> {
  for (;;) {
    const answer = dispatch(temp.ctx, handlers, 'imports:status', { jobId });
    if (!answer.ok) throw new Error(answer.error.message);
    if (until(answer.value as ImportJobStatus))
      return answer as Result<unknown> & { ok: true; value: ImportJobStatus };
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const writingPaused = (status: ImportJobStatus) =>
  status.state !== 'running' || (status.phase === 'writing' && status.done >= PAUSE_AT);

describe('an import written on a worker thread', () => {
  it('leaves the main thread answering while it writes, refuses its writes at once, then shows the new data', async () => {
    const temp = tempDatabase();
    const { db, ctx } = temp;
    const before = dump(db);
    const agreementsBefore = listAgreements(db).total;
    const pause = gate();
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    try {
      const { jobId } = await startJob(temp, register(ROWS), {
        fault: { afterRows: PAUSE_AT, how: 'pause', gate: pause.cells },
      });
      const paused = await statusUntil(temp, jobId, writingPaused);
      // The worker holds its transaction open (it waits inside it): main goes on meanwhile.
      expect(paused.value).toMatchObject({ state: 'running', phase: 'writing', total: ROWS });
      const ticked = ticks;
      while (ticks < ticked + 5) await new Promise((resolve) => setTimeout(resolve, 5));

      // Reads answer, with the register as it was before the import.
      expect(listAgreements(db).total).toBe(agreementsBefore);
      const listed = dispatch(ctx, handlers, 'agreements:list', {});
      expect(listed).toMatchObject({ ok: true, value: { total: agreementsBefore } });
      // A write is refused at once, saying why, and changes nothing.
      const refused = dispatch(ctx, handlers, 'cities:create', { name: 'Bonn', country: 'de' });
      expect(refused).toMatchObject({ ok: false, error: { key: 'errors.import.writing' } });
      expect(dump(db)).toBe(before);
      expect(isWrittenElsewhere(db)).toBe(true);

      pause.open();
      const done = await statusUntil(temp, jobId, (status) => status.state !== 'running');
      expect(done.value.state).toBe('done');
      expect(done.value.result).toMatchObject({ created: 2 * ROWS, refused: false });
      expect(done.value.result?.backup).toMatch(/import/);
      expect(done.value.result?.batchId).toEqual(expect.any(String));
      // The screens are told through the status call's envelope (the compact form, at this size).
      expect(done.changes).toEqual(
        expect.arrayContaining([
          { entity: 'city', id: '*', op: 'create' },
          { entity: 'agreement', id: '*', op: 'create' },
        ]),
      );
    } finally {
      clearInterval(timer);
      pause.open();
    }
    // Main sees what the worker wrote, and writes again as before (its wait for the lock is back).
    expect(listAgreements(db).total).toBe(agreementsBefore + ROWS);
    expect(dispatch(ctx, handlers, 'agreements:list', {})).toMatchObject({
      ok: true,
      value: { total: agreementsBefore + ROWS },
    });
    expect(dispatch(ctx, handlers, 'cities:create', { name: 'Bonn', country: 'de' })).toMatchObject(
      { ok: true },
    );
    expect(isWrittenElsewhere(db)).toBe(false);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(count(db, 'import_batches')).toBe(1);
  }, 120_000);

  it('a backup is not restored over the file while an import writes it', async () => {
    const dataDir = tempDir('accords-import-session-');
    const session = new AppSession(dataDir, { startBackup: false });
    onTestFinished(() => session.close());
    const ctx = session.ctx!;
    const backup = session.answer('backups:create', undefined);
    if (!backup.ok) throw new Error(backup.error.message);
    const pause = gate();
    try {
      const request = importRunSchema.parse({
        fileId: NO_FILE,
        mapping: await suggested(register(300)),
      });
      const { jobId } = startImportJob(
        ctx,
        { name: 'registre.csv', bytes: register(300) },
        request,
        {
          run: (target, file, run, control) =>
            runImportInWorker(target, file, run, {
              ...control,
              fault: { afterRows: 100, how: 'pause', gate: pause.cells },
            }),
        },
      );
      for (;;) {
        const status = importJobStatus(ctx, jobId);
        if (status.state !== 'running' || (status.phase === 'writing' && status.done >= 100)) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const refused = session.answer('backups:restore', {
        file: (backup.value as BackupInfo).file,
      });
      expect(refused).toMatchObject({ ok: false, error: { key: 'errors.import.writing' } });
      pause.open();
      expect((await waitForImportJob(jobId)).state).toBe('done');
    } finally {
      pause.open();
    }
    expect(listAgreements(ctx.db).total).toBe(300);
  }, 120_000);

  it('plans again when main wrote between the plan and the write: a city typed meanwhile is found, not doubled', async () => {
    const temp = tempDatabase();
    const { db, ctx } = temp;
    const pause = gate();
    try {
      const { jobId } = await startJob(temp, register(50), {
        fault: { at: 'backup', afterRows: 0, how: 'pause', gate: pause.cells },
      });
      await statusUntil(
        temp,
        jobId,
        (status) => status.state !== 'running' || status.phase === 'backup',
      );
      // Planned (Ville 7 to be created), not yet writing: main may write, and does.
      const typed = dispatch(ctx, handlers, 'cities:create', { name: 'Ville 7', country: 'it' });
      expect(typed).toMatchObject({ ok: true });
      pause.open();
      const done = await waitForImportJob(jobId);
      expect(done).toMatchObject({ state: 'done', result: { refused: false, rejected: 0 } });
      expect(done.result?.byEntity.city).toMatchObject({ created: 49, skipped: 1 });
    } finally {
      pause.open();
    }
    expect(db.prepare("SELECT count(*) FROM cities WHERE name = 'Ville 7'").pluck().get()).toBe(1);
    expect(listAgreements(db).total).toBe(50);
  }, 120_000);

  it('a Stop during the write rolls the whole import back: nothing imported, no batch', async () => {
    const temp = tempDatabase();
    const { db } = temp;
    const before = dump(db);
    const history = count(db, 'audit_log');
    const pause = gate();
    try {
      const { jobId } = await startJob(temp, register(ROWS), {
        fault: { afterRows: PAUSE_AT, how: 'pause', gate: pause.cells },
      });
      await statusUntil(temp, jobId, writingPaused);
      expect(cancelImportJob(jobId).state).toBe('running');
      pause.open();
      expect((await waitForImportJob(jobId)).state).toBe('cancelled');
    } finally {
      pause.open();
    }
    expect(dump(db)).toBe(before);
    expect(count(db, 'audit_log')).toBe(history);
    expect(count(db, 'import_batches')).toBe(0);
    expect(isWrittenElsewhere(db)).toBe(false);
  }, 120_000);

  it('a worker killed in the middle of the write leaves nothing half done and the job says so', async () => {
    const temp = tempDatabase();
    const { db } = temp;
    const before = dump(db);
    const pause = gate();
    let worker: Worker | undefined;
    try {
      const { jobId } = await startJob(temp, register(ROWS), {
        fault: { afterRows: PAUSE_AT, how: 'pause', gate: pause.cells },
        onWorker: (started) => (worker = started),
      });
      await statusUntil(temp, jobId, writingPaused);
      await worker!.terminate();
      const ended = await waitForImportJob(jobId);
      expect(ended).toMatchObject({
        state: 'failed',
        error: { key: 'errors.import.writerStopped' },
      });
    } finally {
      pause.open();
    }
    expect(dump(db)).toBe(before);
    expect(count(db, 'import_batches')).toBe(0);
    // The lock went with the worker: main writes again.
    expect(
      dispatch(temp.ctx, handlers, 'cities:create', { name: 'Bonn', country: 'de' }),
    ).toMatchObject({
      ok: true,
    });
  }, 120_000);

  it('a worker that throws or ends mid-write leaves nothing half done, with a clear error', async () => {
    const temp = tempDatabase();
    const { db } = temp;
    const before = dump(db);
    const bytes = register(600);
    const thrown = await startJob(temp, bytes, { fault: { afterRows: 300, how: 'throw' } });
    expect(await waitForImportJob(thrown.jobId)).toMatchObject({
      state: 'failed',
      error: { key: 'errors.internal', message: expect.stringContaining('Fault injected') },
    });
    expect(dump(db)).toBe(before);
    const exited = await startJob(temp, bytes, { fault: { afterRows: 300, how: 'exit' } });
    expect(await waitForImportJob(exited.jobId)).toMatchObject({
      state: 'failed',
      error: { key: 'errors.import.writerStopped' },
    });
    expect(dump(db)).toBe(before);
    expect(count(db, 'import_batches')).toBe(0);
  }, 120_000);

  it('a worker that runs out of memory is refused with a clear message and leaves nothing behind; the app lives on', async () => {
    const temp = tempDatabase();
    const { db } = temp;
    const before = dump(db);
    const job = await startJob(temp, register(600), {
      fault: { afterRows: 300, how: 'allocate' },
      heapLimitMb: 48,
    });
    expect(await waitForImportJob(job.jobId)).toMatchObject({
      state: 'failed',
      error: { key: 'errors.import.outOfMemory' },
    });
    expect(dump(db)).toBe(before);
    expect(count(db, 'import_batches')).toBe(0);
  }, 120_000);

  it('gives the worker a heap limit that follows a text file and the ceiling for a workbook', () => {
    const mb = (n: number) => new Uint8Array(n * 1024 * 1024);
    expect(importHeapLimitMb(mb(1))).toBe(768);
    expect(importHeapLimitMb(mb(29))).toBe(256 + 40 * 29);
    expect(importHeapLimitMb(mb(50))).toBe(2_048);
    const zip = mb(1);
    zip.set([0x50, 0x4b, 3, 4]);
    expect(importHeapLimitMb(zip)).toBe(2_048);
  });

  it('gives the same report as on this thread, dry run and commit; the team outbox is marked and the clock moves on', async () => {
    const here = tempDatabase();
    const there = tempDatabase();
    for (const { db } of [here, there]) {
      setState(db, DESKTOP_ID_KEY, 'desk-a');
      forgetDesktopId(db);
    }
    // Main's clock, cached on its connection, a minute behind the worker's.
    const behind = Date.now() - 60_000;
    setWallClock(there.db, () => behind);
    tick(there.db, 'desk-a');
    const bytes = register(40);
    const mapping = await suggested(bytes);
    const file = { name: 'registre.csv', bytes };
    for (const dryRun of [true, false]) {
      const request = importRunSchema.parse({ fileId: NO_FILE, mapping, dryRun });
      const inProcess = await runImport(here.ctx, file, request, {
        inProcess: true,
        backup: false,
      });
      const before = dump(there.db);
      const inWorker = await runImportInWorker(there.ctx, file, request, { backup: false });
      const stable = ({ result }: typeof inWorker) => ({
        ...result,
        batchId: result.batchId === null ? null : 'batch',
        changes: result.changes.map((change) => ({
          ...change,
          id: change.id === null ? null : 'id',
        })),
      });
      expect(stable(inWorker)).toEqual(stable(inProcess));
      expect(inWorker.rejected).toEqual(inProcess.rejected);
      if (dryRun) expect(dump(there.db)).toBe(before);
    }
    // The worker marked the outbox in its transaction: main's connection sees every record.
    const marked = there.db
      .prepare('SELECT entity, count(*) AS n FROM sync_outbox GROUP BY entity ORDER BY entity')
      .all();
    expect(marked).toEqual([
      { entity: 'agreement', n: 40 },
      { entity: 'city', n: 40 },
    ]);
    // Main's next stamp comes after every stamp the worker gave: its cached clock was dropped.
    const latest = there.db.prepare('SELECT max(hlc) FROM sync_outbox').pluck().get() as string;
    expect(tick(there.db, 'desk-a') > latest).toBe(true);
  }, 120_000);
});
