import { fileURLToPath } from 'node:url';

/** The repository folder, for the tools that run from source (preview, CLI, launcher). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
