import { spawnSync } from 'node:child_process';
import { hasElectronRuntime, repoDir } from './runtime';

/** Builds the renderer and the Electron bundles once, only where the specs can run. */
export default function globalSetup(): void {
  if (!hasElectronRuntime) return;
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: repoDir,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status})`);
}
