import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'renderer/src/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One PostgreSQL for the team tests (started only when they run; see the file).
    globalSetup: ['tests/unit/team/pgServer.ts'],
  },
});
