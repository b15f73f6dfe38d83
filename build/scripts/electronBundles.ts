/**
 * How the Electron side is bundled (used by bundle-electron.ts and by the bundle's tests):
 * main and preload, each to one CommonJS file. CommonJS because a sandboxed preload cannot be
 * an ES module; electron and the native better-sqlite3 stay external.
 */
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHANNELS } from '../../shared/ipc/contract';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const common: BuildOptions = {
  absWorkingDir: repoRoot,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['electron', 'better-sqlite3'],
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

/** Bundles electron/main/main.ts to `<outdir>/main.cjs`. */
export async function bundleMain(outdir: string): Promise<void> {
  await build({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: join(outdir, 'main.cjs'),
    // Modules written as ESM may read import.meta.url; in a CommonJS bundle it is the file's URL.
    banner: {
      js: 'const __accordsImportMetaUrl = require("node:url").pathToFileURL(__filename).href;',
    },
    define: { ...common.define, 'import.meta.url': '__accordsImportMetaUrl' },
  });
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
