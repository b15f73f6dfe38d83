import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../../electron/core/progress';
import { renderReport } from '../../../electron/exports/formats/index';
import { READ_CHUNK } from '../../../electron/reports/readLists';
import { buildReport, buildReportAsync } from '../../../electron/reports/view';
import { generateData } from '../../../electron/sample/generate';
import type { BuiltReport } from '../../../electron/reports/types';
import { reportViewSchema, type ExportFormat } from '../../../shared/reports/requests';
import { suiteDatabase } from '../helpers/tempData';
import { parseCsv, pdfText } from './formats/helpers';

/**
 * An export of the actions list reads its rows page by page as it writes them (`paged`). Every
 * format must write exactly the file the whole list held in memory gives: the same CSV bytes,
 * the same cells and number formats in the XLSX, the same table XML in the DOCX, the same PDF
 * text; and the calendar and JSON carry every row.
 */
const TODAY = '2026-12-01';
const ACTIONS = 2_300;
const data = suiteDatabase();

function setUp() {
  const { db, ctx } = data();
  if ((db.prepare('SELECT count(*) FROM actions').pluck().get() as number) === 0)
    generateData(db, { cities: 80, agreements: 200, actions: ACTIONS, contacts: 10, seed: 5, today: TODAY });
  return ctx;
}

const view = reportViewSchema.parse({ request: { report: 'actions', filter: { sort: 'title', direction: 'asc' } }, lang: 'fr', today: TODAY });
const progress = () => createProgress(new AbortController().signal);
const render = (report: BuiltReport, format: ExportFormat) => renderReport(report, format, { csvSeparator: ';' }, progress());

/** Both ways of building: the list held whole, and paged (with the same moment of generation). */
async function both() {
  const ctx = setUp();
  const paged = await buildReportAsync(ctx, view, progress());
  expect(paged.paged?.tables[0]?.count).toBe(ACTIONS);
  expect(ACTIONS).toBeGreaterThan(2 * READ_CHUNK);
  const held = buildReport(ctx, view);
  held.document.generatedAt = paged.document.generatedAt;
  return { held, paged };
}

/** Every cell of every sheet with its number format, as a reader of the file sees them. */
async function sheets(file: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const cells: unknown[] = [sheet.name];
    sheet.eachRow((row) => row.eachCell({ includeEmpty: true }, (cell) => cells.push([cell.address, cell.value, cell.numFmt ?? null])));
    return cells;
  });
}

describe('exports of the paged actions list', () => {
  it('CSV: the same bytes as the list held in memory', async () => {
    const { held, paged } = await both();
    const file = await render(paged, 'csv');
    expect(file.equals(await render(held, 'csv'))).toBe(true);
    // A title, a header, every action, the closing line.
    expect(parseCsv(file, ';')).toHaveLength(ACTIONS + 3);
  });

  it('XLSX: the same cells, values and number formats on every sheet', async () => {
    const { held, paged } = await both();
    const [fromPages, fromMemory] = await Promise.all([sheets(await render(paged, 'xlsx')), sheets(await render(held, 'xlsx'))]);
    expect(fromPages).toEqual(fromMemory);
    // The list's sheet: a header and every action, dates and amounts typed.
    const list = fromPages[1] as [string, ...[string, unknown, string | null][]];
    expect(list.filter((cell) => Array.isArray(cell) && /^A\d+$/.test(cell[0]))).toHaveLength(ACTIONS + 1);
    expect(list.some((cell) => Array.isArray(cell) && cell[1] instanceof Date && cell[2] === 'dd/mm/yyyy')).toBe(true);
    expect(list.some((cell) => Array.isArray(cell) && typeof cell[1] === 'number' && /€/.test(cell[2] ?? ''))).toBe(true);
  });

  it('DOCX: the same document XML', async () => {
    const { held, paged } = await both();
    const xml = async (file: Buffer) => (await JSZip.loadAsync(file)).file('word/document.xml')!.async('string');
    const [fromPages, fromMemory] = await Promise.all([xml(await render(paged, 'docx')), xml(await render(held, 'docx'))]);
    expect(fromPages).toBe(fromMemory);
    expect(fromPages.match(/<w:tr>/g)).toHaveLength(ACTIONS + 1);
  });

  // Two PDFs of some 150 pages, each laid out twice: slow on a busy machine.
  it('PDF: the same text on every page', { timeout: 180_000 }, async () => {
    const { held, paged } = await both();
    const pdf = await render(paged, 'pdf');
    expect(pdfText(pdf)).toBe(pdfText(await render(held, 'pdf')));
  });

  it('ICS and JSON carry every row though the document holds none', async () => {
    const { held, paged } = await both();
    const ics = (await render(paged, 'ics')).toString('utf8');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(held.document.events.length);
    const json = JSON.parse((await render(paged, 'json')).toString('utf8')) as { data: { rows: unknown[] } };
    expect(json.data.rows).toEqual(JSON.parse(JSON.stringify((held.data as { rows: unknown[] }).rows)));
  });
});
