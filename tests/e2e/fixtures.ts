import { test as base, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreview, type PreviewProcess } from './previewProcess';

/** The preview a test drives: a fresh data folder per test, restartable on the same folder. */
export interface PreviewFixture {
  url: string;
  dataDir: string;
  /** Stops the preview (closing the database) and starts it again on the same folder. */
  restart(): Promise<void>;
  /** Stops the preview (closing the database), so a test can change the folder meanwhile. */
  stop(): Promise<void>;
  /** Starts the preview again on the same folder after `stop()`. */
  start(): Promise<void>;
}

export const test = base.extend<{ preview: PreviewFixture }>({
  // Playwright reads a fixture's dependencies from this pattern: this one needs none.
  // eslint-disable-next-line no-empty-pattern
  preview: async ({}, use, testInfo) => {
    const dataDir = mkdtempSync(join(tmpdir(), `accords-e2e-${testInfo.workerIndex}-`));
    let running: PreviewProcess = await startPreview(dataDir);
    const fixture: PreviewFixture = {
      url: running.url,
      dataDir,
      async restart() {
        await fixture.stop();
        await fixture.start();
      },
      async stop() {
        await running.stop();
      },
      async start() {
        running = await startPreview(dataDir);
        fixture.url = running.url;
      },
    };
    await use(fixture);
    await running.stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
