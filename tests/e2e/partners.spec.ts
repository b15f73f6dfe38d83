import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The partner screens as a user meets them: the home dashboard, Montreal's fact sheet and the
 * versions of its agreement, a contact in Prague's administration (refused, then saved), a
 * new theme in both languages, the partner page in French, and all of it after a restart.
 * Everything is found by role and label.
 */

const nav = (page: Page, name: string) =>
  page.getByRole('navigation').getByRole('link', { name, exact: true });

/** The live count next to a screen's title ("1 contact"). */
const screenCount = (page: Page) => page.getByRole('main').getByRole('status');

test('home, partner pages, contacts and themes; in French; after a restart', async ({
  page,
  preview,
}) => {
  // Restarting the preview starts a second process: give this test more time than the rest.
  test.slow();
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'Load the Paris example' }).click();
  await expect(page.getByRole('heading', { name: 'Agreements', level: 1 })).toBeVisible();

  // Home: the counts of the register.
  await nav(page, 'Home').click();
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  const counts = page.getByRole('region', { name: 'The register in numbers' });
  await expect(counts.getByRole('link', { name: /Partner cities\s*40/ })).toBeVisible();
  await expect(counts.getByRole('link', { name: /Agreements\s*40/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Follow-ups due', level: 2 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Actions in progress', level: 2 })).toBeVisible();

  // Montreal's partner page: the agreement and its three versions, oldest first.
  await nav(page, 'Partner cities').click();
  await page.getByRole('row', { name: /Montreal/ }).click();
  await expect(page.getByRole('heading', { name: 'Montreal', level: 1 })).toBeVisible();
  const versions = page.getByRole('list', { name: /History of the agreement/ });
  await expect(versions.getByRole('listitem')).toHaveCount(3);
  await expect(versions.getByRole('listitem').nth(0)).toContainText('April 2006');
  await expect(versions.getByRole('listitem').nth(1)).toContainText('May 2014');
  await expect(versions.getByRole('listitem').nth(2)).toContainText('April 2023');

  // A contact in Prague's administration: an invalid e-mail is refused at its field.
  await nav(page, 'Contacts').click();
  await expect(screenCount(page)).toHaveText('0 contacts');
  await page.getByRole('button', { name: 'New contact' }).click();
  let form = page.getByRole('dialog', { name: 'New contact' });
  await form.getByRole('textbox', { name: /^Name/ }).fill('Jana Nováková');
  await form.getByLabel('Role', { exact: true }).fill('Head of international relations');
  await form.getByLabel('Organisation', { exact: true }).fill('Prague City Hall');
  const city = form.getByRole('combobox', { name: 'Partner city' });
  await city.fill('Prag');
  await page.getByRole('option', { name: 'Prague (Czechia)' }).click();
  const email = form.getByLabel('E-mail', { exact: true });
  await email.fill('jana.novakova@praha');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(
    'Enter an e-mail address such as name@example.org.',
  );
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form).toBeHidden();
  await expect(screenCount(page)).toHaveText('0 contacts');

  // The same contact with a valid e-mail is saved and listed.
  await page.getByRole('button', { name: 'New contact' }).click();
  form = page.getByRole('dialog', { name: 'New contact' });
  await form.getByRole('textbox', { name: /^Name/ }).fill('Jana Nováková');
  await form.getByLabel('Organisation', { exact: true }).fill('Prague City Hall');
  await form.getByRole('combobox', { name: 'Partner city' }).fill('Prag');
  await page.getByRole('option', { name: 'Prague (Czechia)' }).click();
  await form.getByLabel('E-mail', { exact: true }).fill('jana.novakova@praha.eu');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expect(screenCount(page)).toHaveText('1 contact');
  await expect(page.getByRole('row', { name: /Jana Nováková/ })).toContainText('Prague');

  // A theme with its two labels.
  await nav(page, 'Themes').click();
  await page.getByRole('button', { name: 'New theme' }).click();
  const theme = page.getByRole('dialog', { name: 'New theme' });
  await theme.getByLabel('English label').fill('School twinning');
  await theme.getByLabel('French label').fill('Jumelage scolaire');
  await theme.getByRole('button', { name: 'Save' }).click();
  await expect(theme).toBeHidden();
  await expect(page.getByRole('row', { name: /School twinning/ })).toContainText(
    'Jumelage scolaire',
  );

  // In French, Prague's partner page lists the new contact.
  await page.getByRole('button', { name: 'Français' }).click();
  await nav(page, 'Villes partenaires').click();
  await page.getByRole('row', { name: /Prague/ }).click();
  await expect(page.getByRole('heading', { name: 'Prague', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Accords', level: 2 })).toBeVisible();
  await expect(page.getByText('Tchéquie')).toBeVisible();
  const contacts = page.getByRole('region', { name: 'Contacts' });
  await expect(contacts.getByRole('link', { name: 'Jana Nováková' })).toBeVisible();
  await expect(contacts).toContainText('Administration partenaire');

  // After a restart: the language, the contact and the theme are still there.
  await preview.restart();
  await page.goto(preview.url);
  await nav(page, 'Contacts').click();
  await expect(screenCount(page)).toHaveText('1 contact');
  await expect(page.getByRole('row', { name: /Jana Nováková/ })).toBeVisible();
  await nav(page, 'Thèmes').click();
  await expect(page.getByRole('row', { name: /Jumelage scolaire/ })).toBeVisible();
  await nav(page, 'Accueil').click();
  await expect(page.getByRole('heading', { name: 'Accueil', level: 1 })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Le registre en chiffres' }).getByRole('link', {
      name: /Contacts\s*1/,
    }),
  ).toBeVisible();
});
