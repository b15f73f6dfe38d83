import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { en } from '../../shared/i18n/en';
import { electronEnv } from '../../electron/launcher/runtime';
import { electronBinary, hasElectronRuntime, repoDir, SKIP_REASON } from './runtime';

test.describe('Accords desktop app', () => {
  test.skip(!hasElectronRuntime, SKIP_REASON);

  let app: ElectronApplication | undefined;
  /** Starts the app on a fresh data folder of this test: a first run every time. */
  const launch = async (dataDir: string) => {
    mkdirSync(dataDir, { recursive: true });
    app = await electron.launch({
      executablePath: electronBinary!,
      args: [repoDir],
      env: { ...electronEnv(process.env), ACCORDS_DATA_DIR: dataDir } as Record<string, string>,
    });
    return app.firstWindow();
  };
  test.afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  test('first run, load the example, see the 40 agreements', async () => {
    const dataDir = test.info().outputPath('data');
    const window = await launch(dataDir);
    expect(window.url()).toMatch(/^app:\/\/accords\/index\.html/);

    await expect(window.getByRole('heading', { name: en.setup.title })).toBeVisible();
    await window.getByRole('button', { name: en.setup.loadSample }).click();
    await expect(window.getByText('40 agreements', { exact: true })).toBeVisible();
    expect(existsSync(join(dataDir, 'accords.sqlite3'))).toBe(true);
  });

  test('the renderer gets window.accords and nothing of Node', async () => {
    const window = await launch(test.info().outputPath('data'));
    const globals = await window.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: Object.keys((globalThis as unknown as { accords: object }).accords).sort(),
    }));
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      bridge: ['chooseSaveFile', 'invoke', 'onMenuCommand'],
    });
    const refused = await window.evaluate(() =>
      (
        globalThis as unknown as { accords: { invoke(c: string, p: unknown): Promise<unknown> } }
      ).accords.invoke('nope:nothing', {}),
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  test('an exported report is saved where the native dialog says', async () => {
    const dataDir = test.info().outputPath('data');
    const target = test.info().outputPath('anniversaries-2026.pdf');
    const window = await launch(dataDir);
    await window.getByRole('button', { name: en.setup.loadSample }).click();
    await expect(window.getByText('40 agreements', { exact: true })).toBeVisible();
    // The native dialog answers as a user choosing a file would.
    await app!.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    }, target);
    await window.getByRole('navigation', { name: en.nav.label }).getByRole('link', { name: en.reports.nav }).click();
    await window.getByRole('link', { name: en.reports.kinds.anniversaries.title }).click();
    await expect(window.getByRole('row', { name: /Rome/ })).toBeVisible();
    await window.getByRole('button', { name: en.reports.export.button, exact: true }).click();
    await window.getByRole('menuitem', { name: en.reports.export.formats.pdf, exact: true }).click();
    await expect(window.getByText(/Saved to/)).toBeVisible();
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
