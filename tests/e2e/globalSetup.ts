import { ensureRendererBuilt } from '../../electron/preview/rendererBuild';

/** Builds the renderer once, so the previews started by each test never race to build it. */
export default async function globalSetup(): Promise<void> {
  await ensureRendererBuilt((line) => console.log(line));
}
