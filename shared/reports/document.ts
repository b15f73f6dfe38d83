import type { Language } from '../domain/enums';
import type { Money } from '../domain/money';
import type { DocumentKind } from './requests';

/**
 * A report as a format-neutral document: what the report screen shows and what every export
 * writes (PDF, XLSX, CSV, DOCX, ICS). Main builds it, already worded in the reader's language;
 * cells stay typed (numbers, partial dates, money) so each format writes them its own way
 * (an XLSX date is a date, an amount a number) and the screen formats them in the locale.
 * Everything here is JSON, so a document crosses IPC unchanged.
 */
export interface ReportDocument {
  kind: DocumentKind;
  lang: Language;
  /** "Annual report of international action 2026". */
  title: string;
  /** What it covers: "1 January – 31 December 2026", "Prague, Czechia", "Theme: Risk prevention". */
  subtitle: string;
  /** The city that owes the report (the cover's first line); empty when not set. */
  ownCity: string;
  /** When it was built (ISO 8601, UTC). */
  generatedAt: string;
  /** The reader's calendar day the report was computed for (`YYYY-MM-DD`). */
  today: string;
  /** A suggested file name without extension: `accords-annual-2026`. */
  fileStem: string;
  /** Shown instead of the sections when there is nothing to report (and written on the page of an empty export). */
  emptyMessage: string | null;
  sections: ReportSection[];
  /** Dated things a calendar export lists: actions, follow-ups, anniversaries. */
  events: CalendarEvent[];
}

export type ReportSection = FiguresSection | TableSection | ChartSection | MapSection | NotesSection;

interface SectionBase {
  /** Stable within a document (`actions-by-theme`): the XLSX sheet's name source, tests' handle. */
  id: string;
  title: string;
  /** One sentence under the title, e.g. what counts as dormant. */
  description?: string;
}

/** The few numbers that sum a report up, as cards on screen and a box on the cover page. */
export interface FiguresSection extends SectionBase {
  type: 'figures';
  items: { label: string; value: number | Money; kind: 'integer' | 'money' | 'percent' }[];
}

/**
 * How a column's cells are typed:
 * - `text`: string; `integer`/`number`: number; `percent`: a ratio (0.42 → 42 %);
 * - `date`: a partial date string (`1956`, `2006-04`, `2006-04-12`);
 * - `money`: `{ amountMinor, currency }`.
 * Any cell may be null (shown empty).
 */
export type ColumnKind = 'text' | 'integer' | 'number' | 'percent' | 'date' | 'money';

export interface ReportColumn {
  key: string;
  label: string;
  kind: ColumnKind;
  /** A width hint in characters for fixed-layout formats (PDF, XLSX). */
  width?: number;
}

export type Cell = string | number | Money | null;

export interface TableSection extends SectionBase {
  type: 'table';
  columns: ReportColumn[];
  rows: Cell[][];
  /** A last row that sums the table up (bold in every format), or none. */
  totals?: Cell[];
  /** Shown when `rows` is empty. */
  emptyMessage?: string;
  /**
   * A long table shown by its first rows: how many rows it has in all (more than `rows` holds).
   * Exports write every row; the screen offers `actionsFilter` to see them all.
   */
  total?: number;
  /** The actions list's filter that shows every row of this table (a table of actions). */
  actionsFilter?: ActionsListLink;
}

/** The filters of the actions list that show the same actions as a report's table. */
export interface ActionsListLink {
  cityId?: string;
  themeId?: string;
  /** Partial dates: the actions whose dates overlap [from, to]. */
  from?: string;
  to?: string;
}

/**
 * A chart with its data: grouped bars (one bar per series in each category) or a line per
 * series over the categories. Every format that cannot draw it writes its data as a table.
 */
export interface ChartSection extends SectionBase {
  type: 'chart';
  chart: 'bar' | 'line';
  /** Horizontal bars suit long category names (partners, themes). */
  orientation?: 'vertical' | 'horizontal';
  categories: string[];
  series: { key: string; label: string; values: number[] }[];
  /** What the values are: counts, or amounts in major units of `currency`. */
  valueKind: 'integer' | 'money';
  currency?: string;
  /** The category axis' name (Year, Theme…) and the value axis' (Actions, EUR…). */
  categoryLabel: string;
  valueLabel: string;
}

/** Partner cities on a world map, coloured by activity. */
export interface MapSection extends SectionBase {
  type: 'map';
  points: MapPoint[];
  /** The activity levels, lowest first: `level` of a point indexes this. */
  legend: { level: number; label: string }[];
  /** Partner cities without coordinates, which the map cannot place. */
  unplaced: string[];
}

export interface MapPoint {
  cityId: string;
  name: string;
  country: string;
  latitude: number;
  longitude: number;
  /** The activity measured (actions in the period). */
  value: number;
  /** 0 (none) … legend.length - 1 (most). */
  level: number;
}

/** Written outcomes, one entry per action: "what came of it", "what residents gain". */
export interface NotesSection extends SectionBase {
  type: 'notes';
  entries: NoteEntry[];
  emptyMessage?: string;
  /** A long section shown by its first entries: how many it has in all (exports write them all). */
  total?: number;
}

/** One action's written outcomes. */
export interface NoteEntry {
  heading: string;
  meta: string;
  paragraphs: { label: string; text: string }[];
}

/** One calendar entry. Days are whole days (`YYYY-MM-DD`), `end` inclusive. */
export interface CalendarEvent {
  /** Stable across exports, so a calendar that imports the file twice updates rather than doubles. */
  uid: string;
  kind: 'action' | 'followUp' | 'anniversary';
  title: string;
  description: string;
  start: string;
  end: string;
  location?: string;
}

/** The sections of one type, for formats and tests that want only tables or charts. */
export function sectionsOf<T extends ReportSection['type']>(
  document: ReportDocument,
  type: T,
): Extract<ReportSection, { type: T }>[] {
  return document.sections.filter((s): s is Extract<ReportSection, { type: T }> => s.type === type);
}
