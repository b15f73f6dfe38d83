/** `npm run build:electron`: dist/electron/main.cjs and dist/electron/preload.cjs. */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleMain, bundlePreload, repoRoot } from './electronBundles';

const outdir = join(repoRoot, 'dist', 'electron');
const started = Date.now();
await rm(outdir, { recursive: true, force: true });
await Promise.all([bundleMain(outdir), bundlePreload(outdir)]);
console.log(
  `Bundled dist/electron/main.cjs and dist/electron/preload.cjs in ${Date.now() - started} ms`,
);
