import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Following up an agreement as a user does: record a project action under the Prague
 * agreement with a theme, a contact and an attachment; find it by typing without accents;
 * edit it and read its history; delete it, restore it from the trash; restart; it is all there.
 * Everything is found by role and label.
 */

// A step that cannot find its target fails in seconds rather than at the end of the test.
test.use({ actionTimeout: 15_000 });

const TITLE = 'Prévention des crues : exercice d’alerte avec les habitants';

async function loadParisExample(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Load the Paris example' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

async function nav(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function choose(page: Page, combobox: Locator, option: string, typed?: string) {
  await combobox.click();
  if (typed) await combobox.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

test('an action recorded under the Prague agreement survives edit, delete, restore and restart', async ({
  page,
  preview,
}) => {
  test.slow();
  await loadParisExample(page, preview.url);

  // A contact first, through the contacts screen.
  await nav(page, 'Contacts');
  await page.getByRole('button', { name: 'New contact' }).click();
  const contactForm = page.getByRole('dialog', { name: 'New contact' });
  await contactForm.getByRole('textbox', { name: 'Name', exact: true }).fill('Jana Dvořáková');
  await contactForm.getByRole('button', { name: 'Save' }).click();
  await expect(contactForm).toBeHidden();

  // The Prague agreement, then a new action under it.
  await nav(page, 'Agreements');
  await page.getByRole('row', { name: /Prague/ }).click();
  const agreement = page.getByRole('dialog', { name: 'Prague, Czechia' });
  await agreement.getByRole('button', { name: 'New action' }).click();
  const form = page.getByRole('dialog', { name: 'New action' });
  await expect(form.getByRole('combobox', { name: 'Agreement' })).toHaveValue(/Prague/);

  // Refused at the field before anything is sent.
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('textbox', { name: 'Title' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );

  await form.getByRole('textbox', { name: 'Title' }).fill(TITLE);
  await choose(page, form.getByRole('combobox', { name: 'Kind' }), 'Workshop or conference');
  await form.getByRole('textbox', { name: 'Start' }).fill('2026-03');
  await choose(page, form.getByRole('combobox', { name: 'Themes' }), 'Risk prevention', 'Risk');
  await page.keyboard.press('Escape');
  await choose(page, form.getByRole('combobox', { name: 'Contacts' }), 'Jana Dvořáková', 'Jana');
  await page.keyboard.press('Escape');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();

  // The new action opens in the actions list.
  const detail = page.getByRole('dialog', { name: TITLE, exact: true });
  await expect(detail.getByRole('listitem').filter({ hasText: 'Risk prevention' })).toBeVisible();
  await expect(detail.getByText('Jana Dvořáková')).toBeVisible();
  await detail.getByRole('tab', { name: 'Documents' }).click();
  await detail.getByLabel('Attach files').setInputFiles({
    name: 'plan-crues.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Vltava flood plan, 2026 drill.'),
  });
  await expect(detail.getByRole('listitem').filter({ hasText: 'plan-crues.txt' })).toBeVisible();
  await detail.getByRole('button', { name: 'Close' }).click();

  // Found by typing without accents.
  await page.keyboard.press('Control+k');
  await page.getByRole('textbox', { name: 'Search everything' }).fill('prevention crues');
  // Keyboard only: the hit is listed, the arrow selects it, Enter opens it.
  await expect(
    page.getByRole('button', { name: new RegExp(`^${TITLE.slice(0, 20)}`) }),
  ).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const found = page.getByRole('dialog', { name: TITLE, exact: true });
  await expect(found).toBeVisible();

  // Edited, and the change shows in its history.
  await found.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: `Edit “${TITLE}”` });
  await edit.getByRole('textbox', { name: 'Place' }).fill('Prague-Holešovice');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await found.getByRole('tab', { name: 'History' }).click();
  await expect(found.getByText('Place: (empty) → Prague-Holešovice')).toBeVisible();

  // Deleted, then restored from the trash.
  await found.getByRole('button', { name: 'Delete' }).click();
  await page
    .getByRole('dialog', { name: `Delete “${TITLE}”?` })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(found).toBeHidden();
  await nav(page, 'Trash');
  const trashed = page.getByRole('row', { name: new RegExp(TITLE.slice(0, 20)) });
  await expect(trashed).toBeVisible();
  await trashed.getByRole('button', { name: `Restore ${TITLE}` }).click();
  await expect(trashed).toBeHidden();

  // After a restart, everything is still there.
  await preview.restart();
  await page.goto(`${preview.url}#/actions`);
  await expect(page.getByRole('heading', { name: 'Project actions', level: 1 })).toBeVisible();
  await page.getByRole('row', { name: new RegExp(TITLE.slice(0, 20)) }).click();
  const again = page.getByRole('dialog', { name: TITLE, exact: true });
  await expect(again.getByText('Prague-Holešovice')).toBeVisible();
  await expect(again.getByRole('listitem').filter({ hasText: 'Risk prevention' })).toBeVisible();
  await expect(again.getByText('Jana Dvořáková')).toBeVisible();
  await again.getByRole('tab', { name: 'Documents' }).click();
  await expect(again.getByRole('listitem').filter({ hasText: 'plan-crues.txt' })).toBeVisible();
  await again.getByRole('tab', { name: 'History' }).click();
  await expect(again.getByText('Restored', { exact: true })).toBeVisible();
});
