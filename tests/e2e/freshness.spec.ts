import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadParisExample } from './paris';

/**
 * Screens follow what a write did, at once and without a reload: deleting the Prague agreement
 * (which takes its two actions to the trash with it) empties them from the actions list, the
 * home screen's counts and list, and search, and the trash shows them; restoring it brings them
 * all back. Every screen is visited first so its answer sits in the cache, fresh for a while:
 * only the changes main reports can refresh it.
 */

test.use({ actionTimeout: 15_000 });

const FLOOD = 'Real-time flood alerts by mobile phone for the flood risk prevention plan (PPRI)';
const HERITAGE = 'Heritage conservation and new technologies';

async function nav(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** The number on one of the home screen's cards (“Project actions 4”). */
function card(page: Page, label: string) {
  return page
    .getByRole('region', { name: 'The register in numbers' })
    .getByRole('link', { name: new RegExp(`^${label}`) });
}

/** Searches with Ctrl+K; returns the palette's hit for the flood-alerts action. */
async function search(page: Page, text: string) {
  await page.keyboard.press('Control+k');
  const box = page.getByRole('textbox', { name: 'Search everything' });
  await box.fill(text);
  return page.getByRole('button', { name: new RegExp(`^${FLOOD.slice(0, 25)}`) });
}

/** What each screen shows of the Prague actions, checked in turn without reloading. */
async function expectPragueActions(page: Page, present: boolean) {
  const count = present ? 1 : 0;

  await nav(page, 'Actions');
  await expect(page.getByRole('row', { name: new RegExp(FLOOD.slice(0, 25)) })).toHaveCount(count);
  await expect(page.getByRole('row', { name: new RegExp(HERITAGE) })).toHaveCount(count);
  await expect(page.getByRole('status').filter({ hasText: /actions?$/ })).toHaveText(
    present ? '4 actions' : '2 actions',
  );

  await nav(page, 'Home');
  await expect(card(page, 'Project actions')).toContainText(
    present ? /^Project actions\s*4(?!\d)/ : /^Project actions\s*2(?!\d)/,
  );
  await expect(card(page, 'Agreements')).toContainText(
    present ? /^Agreements\s*40(?!\d)/ : /^Agreements\s*39(?!\d)/,
  );
  // The actions in progress leave the home screen's list too.
  await expect(
    page.getByRole('region', { name: 'Actions in progress' }).getByRole('link', { name: HERITAGE }),
  ).toHaveCount(count);

  await nav(page, 'Trash');
  const trashed = page.getByRole('row', { name: /Prague/ });
  if (present) await expect(page.getByText('The trash is empty.')).toBeVisible();
  else await expect(trashed).toContainText('2 actions');

  const hit = await search(page, 'flood alerts');
  if (present) await expect(hit).toBeVisible();
  else await expect(page.getByText('Nothing found.')).toBeVisible();
  await page.keyboard.press('Escape');
}

test('deleting an agreement empties its actions from every screen at once; restoring brings them back', async ({
  page,
  preview,
}) => {
  test.slow();
  await loadParisExample(page, preview.url);

  // Every screen seen once: its answer is cached.
  await expectPragueActions(page, true);

  // The Prague agreement goes to the trash, its two actions with it.
  await nav(page, 'Agreements');
  await page.getByRole('row', { name: /Prague/ }).click();
  const drawer = page.getByRole('dialog', { name: 'Prague, Czechia' });
  await drawer.getByRole('button', { name: 'Delete' }).click();
  await page
    .getByRole('dialog', { name: 'Delete the agreement with Prague?' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(drawer).toBeHidden();
  await expect(page.getByRole('row', { name: /Prague/ })).toHaveCount(0);

  await expectPragueActions(page, false);

  // Restored from the trash: back everywhere.
  await page
    .getByRole('row', { name: /Prague/ })
    .getByRole('button', { name: /^Restore / })
    .click();
  await expect(page.getByRole('row', { name: /Prague/ })).toHaveCount(0);
  await expectPragueActions(page, true);
});
