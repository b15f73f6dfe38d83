import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../paths/repo';

/** Where the built renderer lives. */
export const RENDERER_DIST = join(REPO_ROOT, 'dist', 'renderer');
const SOURCES = ['renderer', 'shared', 'package.json'].map((entry) => join(REPO_ROOT, entry));

/** The newest modification time under the given files and folders. */
function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'node_modules') visit(join(path, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const path of paths) if (existsSync(path)) visit(path);
  return newest;
}

/** True when dist/renderer is missing or older than the sources it is built from. */
export function rendererBuildIsStale(): boolean {
  const index = join(RENDERER_DIST, 'index.html');
  if (!existsSync(index)) return true;
  return newestMtime(SOURCES) > statSync(index).mtimeMs;
}

/** Builds the renderer with Vite when it is missing or stale; returns whether it built. */
export async function ensureRendererBuilt(log: (line: string) => void): Promise<boolean> {
  if (!rendererBuildIsStale()) return false;
  log('Accords: building the renderer (first run or sources changed)…');
  const { build } = await import('vite');
  await build({ configFile: join(REPO_ROOT, 'renderer', 'vite.config.ts'), logLevel: 'warn' });
  return true;
}
