import { toMinor } from '../../../shared/domain/money';
import type {
  Cell,
  ChartSection,
  ColumnKind,
  FiguresSection,
  MapSection,
  NoteEntry,
  NotesSection,
  ReportColumn,
  ReportDocument,
  ReportSection,
  TableSection,
} from '../../../shared/reports/document';
import { isMoney } from '../../../shared/reports/formatCell';
import { moneyMajor } from './cells';
import type { FormatLabels } from './labels';
import type { PagedReport, PagedTable } from '../../reports/types';

/**
 * A document as the tables a spreadsheet-like format writes (CSV, XLSX, DOCX): the key figures
 * as a label/value table, every table, and every chart whose data no table already holds.
 */
export interface Block {
  source: 'figures' | 'table' | 'chart' | 'map' | 'notes';
  id: string;
  title: string;
  description?: string;
  columns: ReportColumn[];
  /** The rows, or none when `paged` gives them (see `blockPages`). */
  rows: Cell[][];
  /** A long list's rows, read page by page as the file is written. */
  paged?: PagedTable;
  totals?: Cell[];
  emptyMessage?: string;
  /** Figures only: the kind of each row's value cell (one column mixes counts and amounts). */
  rowKinds?: ColumnKind[];
}

/** The kind of one cell of a block. */
export function kindAt(block: Block, row: number, column: number): ColumnKind {
  const kinds = block.rowKinds;
  if (kinds && column === 1) return kinds[row] ?? 'text';
  return block.columns[column]?.kind ?? 'text';
}

/** The key figures as a two-column block. */
export function figuresBlock(section: FiguresSection, labels: FormatLabels): Block {
  return {
    source: 'figures',
    id: section.id,
    title: section.title,
    columns: [
      { key: 'label', label: labels.figure, kind: 'text' },
      { key: 'value', label: labels.value, kind: 'number' },
    ],
    rows: section.items.map((item) => [item.label, item.value]),
    rowKinds: section.items.map((item) => (item.kind === 'money' ? 'money' : item.kind)),
  };
}

/** A chart's data as a table: one row per category, one column per series. */
export function chartBlock(section: ChartSection): Block {
  const currency = section.currency;
  const kind: ColumnKind = section.valueKind === 'money' && currency ? 'money' : 'integer';
  return {
    source: 'chart',
    id: section.id,
    title: section.title,
    ...(section.description === undefined ? {} : { description: section.description }),
    columns: [
      { key: 'category', label: section.categoryLabel, kind: 'text' },
      ...section.series.map((s) => ({ key: s.key, label: s.label, kind })),
    ],
    rows: section.categories.map((category, index) => [
      category,
      ...section.series.map((s): Cell => {
        const value = s.values[index];
        if (value === undefined) return null;
        return kind === 'money' && currency
          ? { amountMinor: toMinor(value, currency), currency }
          : value;
      }),
    ]),
  };
}

/** The paged rows of a table section, when an export reads them as it writes. */
function pagedRowsOf(section: TableSection, paged: PagedReport | undefined): PagedTable | undefined {
  return paged?.tables.find((table) => table.sectionId === section.id);
}

export function tableBlock(section: TableSection, paged?: PagedReport): Block {
  const rows = pagedRowsOf(section, paged);
  return {
    source: 'table',
    ...(rows ? { paged: rows } : {}),
    id: section.id,
    title: section.title,
    ...(section.description === undefined ? {} : { description: section.description }),
    columns: section.columns,
    rows: section.rows,
    ...(section.totals ? { totals: section.totals } : {}),
    ...(section.emptyMessage === undefined ? {} : { emptyMessage: section.emptyMessage }),
  };
}

function numericValue(cell: Cell | undefined): number | null {
  if (typeof cell === 'number') return cell;
  if (cell !== null && cell !== undefined && isMoney(cell)) return moneyMajor(cell);
  return null;
}

/**
 * True when a table already holds a chart's data: each category names a row (in any column)
 * and each series matches one numeric column on those rows. Then the chart adds nothing to a
 * spreadsheet and is left out rather than written twice.
 */
export function tableHoldsChart(table: TableSection, chart: ChartSection): boolean {
  if (chart.categories.length === 0) return true;
  for (let labelColumn = 0; labelColumn < table.columns.length; labelColumn += 1) {
    const rowOf = new Map<string, Cell[]>();
    for (const row of table.rows) {
      const cell = row[labelColumn];
      if (typeof cell === 'string') rowOf.set(cell, row);
      else if (typeof cell === 'number') rowOf.set(String(cell), row);
    }
    const rows = chart.categories.map((category) => rowOf.get(category));
    if (rows.some((row) => row === undefined)) continue;
    const matches = chart.series.every((series) =>
      table.columns.some((_, column) =>
        series.values.every((value, index) => {
          const actual = numericValue(rows[index]?.[column]);
          return actual !== null && Math.abs(actual - value) < 1e-9;
        }),
      ),
    );
    if (matches) return true;
  }
  return false;
}

/** The map's partner cities as a table, when no table of the document already names them all. */
export function mapBlock(section: MapSection, labels: FormatLabels): Block {
  const c = labels.columns;
  return {
    source: 'map',
    id: section.id,
    title: section.title,
    columns: [
      { key: 'city', label: c.city, kind: 'text' },
      { key: 'country', label: c.country, kind: 'text' },
      { key: 'latitude', label: c.latitude, kind: 'number' },
      { key: 'longitude', label: c.longitude, kind: 'number' },
      { key: 'value', label: c.activity, kind: 'integer' },
      { key: 'level', label: c.level, kind: 'text' },
    ],
    rows: section.points.map((p) => [
      p.name,
      p.country,
      p.latitude,
      p.longitude,
      p.value,
      section.legend.find((l) => l.level === p.level)?.label ?? String(p.level),
    ]),
  };
}

function tableNamesAll(table: TableSection, names: string[]): boolean {
  return table.columns.some((_, column) => {
    const present = new Set(table.rows.map((row) => row[column]));
    return names.every((name) => present.has(name));
  });
}

/** How many entries a notes section has, held or paged. */
export function noteCount(section: NotesSection, paged?: PagedReport): number {
  return paged?.notes.find((notes) => notes.sectionId === section.id)?.count ?? section.entries.length;
}

/** Every entry of a notes section in order: a paged section's are read a page at a time. */
export function* noteEntries(section: NotesSection, paged?: PagedReport): Iterable<NoteEntry> {
  const notes = paged?.notes.find((n) => n.sectionId === section.id);
  if (!notes) {
    yield* section.entries;
    return;
  }
  for (const page of notes.pages()) yield* page;
}

const noteRows = (entry: NoteEntry): Cell[][] => entry.paragraphs.map((p): Cell[] => [entry.heading, entry.meta, p.label, p.text]);

/** A paged notes section as the rows of its table, one per paragraph. */
function pagedNoteRows(section: NotesSection, paged: PagedReport | undefined): PagedTable | undefined {
  const notes = paged?.notes.find((n) => n.sectionId === section.id);
  if (!notes) return undefined;
  return {
    sectionId: section.id,
    count: notes.paragraphs,
    *pages() {
      for (const page of notes.pages()) yield page.flatMap(noteRows);
    },
    rowsAt(indices) {
      // Read until the last row asked for (a sample of the first rows, in practice).
      const wanted = new Map<number, Cell[]>();
      const last = Math.max(-1, ...indices);
      let index = 0;
      for (const page of this.pages()) {
        for (const row of page) {
          if (indices.includes(index)) wanted.set(index, row);
          index += 1;
        }
        if (index > last) break;
      }
      return indices.map((i) => wanted.get(i) ?? []);
    },
  };
}

/** Written outcomes as rows: one per paragraph, with the entry's heading and details. */
export function notesBlock(section: NotesSection, labels: FormatLabels, paged?: PagedReport): Block {
  const c = labels.columns;
  const rows = pagedNoteRows(section, paged);
  return {
    source: 'notes',
    ...(rows ? { paged: rows } : {}),
    id: section.id,
    title: section.title,
    columns: [
      { key: 'entry', label: c.entry, kind: 'text' },
      { key: 'details', label: c.details, kind: 'text' },
      { key: 'topic', label: c.topic, kind: 'text' },
      { key: 'text', label: c.text, kind: 'text' },
    ],
    rows: rows ? [] : section.entries.flatMap(noteRows),
    ...(section.emptyMessage === undefined ? {} : { emptyMessage: section.emptyMessage }),
  };
}

/** True when a table of the document already holds the chart's data. */
export function chartIsHeld(document: ReportDocument, chart: ChartSection): boolean {
  return document.sections.some((s) => s.type === 'table' && tableHoldsChart(s, chart));
}

/** True when the map has no point, or a table of the document already names every point. */
export function mapIsHeld(document: ReportDocument, map: MapSection): boolean {
  const names = map.points.map((p) => p.name);
  return (
    names.length === 0 ||
    document.sections.some((s) => s.type === 'table' && tableNamesAll(s, names))
  );
}

/**
 * The block of one section, or null when another section already holds its data (a chart
 * drawn from a table, a map of the cities a table lists).
 */
export function sectionBlock(
  document: ReportDocument,
  section: ReportSection,
  labels: FormatLabels,
  paged?: PagedReport,
): Block | null {
  switch (section.type) {
    case 'figures':
      return figuresBlock(section, labels);
    case 'table':
      return tableBlock(section, paged);
    case 'chart':
      return chartIsHeld(document, section) ? null : chartBlock(section);
    case 'map':
      return mapIsHeld(document, section) ? null : mapBlock(section, labels);
    case 'notes':
      return notesBlock(section, labels, paged);
  }
}

/**
 * Every block of a document, figures first, then the other sections in document order:
 * tables, charts no table holds, the map's cities unless a table names them, and notes.
 */
export function documentBlocks(
  document: ReportDocument,
  labels: FormatLabels,
  paged?: PagedReport,
): Block[] {
  const blocks = document.sections.flatMap(
    (section) => sectionBlock(document, section, labels, paged) ?? [],
  );
  return [
    ...blocks.filter((b) => b.source === 'figures'),
    ...blocks.filter((b) => b.source !== 'figures'),
  ];
}

/** How many rows the blocks hold (the `writing` phase's total). */
export function rowCount(blocks: Block[]): number {
  return blocks.reduce((sum, block) => sum + blockLength(block) + (block.totals ? 1 : 0), 0);
}

/** How many rows a block has, held or paged (totals apart). */
export function blockLength(block: Block): number {
  return block.paged ? block.paged.count : block.rows.length;
}

/** The rows at these positions (a sample to size columns from), held or read. */
export function blockRowsAt(block: Block, indices: readonly number[]): Cell[][] {
  if (block.paged) return block.paged.rowsAt(indices);
  return indices.map((index) => block.rows[index] ?? []);
}

/** The first `count` rows (or fewer). */
export function firstRows(block: Block, count: number): Cell[][] {
  const length = Math.min(count, blockLength(block));
  return blockRowsAt(block, Array.from({ length }, (_, index) => index));
}

/**
 * Every row of a block in order, with its index: a paged block's are read a page at a time as
 * they are asked for, so a writer holds one page of a 100,000-row list, not the list.
 */
export function* blockRows(block: Block): Iterable<[Cell[], number]> {
  if (!block.paged) {
    for (let index = 0; index < block.rows.length; index += 1) yield [block.rows[index] ?? [], index];
    return;
  }
  let index = 0;
  for (const page of block.paged.pages()) for (const row of page) yield [row, index++];
}
