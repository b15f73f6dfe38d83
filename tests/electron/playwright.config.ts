import { defineConfig } from '@playwright/test';

/**
 * The desktop app's end-to-end specs, driving the real Electron binary (`_electron.launch`).
 * On Linux without a display, run under `xvfb-run -a`. Where the Electron runtime is not
 * installed, every spec skips with the reason.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  globalSetup: './globalSetup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: '../../test-results/electron',
  reporter: [['list'], ['json', { outputFile: '../../test-results/electron-results.json' }]],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
});
