import { defineConfig } from 'vitest/config';

/**
 * The renderer's unit tests (pure modules: form checks, formatting), under Node.
 * Run: npx vitest run --config renderer/vitest.config.ts
 */
export default defineConfig({
  root: import.meta.dirname,
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
