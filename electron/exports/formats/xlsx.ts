import ExcelJS from 'exceljs';
import type { EventEmitter } from 'node:events';
import type { Language } from '../../../shared/domain/enums';
import { isPartialDate } from '../../../shared/domain/partialDate';
import { neutraliseFormula } from '../../../shared/exports/formulaGuard';
import {
  sectionsOf,
  type Cell,
  type ColumnKind,
  type ReportDocument,
} from '../../../shared/reports/document';
import { formatCell, isMoney } from '../../../shared/reports/formatCell';
import type { Progress } from '../../core/progress';
import { moneyMajor, partialDateValue } from './cells';
import { labelsFor } from './labels';
import { sheetNamer } from './sheetNames';
import { blockLength, blockRows, documentBlocks, firstRows, kindAt, rowCount, type Block } from './tabular';
import type { PagedReport } from '../../reports/types';
import { pacedBy, type ExportSink } from '../sink';
import {
  dateFormat,
  INTEGER_FORMAT,
  moneyFormat,
  PERCENT_FORMAT,
  timestampFormat,
} from './xlsxFormats';

/**
 * XLSX: a Summary sheet (city, title, period, key figures), then one sheet per table and per
 * chart no table holds. Cells are typed: a date is a date, an amount a number with its currency
 * format, so the file sums, sorts and filters; text is guarded against formula injection.
 */

/** Columns are sized from the header and the first rows' text, within these bounds. */
const MIN_WIDTH = 10;
const MAX_WIDTH = 50;
const SAMPLE_ROWS = 300;

type Value = ExcelJS.CellValue;

/** A cell's value and number format. */
function typed(cell: Cell, kind: ColumnKind, lang: Language): { value: Value; numFmt?: string } {
  if (cell === null) return { value: null };
  if (isMoney(cell)) return { value: moneyMajor(cell), numFmt: moneyFormat(cell.currency, lang) };
  if (typeof cell === 'number') {
    if (kind === 'percent') return { value: cell, numFmt: PERCENT_FORMAT };
    if (kind === 'integer') return { value: cell, numFmt: INTEGER_FORMAT };
    return { value: cell };
  }
  if (kind === 'date') {
    const known = dateCells.get(`${lang}|${cell}`);
    if (known) return known;
    if (isPartialDate(cell)) {
      const parsed = partialDateValue(cell);
      if (parsed) {
        const date = { value: parsed.date, numFmt: dateFormat(parsed.precision, lang) };
        if (dateCells.size >= 50_000) dateCells.clear();
        dateCells.set(`${lang}|${cell}`, date);
        return date;
      }
    }
  }
  return { value: neutraliseFormula(cell) };
}

/**
 * Date cells by text, remembered: a long list repeats its days, and parsing and checking each
 * one was a tenth of a 100,000-row sheet. The Date objects are shared: exceljs only reads them.
 */
const dateCells = new Map<string, { value: Date; numFmt: string }>();

function setCell(target: ExcelJS.Cell, cell: Cell, kind: ColumnKind, lang: Language): void {
  const { value, numFmt } = typed(cell, kind, lang);
  target.value = value;
  if (numFmt) target.numFmt = numFmt;
}

/**
 * Style objects shared by every cell of a column with the same number format. exceljs
 * serialises a cell's style to find its id unless it has seen that very object before (a
 * WeakMap): a format set cell by cell (`cell.numFmt`) copies the style, so a 100,000-row table
 * paid a million serialisations; shared objects pay one per column and format. Never mutated.
 */
function columnStyles(base: Partial<ExcelJS.Style>): (numFmt: string | undefined) => Partial<ExcelJS.Style> {
  const byFormat = new Map<string, Partial<ExcelJS.Style>>();
  return (numFmt) => {
    if (numFmt === undefined) return base;
    let style = byFormat.get(numFmt);
    if (style === undefined) {
      style = Object.freeze({ ...base, numFmt });
      byFormat.set(numFmt, style);
    }
    return style;
  };
}

/** Width of each column in characters: the longest of header and sampled cells, capped. */
function columnWidths(block: Block, lang: Language): number[] {
  const sample = firstRows(block, SAMPLE_ROWS);
  if (block.totals) sample.push(block.totals);
  return block.columns.map((column, c) => {
    let longest = Math.max(
      column.width ?? 0,
      ...column.label.split('\n').map((line) => line.length),
    );
    sample.forEach((row, r) => {
      const text = formatCell(row[c] ?? null, kindAt(block, r, c), lang);
      for (const line of text.split('\n')) longest = Math.max(longest, line.length);
    });
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
  });
}

type Writer = ExcelJS.stream.xlsx.WorkbookWriter;

function summarySheet(workbook: Writer, document: ReportDocument, name: string): void {
  const labels = labelsFor(document.lang);
  const sheet = workbook.addWorksheet(name, { pageSetup: printSetup([48, 22], false) });
  sheet.columns = [{ width: 48 }, { width: 22 }];
  const line = (value: string, font: Partial<ExcelJS.Font> = {}) => {
    const row = sheet.addRow([neutraliseFormula(value)]);
    row.getCell(1).font = font;
  };
  if (document.ownCity) line(document.ownCity, { bold: true, size: 12 });
  line(document.title, { bold: true, size: 16 });
  if (document.subtitle) line(document.subtitle, { italic: true });
  const stamp = sheet.addRow([labels.created, new Date(document.generatedAt)]);
  stamp.getCell(2).numFmt = timestampFormat(document.lang);
  stamp.getCell(2).alignment = { horizontal: 'left' };
  if (document.emptyMessage !== null) {
    sheet.addRow([]);
    line(document.emptyMessage);
  }
  for (const figures of sectionsOf(document, 'figures')) {
    sheet.addRow([]);
    line(figures.title || labels.keyFigures, { bold: true, size: 12 });
    for (const item of figures.items) {
      const row = sheet.addRow([neutraliseFormula(item.label)]);
      setCell(
        row.getCell(2),
        item.value,
        item.kind === 'money' ? 'money' : item.kind,
        document.lang,
      );
    }
  }
  sheet.commit();
}

async function tableSheet(
  sheet: ExcelJS.Worksheet,
  block: Block,
  widths: number[],
  lang: Language,
  progress: Progress,
): Promise<void> {
  const bases = block.columns.map((column, c): Partial<ExcelJS.Style> => {
    const wrap = column.kind === 'text' && (widths[c] ?? MIN_WIDTH) >= MAX_WIDTH;
    const style: Partial<ExcelJS.Style> = wrap ? { alignment: { wrapText: true, vertical: 'top' } } : {};
    return Object.freeze(style);
  });
  const styles = bases.map(columnStyles);
  sheet.columns = block.columns.map((column, c) => ({
    key: column.key,
    width: widths[c] ?? MIN_WIDTH,
    ...(Object.keys(bases[c] ?? {}).length > 0 ? { style: bases[c] } : {}),
  }));
  const header = sheet.getRow(1);
  // The streaming writer takes the view and the filter with the sheet, before any row is written.
  block.columns.forEach((column, c) => {
    const cell = header.getCell(c + 1);
    cell.value = neutraliseFormula(column.label);
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8ECF2' } };
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  header.commit();
  const write = (values: Cell[], rowNumber: number, index: number) => {
    const row = sheet.getRow(rowNumber);
    block.columns.forEach((_, c) => {
      const target = row.getCell(c + 1);
      const { value, numFmt } = typed(values[c] ?? null, kindAt(block, index, c), lang);
      target.value = value;
      target.style = styles[c]!(numFmt);
    });
    return row;
  };
  const last = blockLength(block) + 2;
  for (const [values, index] of blockRows(block)) {
    // Committed rows go to the zip stream at once: memory stays flat however long the table.
    write(values, index + 2, index).commit();
    await progress.tick();
  }
  if (block.totals) {
    // Its own styles (bold, a rule above): cell by cell, never the shared objects.
    const row = sheet.getRow(last);
    block.columns.forEach((_, c) =>
      setCell(row.getCell(c + 1), block.totals?.[c] ?? null, kindAt(block, -1, c), lang),
    );
    row.font = { bold: true };
    row.eachCell((cell) => {
      cell.font = { bold: true };
      cell.border = { top: { style: 'thin' } };
    });
    row.commit();
    await progress.tick();
  }
  sheet.commit();
}

/** Columns wider than this, in characters, print on a landscape page. */
const PORTRAIT_CHARACTERS = 110;

/**
 * How a sheet prints: on A4, fitted to one page wide (as many pages tall as it needs),
 * landscape when its columns are wide, the header row repeated on every page.
 */
export function printSetup(widths: number[], titleRow: boolean): Partial<ExcelJS.PageSetup> {
  const total = widths.reduce((a, b) => a + b, 0);
  return {
    paperSize: 9,
    orientation: total > PORTRAIT_CHARACTERS ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: false,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(titleRow ? { printTitlesRow: '1:1' } : {}),
  };
}

/**
 * A sheet with its header row frozen and filtered and its print setup (the streaming writer
 * takes them up front).
 */
function addTableSheet(workbook: Writer, name: string, widths: number[]): ExcelJS.Worksheet {
  const columns = widths.length;
  return workbook.addWorksheet(name, {
    pageSetup: printSetup(widths, true),
    headerFooter: { oddFooter: '&L&A&R&P / &N' },
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    ...(columns > 0
      ? { autoFilter: { from: { row: 1, column: 1 }, to: { row: 1, column: columns } } }
      : {}),
  } as Partial<ExcelJS.AddWorksheetOptions>);
}

/**
 * The stream a sheet's XML goes into inside the zip, when it is full: exceljs's `StreamBuf`
 * writes into it without waiting (a readable-stream 2 stream, hence its state read directly).
 * Undefined when it is not full, or if exceljs ever keeps it elsewhere (pacing then falls back
 * to the file alone).
 */
function sheetDeflater(sheet: ExcelJS.Worksheet): EventEmitter | undefined {
  const stream = (sheet as unknown as { _stream?: { pipes?: unknown[] } })._stream;
  const pipe = stream?.pipes?.[0] as (EventEmitter & { _writableState?: { needDrain?: boolean } }) | undefined;
  return pipe?._writableState?.needDrain === true ? pipe : undefined;
}

/**
 * Writes the document as an XLSX workbook streamed into `out`: committed rows go through the
 * zip to the file as they are made, and a paged list is read as it is written, so a
 * 100,000-row table stays small in memory. Strings are written in their cells rather than in
 * a shared table, which exceljs would hold whole until the end.
 */
export async function renderXlsx(
  document: ReportDocument,
  progress: Progress,
  out: ExportSink,
  paged?: PagedReport,
): Promise<void> {
  const labels = labelsFor(document.lang);
  const generated = new Date(document.generatedAt);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  // Core properties the writer puts in docProps/core.xml.
  Object.assign(workbook, {
    creator: 'Accords',
    lastModifiedBy: 'Accords',
    title: document.title,
    subject: document.subtitle,
    company: document.ownCity,
    created: generated,
    modified: generated,
  });
  const name = sheetNamer();
  summarySheet(workbook, document, name(labels.summary));
  // The key figures are on the summary sheet; every other block gets a sheet of its own.
  const blocks = documentBlocks(document, labels, paged).filter((block) => block.source !== 'figures');
  progress.phase('writing', rowCount(blocks));
  for (const block of blocks) {
    const widths = columnWidths(block, document.lang);
    const sheet = addTableSheet(workbook, name(block.title), widths);
    // Committed rows go into the zip at once: exceljs hands them to its deflater without
    // waiting, so the rows wait for the deflater and the file instead, or a fast sheet would
    // pile up in memory (38 MB on the 100,000-row list).
    await tableSheet(sheet, block, widths, document.lang, pacedBy(out, progress, () => sheetDeflater(sheet)));
  }
  progress.phase('finishing', 0);
  // The zip ends `out` when its last entry is written.
  await workbook.commit();
}
