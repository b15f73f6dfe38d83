import type { Download, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

/**
 * The reports as a partnership manager uses them in the browser preview: open each report from
 * the Reports hub, read it on screen, download it in every format and open each file back
 * (PDF text, XLSX cells, CSV fields, DOCX XML, ICS events, JSON), in English and in French.
 */

test.use({ actionTimeout: 15_000 });

const FORMATS = ['PDF', 'Excel (XLSX)', 'CSV', 'Word (DOCX)', 'Calendar (ICS)', 'JSON'] as const;
type FormatName = (typeof FORMATS)[number];

async function loadParisExample(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Load the Paris example' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

async function openReport(page: Page, title: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Reports' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Chooses a format in the Export menu and returns the file the browser downloaded. */
async function download(
  page: Page,
  format: string,
  exportName = 'Export',
): Promise<{ name: string; bytes: Buffer }> {
  const started = page.waitForEvent('download');
  await page.getByRole('button', { name: exportName, exact: true }).click();
  await page.getByRole('menuitem', { name: format, exact: true }).click();
  const file: Download = await started;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

function pdfText(bytes: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: bytes }).toString('utf8');
}

async function xlsxValues(bytes: Buffer): Promise<{ sheets: string[]; cells: unknown[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: unknown[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.value))),
  );
  return { sheets: workbook.worksheets.map((s) => s.name), cells };
}

async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml.replace(/<[^>]+>/g, ' ');
}

function icsEvents(bytes: Buffer): { summary: string; start: string }[] {
  const calendar = new ICAL.Component(ICAL.parse(bytes.toString('utf8')) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { summary: event.summary, start: event.startDate.toString() };
  });
}

/** Downloads every format of the report on screen and checks each file says `expected`. */
async function downloadEveryFormat(
  page: Page,
  stem: RegExp,
  expected: string,
  calendar = true,
): Promise<void> {
  const seen: Record<FormatName, boolean> = {
    PDF: false,
    'Excel (XLSX)': false,
    CSV: false,
    'Word (DOCX)': false,
    'Calendar (ICS)': false,
    JSON: false,
  };
  for (const format of FORMATS) {
    if (format === 'Calendar (ICS)' && !calendar) {
      // Nothing dated: the menu offers no empty calendar, and says why.
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      await expect(page.getByRole('menuitem', { name: /^Calendar \(ICS\)/ })).toBeDisabled();
      await expect(page.getByText(/^No calendar: this report has nothing dated/)).toBeVisible();
      await page.keyboard.press('Escape');
      seen[format] = true;
      continue;
    }
    const { name, bytes } = await download(page, format);
    expect(name).toMatch(stem);
    switch (format) {
      case 'PDF':
        expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
        expect(pdfText(bytes)).toContain(expected);
        break;
      case 'Excel (XLSX)': {
        const { cells } = await xlsxValues(bytes);
        expect(cells.map(String).join('\n')).toContain(expected);
        break;
      }
      case 'CSV': {
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { delimiter: ',' });
        expect(parsed.errors).toEqual([]);
        expect(parsed.data.flat().join('\n')).toContain(expected);
        break;
      }
      case 'Word (DOCX)':
        expect(await docxText(bytes)).toContain(expected);
        break;
      case 'Calendar (ICS)':
        expect(bytes.toString('utf8')).toContain('BEGIN:VCALENDAR');
        icsEvents(bytes); // parses
        break;
      case 'JSON':
        expect(JSON.stringify(JSON.parse(bytes.toString('utf8')))).toContain(expected);
        break;
    }
    seen[format] = true;
  }
  expect(Object.values(seen).every(Boolean)).toBe(true);
}

test('the 2026 anniversaries name Rome (70 years) on screen and in every format', async ({
  page,
  preview,
}) => {
  test.slow();
  await loadParisExample(page, preview.url);
  await openReport(page, 'Anniversaries');
  // The current year (2026 on this calendar) unless another is chosen.
  const year = page.getByRole('combobox', { name: 'Year' });
  if ((await year.inputValue()) !== '2026') {
    await year.click();
    await page.getByRole('option', { name: '2026', exact: true }).click();
  }
  await expect(year).toHaveValue('2026');
  const rome = page.getByRole('row', { name: /Rome/ });
  await expect(rome).toContainText('70');
  await expect(rome).toContainText('Italy');
  await downloadEveryFormat(page, /^accords-anniversaries-2026\./, 'Rome');

  // The calendar puts Rome's seventieth on the first day of 2026 (only the year is recorded).
  const { bytes } = await download(page, 'Calendar (ICS)');
  const events = icsEvents(bytes);
  const romeEvent = events.find((e) => e.summary.includes('Rome'));
  expect(romeEvent?.summary).toContain('70');
  expect(romeEvent?.start).toBe('2026-01-01');
});

test('the agreements timeline and the annual report open and download in every format', async ({
  page,
  preview,
}) => {
  test.slow();
  await loadParisExample(page, preview.url);
  await openReport(page, 'Agreements timeline');
  await expect(page.getByRole('row', { name: /Montreal/ })).toBeVisible();
  await downloadEveryFormat(page, /^accords-timeline/, 'Montreal', false);

  await openReport(page, 'Annual activity report');
  await expect(page.getByRole('heading', { name: /Annual report/ })).toBeVisible();
  await downloadEveryFormat(page, /^accords-annual-\d{4}\./, 'Actions in the period', false);
});

test('the partner fact sheet and the theme report tell Prague’s flood alerts', async ({
  page,
  preview,
}) => {
  test.slow();
  await loadParisExample(page, preview.url);
  await openReport(page, 'Partner fact sheet');
  await page.getByRole('combobox', { name: 'Partner city' }).click();
  await page.getByRole('combobox', { name: 'Partner city' }).fill('Prag');
  await page.getByRole('option', { name: /Prague/ }).click();
  await expect(page.getByText(/Real-time flood alerts/).first()).toBeVisible();
  await downloadEveryFormat(page, /^accords-partner-/, 'Real-time flood alerts');

  await openReport(page, 'Theme report');
  await page.getByRole('combobox', { name: 'Theme' }).click();
  await page.getByRole('option', { name: 'Risk prevention' }).click();
  await expect(page.getByText(/Real-time flood alerts/).first()).toBeVisible();
  await downloadEveryFormat(page, /^accords-theme-/, 'Prague', false);
});

test('dormant agreements and the world map open and download in every format', async ({
  page,
  preview,
}) => {
  test.slow();
  await loadParisExample(page, preview.url);
  await openReport(page, 'Dormant agreements');
  await expect(page.getByRole('row', { name: /Kyoto/ })).toBeVisible();
  // Copenhagen has an action in progress: not dormant.
  await expect(page.getByRole('row', { name: /Copenhagen/ })).toHaveCount(0);
  await downloadEveryFormat(page, /^accords-dormant/, 'Kyoto', false);

  await openReport(page, 'World map');
  await expect(page.getByRole('img', { name: /map/i }).first()).toBeVisible();
  await downloadEveryFormat(page, /^accords-map/, 'Prague', false);
});

test('the register exports exactly what is filtered on screen; French uses semicolons', async ({
  page,
  preview,
}) => {
  await loadParisExample(page, preview.url);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Agreements' })
    .click();
  const country = page.getByRole('combobox', { name: 'Country' });
  await country.click();
  await country.fill('Japan');
  await page.getByRole('option', { name: 'Japan', exact: true }).click();
  await expect(page.getByRole('row', { name: /Tokyo/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Rome/ })).toHaveCount(0);

  const xlsx = await download(page, 'Excel (XLSX)');
  const { cells } = await xlsxValues(xlsx.bytes);
  const text = cells.map(String).join('\n');
  expect(text).toContain('Kyoto');
  expect(text).toContain('Tokyo');
  expect(text).not.toContain('Rome');

  // In French the CSV is separated by semicolons.
  await page.getByRole('button', { name: 'Français' }).click();
  const csv = await download(page, 'CSV', 'Exporter');
  const parsed = Papa.parse<string[]>(csv.bytes.toString('utf8').slice(1), { delimiter: ';' });
  expect(parsed.errors).toEqual([]);
  const fields = parsed.data.flat();
  expect(fields).toContain('Kyoto');
  expect(fields).toContain('Japon');
  expect(fields).not.toContain('Rome');
});

test('a long export of 20,000 actions shows its progress, can be cancelled, then completes', async ({
  page,
  preview,
}) => {
  test.slow();
  // A register at scale, generated by the command line into the preview's own folder.
  await preview.stop();
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'electron/cli/main.ts',
      'generate',
      '--cities',
      '300',
      '--agreements',
      '800',
      '--actions',
      '20000',
      '--data-dir',
      preview.dataDir,
    ],
    { cwd: new URL('../../', import.meta.url), stdio: 'ignore' },
  );
  await preview.start();
  await page.goto(preview.url);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Actions' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Actions' })).toBeVisible();

  // A PDF of every action takes seconds: the progress dialog comes, and Cancel stops it.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'PDF', exact: true }).click();
  const progress = page.getByRole('dialog', { name: 'Exporting: PDF' });
  await expect(progress).toBeVisible();
  await expect(progress.getByRole('progressbar')).toBeVisible();
  await progress.getByRole('button', { name: 'Cancel the export' }).click();
  await expect(page.getByText('The export was cancelled: no file was written.')).toBeVisible();
  await expect(progress).toBeHidden();

  // The CSV of the same list arrives whole: one row per action, under its header.
  const csv = await download(page, 'CSV');
  const rows = Papa.parse<string[]>(csv.bytes.toString('utf8').slice(1), {
    delimiter: ',',
    skipEmptyLines: true,
  }).data;
  const header = rows.findIndex((row) => row.includes('Title'));
  expect(header).toBeGreaterThanOrEqual(0);
  const actionRows = rows.slice(header + 1).filter((row) => row.some((field) => field !== ''));
  expect(actionRows).toHaveLength(20_000);
});
