import type { Browser, Locator, Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initServer } from '../../electron/services/team/team';
import { expect, test } from './fixtures';
import { startPreview, type PreviewProcess } from './previewProcess';
import { startTeamServer, type TeamServer } from './teamServer';

/**
 * Two desktops of one team, each a preview on its own data folder, sharing one PostgreSQL
 * (an embedded one started here, or ACCORDS_TEST_PG_URL): they join from the Team screen, see
 * each other's changes after a sync, and settle a conflict on the same field from the screen.
 * In French, as the Paris team works; screenshots in test-results/e2e/team/.
 */

test.use({ locale: 'fr-FR', actionTimeout: 15_000 });
test.setTimeout(300_000);

let server: TeamServer;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startTeamServer();
  // IT's one-time set-up (`npm run accords -- team init URL`).
  await initServer(server.url, { password: server.password });
});
test.afterAll(async () => {
  await server?.stop();
});

interface Desktop {
  page: Page;
  preview: PreviewProcess;
  dataDir: string;
}

async function openDesktop(
  browser: Browser,
  name: string,
  syncEverySeconds: number,
): Promise<Desktop> {
  const dataDir = mkdtempSync(join(tmpdir(), `accords-team-${name}-`));
  const preview = await startPreview(dataDir, ['--sync-every', String(syncEverySeconds)]);
  const context = await browser.newContext({
    locale: 'fr-FR',
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(preview.url);
  // First run: a register of one's own, empty.
  await page.getByRole('textbox', { name: 'Votre ville' }).fill('Lyon');
  await page.getByRole('button', { name: 'Commencer à vide' }).click();
  await expect(page.getByRole('navigation', { name: /./ })).toBeVisible();
  return { page, preview, dataDir };
}

async function closeDesktop(desktop: Desktop | undefined): Promise<void> {
  if (!desktop) return;
  await desktop.page.context().close();
  await desktop.preview.stop();
  rmSync(desktop.dataDir, { recursive: true, force: true });
}

async function joinTeam(page: Page, name: string, screenshot?: string): Promise<void> {
  await page.getByRole('link', { name: 'Équipe' }).click();
  await expect(page.getByRole('heading', { name: 'Vous travaillez seul' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Adresse du serveur d’équipe' }).fill(server.url);
  await page.getByRole('textbox', { name: 'Votre nom' }).fill(name);
  await page.getByLabel('Mot de passe').fill(server.password);
  await page.getByRole('button', { name: 'Tester la connexion' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Le serveur répond' })).toBeVisible();
  if (screenshot) await shot(page, screenshot);
  await page.getByRole('button', { name: 'Rejoindre l’équipe' }).click();
  await expect(page.getByRole('heading', { name: 'Synchronisation de l’équipe' })).toBeVisible({
    timeout: 30_000,
  });
}

async function syncNow(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Équipe' }).click();
  // An earlier sync's notice may still be on screen (it closes after 4 s): the notice awaited
  // below must be this sync's own.
  const synced = page.getByText(/^Synchronisé\s:/);
  await expect(synced).toHaveCount(0, { timeout: 15_000 });
  await page.getByRole('button', { name: 'Synchroniser maintenant' }).click();
  await expect(synced).toBeVisible({ timeout: 30_000 });
}

async function openAgreements(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Accords' }).click();
  await expect(page.getByRole('heading', { name: 'Accords', level: 1 })).toBeVisible();
}

async function editTitle(page: Page, title: string): Promise<void> {
  await openAgreements(page);
  await page.getByRole('row', { name: /Montevideo/ }).click();
  const detail = page.getByRole('dialog', { name: 'Montevideo, Uruguay' });
  await detail.getByRole('button', { name: 'Modifier' }).click();
  const form = page.getByRole('dialog', { name: 'Modifier l’accord avec Montevideo' });
  await form.getByRole('textbox', { name: 'Intitulé' }).fill(title);
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(form).toBeHidden();
  await detail.getByRole('button', { name: 'Fermer' }).click();
}

/** The title an agreement's detail shows (its "Intitulé" fact; the history below may name others). */
function titleIn(detail: Locator): Locator {
  return detail.locator('dt:text-is("Intitulé") + dd');
}

async function choose(page: Page, combobox: Locator, option: string): Promise<void> {
  await combobox.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

test('two desktops share one register through PostgreSQL: changes cross after a sync, a conflict is settled on screen', async ({
  browser,
}) => {
  let a: Desktop | undefined;
  let b: Desktop | undefined;
  try {
    // A syncs in the background every 2 s; B only when asked (its next background sync is
    // 10 minutes away), so that B can edit "offline" and meet A's edit later.
    a = await openDesktop(browser, 'a', 2);
    b = await openDesktop(browser, 'b', 600);

    // A joins the empty team; its register becomes the team's.
    await joinTeam(a.page, 'Anne (Relations internationales)', '01-alone-tested');
    await shot(a.page, '02-joined');

    // A records an agreement with a new partner city, and syncs.
    await openAgreements(a.page);
    await a.page.getByRole('button', { name: 'Nouvel accord' }).first().click();
    const form = a.page.getByRole('dialog', { name: 'Nouvel accord' });
    await form.getByRole('button', { name: 'Nouvelle ville' }).click();
    await form.getByLabel('Nom de la ville').fill('Montevideo');
    const country = form.getByRole('combobox', { name: 'Pays' });
    await country.fill('Urug');
    await a.page.getByRole('option', { name: 'Uruguay', exact: true }).click();
    await form.getByRole('button', { name: 'Ajouter la ville' }).click();
    await choose(a.page, form.getByRole('combobox', { name: 'Type' }), 'Amitié et coopération');
    await form.getByRole('textbox', { name: 'Signature' }).fill('2024');
    await form.getByRole('textbox', { name: 'Intitulé' }).fill('Pacte d’amitié');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(form).toBeHidden();
    await a.page
      .getByRole('dialog', { name: 'Montevideo, Uruguay' })
      .getByRole('button', { name: 'Fermer' })
      .click();
    await syncNow(a.page);

    // B joins with its empty register: it downloads the team's and sees A's agreement.
    await joinTeam(b.page, 'Bruno (Coopération)');
    await expect(b.page.getByRole('row', { name: /Anne/ })).toBeVisible();
    await openAgreements(b.page);
    await expect(b.page.getByRole('row', { name: /Montevideo/ })).toContainText('2024');

    // B edits and syncs; A, its agreement open on screen, sees the edit arrive by itself
    // (A's background sync, then the change feed refreshing what A has open).
    await openAgreements(a.page);
    await a.page.getByRole('row', { name: /Montevideo/ }).click();
    const aDetail = a.page.getByRole('dialog', { name: 'Montevideo, Uruguay' });
    await expect(titleIn(aDetail)).toHaveText('Pacte d’amitié');
    await editTitle(b.page, 'Pacte d’amitié et de coopération');
    await syncNow(b.page);
    await expect(titleIn(aDetail)).toHaveText('Pacte d’amitié et de coopération', {
      timeout: 30_000,
    });
    await aDetail.getByRole('button', { name: 'Fermer' }).click();

    // Both change the same field before they meet again: a conflict, listed on the screen.
    await editTitle(a.page, 'Pacte de Lyon avec Montevideo');
    await editTitle(b.page, 'Accord Montevideo–Lyon');
    await syncNow(a.page);
    await syncNow(b.page);
    await expect(b.page.getByRole('heading', { name: 'Conflits à régler' })).toBeVisible();
    const conflicts = b.page.getByRole('table', { name: 'Conflits à régler' });
    const row = conflicts.getByRole('row', { name: /Montevideo/ });
    await expect(row).toContainText('Accord Montevideo–Lyon');
    await expect(row).toContainText('Pacte de Lyon avec Montevideo');
    await expect(row).toContainText('Anne');
    await shot(b.page, '03-conflict');

    // Meanwhile A pulled Bruno's later edit: A's open agreement shows it.
    await openAgreements(a.page);
    await a.page.getByRole('row', { name: /Montevideo/ }).click();
    await expect(titleIn(aDetail)).toHaveText('Accord Montevideo–Lyon', { timeout: 30_000 });

    // B takes Anne's value and syncs; no conflict is left, and A's open agreement comes back
    // to Anne's value by itself.
    await row.getByRole('button', { name: /^Prendre la sienne/ }).click();
    await expect(b.page.getByText('Aucun conflit')).toBeVisible();
    await syncNow(b.page);
    await expect(titleIn(aDetail)).toHaveText('Pacte de Lyon avec Montevideo', { timeout: 30_000 });
    await openAgreements(b.page);
    await b.page.getByRole('row', { name: /Montevideo/ }).click();
    await expect(titleIn(b.page.getByRole('dialog', { name: 'Montevideo, Uruguay' }))).toHaveText(
      'Pacte de Lyon avec Montevideo',
    );
    await b.page
      .getByRole('dialog', { name: 'Montevideo, Uruguay' })
      .getByRole('button', { name: 'Fermer' })
      .click();
    await shot(a.page, '04-background-sync');
    await aDetail.getByRole('button', { name: 'Fermer' }).click();
    await b.page.getByRole('link', { name: 'Équipe' }).click();
    await shot(b.page, '05-members');

    // The server goes away: A keeps working and says, discreetly, that it is offline.
    await server.stop();
    await a.page.getByRole('link', { name: 'Équipe' }).click();
    await expect(a.page.getByRole('banner')).toContainText('Hors ligne', { timeout: 45_000 });
    await expect(a.page.getByRole('main')).toContainText('Le serveur est injoignable');
    await shot(a.page, '06-offline');
  } finally {
    await closeDesktop(a);
    await closeDesktop(b);
  }
});
