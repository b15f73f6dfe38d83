import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../../electron/core/progress';
import { renderReport } from '../../../electron/exports/formats/index';
import { SCREEN_ROWS } from '../../../electron/reports/longParts';
import { READ_CHUNK } from '../../../electron/reports/readLists';
import type { BuiltReport } from '../../../electron/reports/types';
import { buildReportAsync } from '../../../electron/reports/view';
import { generateData } from '../../../electron/sample/generate';
import { reportViewSchema, type ExportFormat } from '../../../shared/reports/requests';
import { suiteDatabase } from '../helpers/tempData';
import { parseCsv, pdfText } from './formats/helpers';

/**
 * A report's export reads its long parts (actions, notes, calendar entries) page by page while
 * its screen shows the first rows: every format must write exactly the file the whole report,
 * every row gathered in memory, gives (the same CSV bytes, XLSX cells, DOCX XML, PDF text), and
 * so hold every action and note, not the screen's first hundred.
 */
const TODAY = '2026-12-01';
const data = suiteDatabase();

function setUp() {
  const { db, ctx } = data();
  if ((db.prepare('SELECT count(*) FROM actions').pluck().get() as number) === 0)
    generateData(db, { cities: 30, agreements: 60, actions: 1_200, contacts: 10, seed: 9, today: TODAY });
  return { db, ctx };
}

const view = reportViewSchema.parse({ request: { report: 'annual', from: '1900', to: '2100' }, lang: 'fr', today: TODAY });
const progress = () => createProgress(new AbortController().signal);
const render = (report: BuiltReport, format: ExportFormat) => renderReport(report, format, { csvSeparator: ';' }, progress());

/** The paged report and the same report with every row held (with the same moment of generation). */
async function both() {
  const { db, ctx } = setUp();
  const paged = await buildReportAsync(ctx, view, progress());
  const held = paged.paged!.gather();
  held.document.generatedAt = paged.document.generatedAt;
  const actions = db.prepare('SELECT count(*) FROM actions').pluck().get() as number;
  const notes = db.prepare("SELECT count(*) FROM actions WHERE outcomes <> '' OR resident_benefits <> '' OR notes <> ''").pluck().get() as number;
  expect(actions).toBeGreaterThan(READ_CHUNK);
  expect(notes).toBeGreaterThan(SCREEN_ROWS);
  return { held, paged, actions, notes };
}

async function sheets(file: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const cells: unknown[] = [sheet.name];
    sheet.eachRow((row) => row.eachCell({ includeEmpty: true }, (cell) => cells.push([cell.address, cell.value, cell.numFmt ?? null])));
    return { name: sheet.name, rows: sheet.rowCount, cells };
  });
}

describe('exports of a report with paged actions and notes', () => {
  it('CSV: the same bytes as the whole report in memory, every action listed', async () => {
    const { held, paged, actions } = await both();
    const screenTable = paged.document.sections.find((s) => s.id === 'actions');
    expect(screenTable?.type === 'table' && screenTable.rows).toHaveLength(SCREEN_ROWS);
    const file = await render(paged, 'csv');
    expect(file.equals(await render(held, 'csv'))).toBe(true);
    const lines = parseCsv(file, ';');
    const title = lines.findIndex((line) => line[0] === 'Actions de la période' && line.slice(1).every((f) => f === ''));
    expect(title).toBeGreaterThan(0);
    const end = lines.findIndex((line, i) => i > title && line.every((f) => f === ''));
    expect(end - title - 2).toBe(actions);
  });

  it('XLSX: the same cells on every sheet; the actions sheet has every action', async () => {
    const { held, paged, actions } = await both();
    const [fromPages, fromMemory] = await Promise.all([sheets(await render(paged, 'xlsx')), sheets(await render(held, 'xlsx'))]);
    expect(fromPages).toEqual(fromMemory);
    expect(fromPages.find((sheet) => sheet.name.startsWith('Actions de la p'))?.rows).toBe(actions + 1);
  });

  it('DOCX: the same document XML, every note a heading', async () => {
    const { held, paged, notes } = await both();
    // The docx package numbers its pictures on from one document to the next in a process.
    const xml = async (file: Buffer) =>
      (await (await JSZip.loadAsync(file)).file('word/document.xml')!.async('string')).replace(/<wp:docPr id="\d+"/g, '<wp:docPr id="n"');
    const [fromPages, fromMemory] = await Promise.all([xml(await render(paged, 'docx')), xml(await render(held, 'docx'))]);
    expect(fromPages).toBe(fromMemory);
    expect(fromPages.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(notes);
  });

  it('PDF: the same text on every page', { timeout: 180_000 }, async () => {
    const { held, paged } = await both();
    expect(pdfText(await render(paged, 'pdf'))).toBe(pdfText(await render(held, 'pdf')));
  });

  it('ICS and JSON carry every action', async () => {
    const { held, paged, actions } = await both();
    const ics = (await render(paged, 'ics')).toString('utf8');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(held.document.events.length);
    expect(held.document.events.length).toBeGreaterThanOrEqual(actions);
    const json = JSON.parse((await render(paged, 'json')).toString('utf8')) as { data: { actions: unknown[]; notes: unknown[] } };
    expect(json.data.actions).toHaveLength(actions);
    expect(json.data).toEqual(JSON.parse(JSON.stringify(held.data)));
  });
});
