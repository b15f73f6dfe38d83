import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The register as a user meets it: the first-run screen, the Paris example, the filters,
 * creating an agreement with a new partner city, a restart, refused input, and French.
 * Everything is found by role and label, as a user (or a screen reader) finds it.
 */

/** The live count next to the register's title ("40 agreements"). */
const registerCount = (page: Page) => page.getByRole('main').getByRole('status');

async function loadParisExample(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Welcome to Accords', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Load the Paris example' }).click();
  await expect(page.getByRole('heading', { name: 'Agreements', level: 1 })).toBeVisible();
  await expect(registerCount(page)).toHaveText('40 agreements');
}

async function chooseOption(page: Page, combobox: ReturnType<Page['getByRole']>, option: string) {
  await combobox.click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(combobox).toHaveValue(option);
}

test('first run loads the Paris example; the register filters it by decade', async ({
  page,
  preview,
}) => {
  await loadParisExample(page, preview.url);
  await expect(page.getByRole('banner')).toContainText('Paris');

  const rome = page.getByRole('row', { name: /Rome/ });
  await expect(rome).toContainText('1956');
  await expect(rome).toContainText('Italy');
  await expect(rome).toContainText('Twinning');
  await expect(rome).toContainText('Exclusive');

  await chooseOption(page, page.getByRole('combobox', { name: 'Decade' }), '1990s');
  await expect(registerCount(page)).toHaveText('19 agreements');
  await expect(page.getByRole('row', { name: /Rome/ })).toHaveCount(0);
  await expect(page.getByRole('row', { name: /Prague/ })).toContainText('1997');

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(registerCount(page)).toHaveText('40 agreements');

  // Sorting is main's job; the header says how the table is sorted.
  const cityHeader = page.getByRole('columnheader', { name: 'City' });
  await cityHeader.getByRole('button').click();
  await expect(cityHeader).toHaveAttribute('aria-sort', 'ascending');

  // A row opens with the keyboard: the detail shows the agreement and its project actions.
  await page.getByRole('row', { name: /Prague/ }).focus();
  await page.keyboard.press('Enter');
  const detail = page.getByRole('dialog', { name: 'Prague, Czechia' });
  await expect(detail.getByRole('heading', { name: 'Project actions' })).toBeVisible();
  await expect(detail.getByRole('listitem').first()).toBeVisible();
});

test('an agreement created with a new city survives a restart; invalid input is refused at the field', async ({
  page,
  preview,
}) => {
  // Restarting the preview starts a second process: give this test more time than the rest.
  test.slow();
  await loadParisExample(page, preview.url);

  await page.getByRole('button', { name: 'New agreement' }).click();
  const form = page.getByRole('dialog', { name: 'New agreement' });
  await form.getByRole('button', { name: 'New city' }).click();
  await form.getByLabel('City name').fill('Montevideo');
  const country = form.getByRole('combobox', { name: 'Country' });
  await country.fill('Urug');
  await page.getByRole('option', { name: 'Uruguay', exact: true }).click();
  await form.getByRole('button', { name: 'Add the city' }).click();
  await expect(form.getByRole('combobox', { name: 'Partner city' })).toHaveValue(
    'Montevideo (Uruguay)',
  );
  await chooseOption(
    page,
    form.getByRole('combobox', { name: 'Type' }),
    'Friendship and cooperation',
  );
  await form.getByRole('textbox', { name: 'Signed' }).fill('2024');
  await form.getByRole('button', { name: 'Save' }).click();

  await expect(form).toBeHidden();
  await expect(registerCount(page)).toHaveText('41 agreements');
  const detail = page.getByRole('dialog', { name: 'Montevideo, Uruguay' });
  await expect(detail).toBeVisible();
  await detail.getByRole('button', { name: 'Close' }).click();
  await expect(detail).toBeHidden();

  // Main closes the database, starts again on the same folder; the page loads afresh.
  await preview.restart();
  // The home route is the dashboard: come back to the register itself.
  await page.goto(`${preview.url}#/agreements`);
  await expect(registerCount(page)).toHaveText('41 agreements');
  // Signed in 2024, it is the last of 41 rows, out of view: the search box finds it.
  await page.getByRole('textbox', { name: 'Search' }).fill('montevideo');
  await expect(registerCount(page)).toHaveText('1 agreement');
  const montevideo = page.getByRole('row', { name: /Montevideo/ });
  await expect(montevideo).toContainText('2024');
  await expect(montevideo).toContainText('Uruguay');
  await expect(montevideo).toContainText('Friendship and cooperation');

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(registerCount(page)).toHaveText('41 agreements');

  // An end before the signature, then a missing year: each error shows at its field.
  await page.getByRole('button', { name: 'New agreement' }).click();
  const invalid = page.getByRole('dialog', { name: 'New agreement' });
  const partner = invalid.getByRole('combobox', { name: 'Partner city' });
  await partner.fill('Kyoto');
  await page.getByRole('option', { name: 'Kyoto (Japan)' }).click();
  const signedYear = invalid.getByRole('textbox', { name: 'Signed' });
  const endedYear = invalid.getByRole('textbox', { name: 'Ended' });
  await signedYear.fill('2010');
  await endedYear.fill('2005');
  await invalid.getByRole('button', { name: 'Save' }).click();
  await expect(endedYear).toHaveAttribute('aria-invalid', 'true');
  await expect(endedYear).toHaveAccessibleDescription(
    'The end date cannot be before the signature (2010).',
  );

  await endedYear.fill('');
  await signedYear.fill('');
  await invalid.getByRole('button', { name: 'Save' }).click();
  await expect(signedYear).toHaveAccessibleDescription('Required.');
  await expect(endedYear).not.toHaveAttribute('aria-invalid', 'true');

  await invalid.getByRole('button', { name: 'Cancel' }).click();
  await expect(invalid).toBeHidden();
  await expect(registerCount(page)).toHaveText('41 agreements');
  await page.reload();
  await expect(registerCount(page)).toHaveText('41 agreements');
});

test('the interface speaks French once chosen, and remembers it', async ({ page, preview }) => {
  await loadParisExample(page, preview.url);

  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { name: 'Accords', level: 1 })).toBeVisible();
  await expect(registerCount(page)).toHaveText('40 accords');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('columnheader', { name: 'Signature' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Rechercher' })).toBeVisible();
  const rome = page.getByRole('row', { name: /Rome/ });
  await expect(rome).toContainText('Italie');
  await expect(rome).toContainText('Jumelage');
  await expect(rome).toContainText('Exclusif');

  await chooseOption(page, page.getByRole('combobox', { name: 'Décennie' }), 'années 1990');
  await expect(registerCount(page)).toHaveText('19 accords');

  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Villes partenaires' })).toBeVisible();
  await expect(registerCount(page)).toHaveText('19 accords');
});

test('starting empty asks for the city’s name, then shows an empty register', async ({
  page,
  preview,
}) => {
  await page.goto(preview.url);
  const ownCity = page.getByRole('textbox', { name: 'Your city' });
  await page.getByRole('button', { name: 'Start empty' }).click();
  await expect(ownCity).toHaveAccessibleDescription('Required.');

  await ownCity.fill('Lyon');
  await page.getByRole('button', { name: 'Start empty' }).click();
  await expect(page.getByRole('heading', { name: 'No agreements yet' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Lyon');
  await expect(registerCount(page)).toHaveText('0 agreements');
});
