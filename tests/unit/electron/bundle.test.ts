import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { bundleMain, bundlePreload } from '../../../build/scripts/electronBundles';
import { CHANNELS } from '../../../shared/ipc/contract';
import type { AccordsBridge } from '../../../shared/ipc/bridge';
import { importRunSchema } from '../../../shared/schemas/imports';
import type { ImportWorkerInput, ImportWorkerMessage } from '../../../electron/workers/importWorker';
import { REPO_ROOT } from '../../../electron/paths/repo';
import { tempDatabase } from '../helpers/tempData';
import { NO_FILE, suggested, windows1252Csv } from '../imports/helpers';

const outdir = mkdtempSync(join(tmpdir(), 'accords-bundle-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

const requiresOf = (code: string) =>
  [...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1] ?? ''))].sort();

describe('electron bundles', () => {
  it('bundles the preload to small CommonJS that needs nothing but electron', async () => {
    await bundlePreload(outdir);
    const code = readFileSync(join(outdir, 'preload.cjs'), 'utf8');
    expect(requiresOf(code)).toEqual(['electron']);
    expect(code).not.toMatch(/\bimport\s*[{(*]|\bexport\s/);
    expect(code).not.toContain('zod');
    expect(code.length).toBeLessThan(20_000);
    expect(readFileSync(join(outdir, 'preload.cjs.map'), 'utf8')).toContain('preload.ts');
  });

  it('runs in a sandbox-like scope (require("electron") only) and allows exactly the contract', async () => {
    const code = readFileSync(join(outdir, 'preload.cjs'), 'utf8');
    const exposed = new Map<string, unknown>();
    const ipcRenderer = {
      invoke: vi.fn(async () => ({ ok: true, value: 1 })),
      on: vi.fn(),
      removeListener: vi.fn(),
    };
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
      ipcRenderer,
    };
    const require = (name: string) => {
      if (name === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require ${name}`);
    };
    // The sandboxed preload gets no `module` to export through: run it without one.
    runInNewContext(code, { require, Promise, Set, String, Error });
    const bridge = exposed.get('accords') as AccordsBridge;
    expect(Object.keys(bridge).sort()).toEqual([
      'chooseOpen',
      'chooseSaveFile',
      'invoke',
      'onMenuCommand',
    ]);
    for (const channel of CHANNELS) await bridge.invoke(channel, undefined);
    expect(ipcRenderer.invoke).toHaveBeenCalledTimes(CHANNELS.length);
    await expect(bridge.invoke('agreements:drop-all', undefined)).resolves.toMatchObject({
      ok: false,
      error: { code: 'unknown_channel' },
    });
    expect(ipcRenderer.invoke).toHaveBeenCalledTimes(CHANNELS.length);
  });

  it('bundles main to CommonJS with electron and the native packages left external', async () => {
    await bundleMain(outdir);
    const code = readFileSync(join(outdir, 'main.cjs'), 'utf8');
    // Node's own modules, with or without the node: prefix (the format libraries use bare names).
    const external = requiresOf(code).filter(
      (name) => !name.startsWith('node:') && !builtinModules.includes(name),
    );
    // better-sqlite3 and the DOCX pictures' rasteriser load a native .node file chosen per platform;
    // pg-native is node-postgres' optional native driver, required only if asked for (never here).
    expect(external).toEqual(['@resvg/resvg-js', 'better-sqlite3', 'electron', 'pg-native']);
    expect(code).toContain('requestSingleInstanceLock');
    expect(code).toContain('registerSchemesAsPrivileged');
    // The import's workbook reader, started on a worker thread from beside main.cjs.
    const worker = readFileSync(join(outdir, 'xlsxWorker.cjs'), 'utf8');
    expect(
      requiresOf(worker).filter(
        (name) => !name.startsWith('node:') && !builtinModules.includes(name),
      ),
    ).toEqual([]);
    // The import, run on a worker thread from beside main.cjs: only the native SQLite outside.
    const importWorker = readFileSync(join(outdir, 'importWorker.cjs'), 'utf8');
    expect(
      requiresOf(importWorker).filter(
        (name) => !name.startsWith('node:') && !builtinModules.includes(name),
      ),
    ).toEqual(['better-sqlite3']);
  }, 60_000);

  it('runs an import on the bundled worker thread, into the database main has open', async () => {
    const { db, ctx } = tempDatabase();
    const bytes = windows1252Csv([
      "Ville;Pays;Type d'accord;Date de signature;Statut",
      "Porto-Novo;Bénin;Pacte d'amitié;15/06/2024;Actif",
    ]);
    const input: ImportWorkerInput = {
      databaseFile: db.name,
      dataDir: ctx.dataDir,
      file: { name: 'registre.csv', bytes },
      request: importRunSchema.parse({ fileId: NO_FILE, mapping: await suggested(bytes) }),
      backup: true,
      stop: new Int32Array(new SharedArrayBuffer(4)),
    };
    // Beside main.cjs in a folder of the repository, where require finds node_modules as in the app.
    mkdirSync(join(REPO_ROOT, 'dist'), { recursive: true });
    const beside = mkdtempSync(join(REPO_ROOT, 'dist', 'bundle-test-'));
    onTestFinished(() => rmSync(beside, { recursive: true, force: true }));
    copyFileSync(join(outdir, 'importWorker.cjs'), join(beside, 'importWorker.cjs'));
    const worker = new Worker(join(beside, 'importWorker.cjs'), { workerData: input });
    const answer = await new Promise<ImportWorkerMessage>((resolve, reject) => {
      worker.on('message', (message: ImportWorkerMessage) => message.type !== 'progress' && resolve(message));
      worker.on('error', reject);
    });
    await worker.terminate();
    expect(answer).toMatchObject({ type: 'done', outcome: { result: { created: 2, refused: false } } });
    expect(db.prepare("SELECT count(*) FROM cities WHERE name = 'Porto-Novo'").pluck().get()).toBe(1);
  }, 60_000);
});
