import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * A Paris partnerships officer working in French: city names in French, found by any spelling
 * in the register and in Ctrl+K; dates typed 20/05/2026 or "juin 2026"; amounts typed
 * "4 500,50", a pasted "4500.5" read as meant and an ambiguous "4.500" refused at the field; a
 * participant who is not yet a contact added in place. Everything found by role and label.
 */

test.use({ actionTimeout: 15_000 });

const registerCount = (page: Page) => page.getByRole('main').getByRole('status');

async function choose(page: Page, combobox: Locator, option: string) {
  await combobox.click();
  await page.getByRole('option', { name: option }).first().click();
}

async function loadParisInFrench(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Load the Paris example' }).click();
  await expect(registerCount(page)).toHaveText('40 agreements');
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(registerCount(page)).toHaveText('40 accords');
}

test('in French: Copenhague and Tbilissi are found by their French names, in the register and in Ctrl+K', async ({
  page,
  preview,
}) => {
  test.slow();
  await loadParisInFrench(page, preview.url);
  // The register speaks French names.
  await expect(page.getByRole('row', { name: /Tbilissi/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Tbilisi / })).toHaveCount(0);

  const search = page.getByRole('textbox', { name: 'Rechercher' });
  await search.fill('copenhague');
  await expect(registerCount(page)).toHaveText('1 accord');
  await expect(page.getByRole('row', { name: /Copenhague/ })).toContainText('Danemark');
  await search.fill('tbilissi');
  await expect(registerCount(page)).toHaveText('1 accord');
  await expect(page.getByRole('row', { name: /Tbilissi/ })).toContainText('Géorgie');
  await search.fill('pekin');
  await expect(page.getByRole('row', { name: /Pékin/ })).toBeVisible();

  // The header's search button is named by what it shows; Ctrl+K is its shortcut.
  await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
  const everywhere = page.getByRole('textbox', { name: 'Tout rechercher' });
  await everywhere.fill('tbilissi');
  await expect(page.getByRole('button', { name: /^Tbilissi/ }).first()).toBeVisible();
  await everywhere.fill('copenhague');
  await expect(page.getByRole('button', { name: /^Copenhague/ }).first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Copenhague/ }).first()).toBeVisible();
});

test('in French: an action with dates typed 20/05/2026 and juin 2026, a budget of 4 500,50 and a new participant', async ({
  page,
  preview,
}) => {
  test.slow();
  await loadParisInFrench(page, preview.url);
  await page.getByRole('row', { name: /Prague/ }).click();
  const agreement = page.getByRole('dialog', { name: 'Prague, Tchéquie' });
  await agreement.getByRole('button', { name: 'Nouvelle action' }).click();
  const form = page.getByRole('dialog', { name: 'Nouvelle action' });

  await form.getByRole('textbox', { name: 'Titre', exact: true }).fill('Atelier sur les crues');
  await choose(page, form.getByRole('combobox', { name: 'Type' }), 'Atelier ou conférence');

  const start = form.getByRole('textbox', { name: 'Début', exact: true });
  await start.fill('20/05/2026');
  const end = form.getByRole('textbox', { name: 'Fin', exact: true });
  await end.fill('juin 2026');
  const followUp = form.getByRole('textbox', { name: 'Date de suivi', exact: true });
  await followUp.fill('1/7/2026');
  await form.getByRole('textbox', { name: 'Titre', exact: true }).click();
  // Shown back in French at the precision given; never the literal "LL".
  await expect(start).toHaveValue('20/05/2026');
  await expect(end).toHaveValue('juin 2026');
  await expect(followUp).toHaveValue('01/07/2026');

  // A date no language reads is refused at its field.
  await end.fill('31/06/2026');
  await form.getByRole('textbox', { name: 'Titre', exact: true }).click();
  await expect(end).toHaveAccessibleDescription(/Date non reconnue/);
  await end.fill('juin 2026');

  const planned = form.getByRole('textbox', { name: 'Budget prévu', exact: true });
  await planned.fill('4 500,50');
  await form.getByRole('textbox', { name: 'Budget prévu – Devise' }).fill('EUR');
  await expect(planned).toHaveValue(/^4\s500,50$/);
  // Pasted the English way: read as the decimals it can only be, not as 45 005.
  const spent = form.getByRole('textbox', { name: 'Dépensé', exact: true });
  await spent.fill('4500.5');
  await form.getByRole('textbox', { name: 'Titre', exact: true }).click();
  await expect(spent).toHaveValue(/^4\s500,50$/);
  // "4.500" could be 4 500 or 4,5: refused at the field, nothing guessed.
  await spent.fill('4.500');
  await expect(spent).toHaveAccessibleDescription(/Lecture ambiguë/);
  await spent.fill('1 200');

  // Someone not yet in the contacts, added where the participants are chosen.
  await form.getByRole('button', { name: 'Nouveau participant' }).click();
  const participant = form.getByRole('group', { name: 'Nouveau participant' });
  await participant.getByRole('textbox', { name: 'Nom' }).fill('Tereza Nováková');
  await participant.getByRole('textbox', { name: 'Organisme' }).fill('Mairie de Prague');
  await participant.getByRole('button', { name: 'Ajouter à l’action' }).click();
  await expect(participant).toBeHidden();
  await expect(form.getByText('Tereza Nováková · Mairie de Prague')).toBeVisible();

  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(form).toBeHidden();
  const detail = page.getByRole('dialog', { name: 'Atelier sur les crues', exact: true });
  await expect(detail).toContainText('20 mai 2026');
  await expect(detail).toContainText(/4\s500,50\s€/);
  await expect(detail).toContainText(/1\s200,00\s€/);
  await expect(detail).toContainText('Tereza Nováková');
  await page.screenshot({ path: 'test-results/e2e/local-ways-action.png' });

  // The participant is a contact now.
  await detail.getByRole('button', { name: 'Fermer' }).click();
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Contacts' })
    .click();
  await expect(page.getByRole('row', { name: /Tereza Nováková/ })).toContainText(
    'Mairie de Prague',
  );
});
