import type { Page } from '@playwright/test';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../shared/domain/enums';
import { resources } from '../../shared/i18n';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

/**
 * Accessibility: axe-core (WCAG 2.1 A and AA rules) on every screen and dialog, in English and
 * in French: no critical and no serious violation. Screens are reached by their URL, dialogs by
 * the buttons a user presses, named from the translations so both languages run the same tour.
 */

/** Lets opening dialogs and drawers finish their transitions (a half-faded text is not checked). */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('.mantine-Loader-root')).toHaveCount(0);
  // A string, evaluated in the page (the tests are type-checked without the DOM's types).
  await page.evaluate(`Promise.all(
    document
      .getAnimations()
      .filter((a) => a.effect?.getTiming().iterations !== Infinity)
      .map((a) => a.finished.catch(() => undefined)),
  ).then(() => true)`);
}

/** Collects the violations of each state the tour shows; the test asserts there are none. */
function checker(page: Page, lang: Language) {
  const found: string[] = [];
  const seen: string[] = [];
  return {
    found,
    seen,
    async check(where: string) {
      await settled(page);
      seen.push(where);
      found.push(...(await seriousViolations(page, `[${lang}] ${where}`)));
    },
  };
}

async function switchLanguage(page: Page, lang: Language): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^${lang.toUpperCase()} `) }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/** Every screen of a loaded register and its dialogs, in one language. */
async function tour(page: Page, base: string, lang: Language): Promise<string[]> {
  const L = resources[lang].translation;
  const { found, seen, check } = checker(page, lang);
  const go = async (path: string) => {
    await page.goto(`${base}#/${path}`);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  };
  const main = page.getByRole('main');
  const dialog = page.getByRole('dialog');
  const close = async () => {
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  };

  await go('');
  await check('home');

  await go('agreements');
  await expect(main.getByRole('row', { name: /Rome/ })).toBeVisible();
  await check('register');
  await main.getByRole('row', { name: /Rome/ }).click();
  await expect(dialog).toBeVisible();
  await check('agreement drawer');
  await close();
  await main.getByRole('button', { name: L.register.new }).click();
  await expect(dialog).toBeVisible();
  await check('agreement form');
  await close();

  await go('actions');
  await expect(main.getByRole('row').nth(1)).toBeVisible();
  await check('actions');
  await main.getByRole('row').nth(1).click();
  await expect(dialog).toBeVisible();
  await check('action drawer');
  await close();
  await main.getByRole('button', { name: L.tracking.list.new }).click();
  await expect(dialog).toBeVisible();
  await check('action form');
  await close();

  await go('cities');
  await expect(main.getByRole('row', { name: /Prague/ })).toBeVisible();
  await check('partner cities');
  await main.getByRole('row', { name: /Prague/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Prague/ })).toBeVisible();
  await check('partner page');

  await go('contacts');
  await check('contacts');
  await main.getByRole('button', { name: L.partners.contacts.new }).click();
  await expect(dialog).toBeVisible();
  await check('contact form');
  await close();
  const contact = main.getByRole('row').nth(1);
  if ((await main.getByRole('row').count()) > 1) {
    await contact.click();
    await expect(dialog).toBeVisible();
    await check('contact drawer');
    await close();
  }

  await go('themes');
  await check('themes');
  await main.getByRole('button', { name: L.partners.themes.new }).click();
  await expect(dialog).toBeVisible();
  await check('theme form');
  await close();

  await go('reports');
  await check('reports hub');
  for (const kind of [
    'annual',
    'partner',
    'theme',
    'timeline',
    'dormant',
    'anniversaries',
    'map',
  ]) {
    await go(`reports/${kind}`);
    await check(`report ${kind}`);
  }
  await main.getByRole('button', { name: L.reports.export.button, exact: true }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await check('export menu');
  await page.keyboard.press('Escape');

  await go('trash');
  await check('trash');
  await go('backups');
  await check('backups');
  await main.getByRole('button', { name: L.safety.backups.backupNow }).click();
  await expect(page.locator('.mantine-Notification-root').first()).toBeVisible();
  await check('notification');
  await go('settings');
  await check('settings');

  await page.keyboard.press('Control+K');
  await expect(dialog).toBeVisible();
  await page.getByRole('textbox', { name: L.tracking.search.label }).fill('Prag');
  await expect(page.getByRole('button', { name: /^Prague/ }).first()).toBeVisible();
  await check('search palette');
  await close();

  expect(seen.length).toBeGreaterThan(25);
  return found;
}

for (const lang of ['en', 'fr'] as const) {
  test(`every screen and dialog has no critical or serious accessibility violation (${lang})`, async ({
    page,
    preview,
  }) => {
    test.setTimeout(300_000);
    const L = resources[lang].translation;
    await page.goto(preview.url);
    await expect(page.getByRole('button', { name: 'Load the Paris example' })).toBeVisible();
    if (lang !== 'en') await switchLanguage(page, lang);
    const firstRun = checker(page, lang);
    await firstRun.check('first run');
    await page.getByRole('button', { name: L.setup.loadSample }).click();
    await expect(page.getByRole('navigation', { name: L.nav.label })).toBeVisible();
    const found = await tour(page, preview.url.replace(/#.*$/, ''), lang);
    expect([...firstRun.found, ...found]).toEqual([]);
  });
}

test('the recovery screen has no critical or serious accessibility violation, in English and in French', async ({
  page,
  preview,
}) => {
  test.setTimeout(120_000);
  await page.goto(preview.url);
  await page.getByRole('textbox', { name: 'Your city' }).fill('Lyon');
  await page.getByRole('button', { name: 'Start empty' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await preview.stop();
  const bytes = Buffer.from('This is not a database file at all.');
  const fd = openSync(join(preview.dataDir, 'accords.sqlite3'), 'r+');
  writeSync(fd, bytes, 0, bytes.length, 0);
  closeSync(fd);
  await preview.start();
  await page.goto(preview.url);
  const { found, check } = checker(page, 'en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await check('recovery');
  await switchLanguage(page, 'fr');
  const fr = checker(page, 'fr');
  await fr.check('recovery');
  expect([...found, ...fr.found]).toEqual([]);
});
