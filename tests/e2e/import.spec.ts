import type { Page } from '@playwright/test';
import iconv from 'iconv-lite';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

/**
 * A French partnerships officer brings in the register she kept in Excel, saved as CSV the
 * way French Excel does (Windows-1252, `;`, two title rows above the header, dd/mm/yyyy): she
 * goes through the mapping screen, fixes the day that does not exist, imports, finds the
 * agreements in the register, then undoes the import and finds them gone; the same file
 * brought again from the search palette gets its saved mapping back. axe checks each step of
 * the import screen on the way. Everything is found by role and label, in French.
 */

test.use({ actionTimeout: 15_000 });

const FILE_NAME = 'registre-jumelages.csv';

/** The register as French Excel saves it: Windows-1252, `;`, CRLF, titles above the header. */
const REGISTER = iconv.encode(
  [
    'Registre des jumelages et partenariats;;;;;',
    'Mis à jour le 12/03/2024 — Service des relations internationales;;;;;',
    'Ville partenaire;Pays;Type d’accord;Date de signature;Statut;Observations',
    'Copenhague;Danemark;Jumelage;15/05/1998;Actif;Échanges scolaires « Erasmus »',
    'Tbilissi;Géorgie;Accord d’amitié et de coopération;31/02/2004;En sommeil;Budget 4 200 €',
    'Québec;Canada;Pacte d’amitié;03/10/2011;Actif;Cœur de la coopération',
    '',
  ].join('\r\n'),
  'windows-1252',
);

const registerCount = (page: Page) => page.getByRole('main').getByRole('status').first();

/** Lets dialogs and transitions settle, then runs axe; the violations are kept for the end. */
async function axeCheck(page: Page, where: string, found: string[]): Promise<void> {
  await expect(page.locator('.mantine-Loader-root')).toHaveCount(0);
  await page.evaluate(`Promise.all(
    document.getAnimations()
      .filter((a) => a.effect?.getTiming().iterations !== Infinity)
      .map((a) => a.finished.catch(() => undefined)),
  ).then(() => true)`);
  found.push(...(await seriousViolations(page, `[fr] import: ${where}`)));
}

test('in French: a register file comes in through the mapping screen, its bad date fixed, then the import is undone', async ({
  page,
  preview,
}) => {
  test.slow();
  const violations: string[] = [];
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'Français' }).click();
  await page.getByRole('textbox', { name: 'Votre ville' }).fill('Lyon');
  await page.getByRole('button', { name: 'Commencer à vide' }).click();
  await expect(page.getByRole('heading', { name: 'Aucun accord pour l’instant' })).toBeVisible();

  // The empty register offers the import.
  await page.getByRole('link', { name: 'Reprendre votre registre existant' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importer un tableur' })).toBeVisible();
  await axeCheck(page, 'file', violations);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Fichier à importer' }).click();
  await (await chooser).setFiles({ name: FILE_NAME, mimeType: 'text/csv', buffer: REGISTER });

  // Sheet and header row: the titles above the header are found and left out.
  const main = page.getByRole('main');
  await expect(main.getByText('3 lignes de données ; encodage Windows-1252')).toBeVisible();
  await expect(main.getByRole('textbox', { name: 'Ligne qui nomme les colonnes' })).toHaveValue(
    '3',
  );
  await axeCheck(page, 'sheet', violations);
  await main.getByRole('button', { name: 'Suivant' }).click();

  // Mapping: each column's suggestion is chosen and marked; the unknown column goes to notes.
  const field = (header: string) =>
    main.getByRole('combobox', { name: `Champ pour la colonne « ${header} »` });
  await expect(field('Ville partenaire')).toHaveValue('Ville partenaire *');
  await expect(field('Date de signature')).toHaveValue('Date de signature *');
  await expect(field('Observations')).toHaveValue(/^(Notes|Garder dans les notes)$/);
  const mappingTable = main.getByRole('table', { name: /colonnes du fichier/ });
  await expect(mappingTable.getByRole('row', { name: /Pays/ })).toContainText('Suggéré');
  await axeCheck(page, 'mapping', violations);
  await main.getByRole('button', { name: 'Suivant' }).click();

  // Preview: the day that does not exist is shown at its row and column, and fixed there.
  await expect(main.getByText('Ligne 5, Date de signature', { exact: true })).toBeVisible();
  await expect(
    main.getByText('« 31/02/2004 » est un jour qui n’existe pas.').first(),
  ).toBeVisible();
  const next = main.getByRole('button', { name: 'Suivant' });
  await expect(next).toBeDisabled();
  await axeCheck(page, 'preview with a problem', violations);
  const fix = main.getByRole('textbox', {
    name: 'Valeur corrigée pour la ligne 5, Date de signature',
  });
  await fix.fill('28/02/2004');
  await main.getByRole('button', { name: 'Appliquer' }).click();
  await expect(
    main.getByText('Aucun problème : toutes les lignes peuvent être importées.'),
  ).toBeVisible();
  const firstRows = main.getByRole('table', { name: /premières lignes/ });
  await expect(firstRows.getByRole('row', { name: /Tbilissi/ })).toContainText('28/02/2004');
  await expect(next).toBeEnabled();
  await next.click();

  // Existing records and the dry run: nothing is saved yet.
  await expect(main.getByRole('radio', { name: /L’écarter/ })).toBeChecked();
  await main.getByRole('button', { name: 'Essai à blanc' }).click();
  await expect(main.getByRole('heading', { name: 'Ce que ferait l’import' })).toBeVisible();
  await axeCheck(page, 'dry run', violations);
  await main.getByRole('button', { name: 'Importer maintenant' }).click();

  // The report, then the register.
  await expect(main.getByText('Import terminé')).toBeVisible();
  await expect(main.getByText(`« ${FILE_NAME} » a été importé.`)).toBeVisible();
  await axeCheck(page, 'report', violations);
  await main.getByRole('link', { name: 'Ouvrir les accords' }).click();
  await expect(registerCount(page)).toHaveText('3 accords');
  for (const city of ['Copenhague', 'Tbilissi', 'Québec'])
    await expect(main.getByRole('row', { name: new RegExp(city) })).toBeVisible();

  // Undo from the past imports: the agreements are gone.
  await page.getByRole('navigation').getByRole('link', { name: 'Importer' }).click();
  const batch = main.getByRole('table', { name: 'Imports précédents' }).getByRole('row', {
    name: new RegExp(FILE_NAME),
  });
  // The date as the app shows every time in French (“4 déc. 2026, 21:17”).
  await expect(batch).toContainText(/\d{1,2} \p{L}+\.? \d{4}, \d{2}:\d{2}/u);
  await batch.getByRole('button', { name: /Annuler cet import/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Annuler cet import ?' });
  await axeCheck(page, 'undo confirmation', violations);
  await dialog.getByRole('button', { name: 'Annuler l’import' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(batch).toContainText('Annulé le');
  await page.getByRole('navigation').getByRole('link', { name: 'Accords' }).click();
  await expect(page.getByRole('heading', { name: 'Aucun accord pour l’instant' })).toBeVisible();

  // The same file again, from the search palette: the mapping saved with the import comes back.
  await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
  await page.getByRole('textbox', { name: 'Tout rechercher' }).fill('tableur');
  await page.getByRole('button', { name: /^Importer un tableur/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importer un tableur' })).toBeVisible();
  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Fichier à importer' }).click();
  await (await again).setFiles({ name: FILE_NAME, mimeType: 'text/csv', buffer: REGISTER });
  await main.getByRole('button', { name: 'Suivant' }).click();
  await expect(
    main.getByText('L’association utilisée pour un fichier aux mêmes colonnes a été reprise.'),
  ).toBeVisible();

  expect(violations).toEqual([]);
});

/** A register long enough that its write lasts: the Stop button can be pressed while it saves. */
const LONG_REGISTER = iconv.encode(
  [
    'Ville partenaire;Pays;Type d’accord;Date de signature;Statut',
    ...Array.from(
      { length: 20_000 },
      (_, i) => `Ville ${i};Italie;Pacte d’amitié;${1950 + (i % 70)};Actif`,
    ),
    '',
  ].join('\r\n'),
  'windows-1252',
);

test('in French: a long import stopped while it is being saved leaves the register as it was', async ({
  page,
  preview,
}) => {
  test.slow();
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'Français' }).click();
  await page.getByRole('textbox', { name: 'Votre ville' }).fill('Lyon');
  await page.getByRole('button', { name: 'Commencer à vide' }).click();
  await page.getByRole('link', { name: 'Reprendre votre registre existant' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Fichier à importer' }).click();
  await (await chooser).setFiles({ name: 'long.csv', mimeType: 'text/csv', buffer: LONG_REGISTER });
  const main = page.getByRole('main');
  await expect(main.getByText(/^20[\s\u202f\u00a0]?000 lignes de données/)).toBeVisible();
  await main.getByRole('button', { name: 'Suivant' }).click();
  await main.getByRole('button', { name: 'Suivant' }).click();
  await expect(
    main.getByText('Aucun problème : toutes les lignes peuvent être importées.'),
  ).toBeVisible();
  await main.getByRole('button', { name: 'Suivant' }).click();
  await main.getByRole('button', { name: 'Importer maintenant' }).click();

  // While it saves (on a worker thread), the screen says what a Stop does; the Stop rolls it back.
  await expect(
    main.getByText(
      'L’interrompre maintenant n’enregistre rien : ce qui a déjà été écrit est annulé.',
    ),
  ).toBeVisible({ timeout: 30_000 });
  await main.getByRole('button', { name: 'Interrompre l’import' }).click();
  await expect(main.getByText('L’import a été interrompu : rien n’a été enregistré.')).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole('navigation').getByRole('link', { name: 'Accords' }).click();
  await expect(page.getByRole('heading', { name: 'Aucun accord pour l’instant' })).toBeVisible();
});
