import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

/**
 * Data safety as a user meets it: a backup made by hand on the Backups screen, then a damaged
 * database at the next start — the recovery screen explains, offers that backup, and restoring
 * it brings the register back. Everything is found by role and label.
 */

/** Overwrites the SQLite header, as a faulty disk or a stray program might. */
function damageDatabase(dataDir: string): void {
  const bytes = Buffer.from('This is not a database file at all.');
  const fd = openSync(join(dataDir, 'accords.sqlite3'), 'r+');
  writeSync(fd, bytes, 0, bytes.length, 0);
  closeSync(fd);
}

test('a backup made by hand brings the register back after the database is damaged', async ({
  page,
  preview,
}) => {
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'Load the Paris example' }).click();
  const main = page.getByRole('main');
  await expect(page.getByRole('heading', { name: 'Agreements', level: 1 })).toBeVisible();
  await expect(main.getByRole('status')).toHaveText('40 agreements');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Backups' })
    .click();
  await expect(page.getByRole('heading', { name: 'Backups', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Back up now' }).click();
  const backups = page.getByRole('table', { name: 'Backups, newest first' });
  const manual = backups.getByRole('row').filter({ hasText: 'By hand' });
  await expect(manual).toHaveCount(1);
  await expect(manual).toContainText('40');

  await preview.stop();
  damageDatabase(preview.dataDir);
  await preview.start();

  await page.goto(preview.url);
  await expect(
    page.getByRole('heading', { name: 'Your register needs to be recovered', level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The database file is damaged' })).toBeVisible();
  await expect(page.getByText('Nothing was deleted.')).toBeVisible();
  await expect(page.getByText('The damaged file was moved aside, untouched, to:')).toBeVisible();
  const suggested = page.getByRole('region', { name: 'Newest verified backup' });
  await expect(suggested).toContainText('40 agreements');
  await expect(suggested).toContainText('By hand');

  // The language can still be switched while the register awaits recovery.
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(
    page.getByRole('heading', { name: 'Votre registre doit être récupéré', level: 1 }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();

  await suggested.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Agreements' })
    .click();
  await expect(page.getByRole('heading', { name: 'Agreements', level: 1 })).toBeVisible();
  await expect(main.getByRole('status')).toHaveText('40 agreements');
});

test('restoring from the Backups screen asks first and keeps a backup of the current state', async ({
  page,
  preview,
}) => {
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'Load the Paris example' }).click();
  await expect(page.getByRole('heading', { name: 'Agreements', level: 1 })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Backups' })
    .click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  const backups = page.getByRole('table', { name: 'Backups, newest first' });
  await expect(backups.getByRole('row').filter({ hasText: 'By hand' })).toHaveCount(1);

  await backups
    .getByRole('button', { name: /^Restore the backup of / })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('a backup of the register as it is now is made');
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/^The backup of .* was restored\.$/)).toBeVisible();
  await expect(backups.getByRole('row').filter({ hasText: 'Before a restore' })).toHaveCount(1);

  await page.getByRole('button', { name: 'Quick check' }).click();
  await expect(page.getByText('The database is intact.')).toBeVisible();
});

test('moving to another computer: the data folder exported as one archive, then opened again', async ({
  page,
  preview,
}) => {
  // Next to the test's own data folder (a fresh temp folder), removed at the end.
  const archive = `${preview.dataDir}-export.tar.gz`;
  try {
    await page.goto(preview.url);
    await page.getByRole('button', { name: 'Load the Paris example' }).click();
    await expect(page.getByRole('heading', { name: 'Agreements', level: 1 })).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Backups' })
      .click();
    const move = page.getByRole('region', { name: 'Move to another computer' });
    await expect(move).toBeVisible();

    const exportFile = move.getByRole('textbox', { name: 'Archive file to write' });
    // A relative path is refused at the field, before anything is written.
    await exportFile.fill('accords-export.tar.gz');
    await move.getByRole('button', { name: 'Export the archive' }).click();
    await expect(exportFile).toHaveAccessibleDescription(/Give the full path of the archive file/);

    await exportFile.fill(archive);
    await move.getByRole('button', { name: 'Export the archive' }).click();
    const done = move.getByRole('status').filter({ hasText: 'Archive written' });
    await expect(done).toContainText(archive);
    await expect(done).toContainText('40 agreements');

    await move.getByRole('textbox', { name: 'Archive file to open' }).fill(archive);
    await move.getByRole('button', { name: 'Open this archive…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Replace this register with the archive?' });
    await expect(dialog).toContainText('will be replaced by the contents of');
    await expect(dialog).toContainText('a backup of the register as it is now is made');
    await dialog.getByRole('button', { name: 'Replace with the archive' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(/^The archive was opened: 40 agreements/)).toBeVisible();
    const backups = page.getByRole('table', { name: 'Backups, newest first' });
    await expect(backups.getByRole('row').filter({ hasText: 'Before an import' })).toHaveCount(1);

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Agreements' })
      .click();
    await expect(page.getByRole('heading', { name: 'Agreements', level: 1 })).toBeVisible();
    await expect(page.getByRole('main').getByRole('status')).toHaveText('40 agreements');
  } finally {
    rmSync(archive, { force: true });
  }
});
