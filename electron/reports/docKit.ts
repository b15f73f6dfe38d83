import type { ActionKind, ActionStatus, AgreementKind, AgreementStatus } from '../../shared/domain/enums';
import { fromMinor } from '../../shared/domain/money';
import { countryName, formatPartialDate } from '../../shared/format/intl';
import type { ActionNote, AgreementBrief, PeriodData } from '../../shared/reports/data';
import type {
  ActionsListLink,
  CalendarEvent,
  Cell,
  ChartSection,
  ColumnKind,
  NoteEntry,
  NotesSection,
  ReportColumn,
  ReportDocument,
  ReportSection,
  TableSection,
} from '../../shared/reports/document';
import type { DocumentKind } from '../../shared/reports/requests';
import type { ActionRow, ThemeRef } from '../../shared/schemas/actions';
import { searchKey } from '../../shared/domain/text';
import type { ReportContext } from './types';

/** The pieces every report document is made of, worded in the reader's language. */

/**
 * Fixed words (no interpolation) by language and key: a list of 100,000 actions asks for the
 * same few labels 400,000 times, and an i18next lookup costs far more than a Map's.
 */
const words = new Map<string, string>();

function word(rctx: ReportContext, key: string): string {
  const cacheKey = `${rctx.lang}|${key}`;
  let text = words.get(cacheKey);
  if (text === undefined) {
    text = rctx.t(key);
    words.set(cacheKey, text);
  }
  return text;
}

/**
 * A `reportDocs.*` string. Values fill its `{{name}}` slots from the cached template; a
 * `count` goes through i18next, which picks the plural form.
 */
export function doc(rctx: ReportContext, key: string, options?: Record<string, unknown>): string {
  if (!options) return word(rctx, `reportDocs.${key}`);
  if ('count' in options) return rctx.t(`reportDocs.${key}`, options);
  return word(rctx, `reportDocs.${key}`).replace(/\{\{(\w+)\}\}/g, (slot, name: string) =>
    name in options ? String(options[name]) : slot,
  );
}

export const actionKindLabel = (rctx: ReportContext, kind: ActionKind) => word(rctx, `enums.actionKind.${kind}`);
export const actionStatusLabel = (rctx: ReportContext, status: ActionStatus) => word(rctx, `enums.actionStatus.${status}`);
export const agreementKindLabel = (rctx: ReportContext, kind: AgreementKind) => word(rctx, `enums.agreementKind.${kind}`);
export const agreementStatusLabel = (rctx: ReportContext, status: AgreementStatus) =>
  word(rctx, `enums.agreementStatus.${status}`);
export const themeLabel = (rctx: ReportContext, theme: Pick<ThemeRef, 'labelEn' | 'labelFr'>) =>
  rctx.lang === 'fr' ? theme.labelFr : theme.labelEn;

const countries = new Map<string, string>();
export function country(rctx: ReportContext, code: string): string {
  const cacheKey = `${rctx.lang}|${code}`;
  let name = countries.get(cacheKey);
  if (name === undefined) {
    name = countryName(code, rctx.lang);
    countries.set(cacheKey, name);
  }
  return name;
}

/** A file-name part from a name: "São Paulo" → `sao-paulo`. */
export function slug(name: string): string {
  return searchKey(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'city';
}

/** A column whose label is `reportDocs.columns.<key>`. */
export function column(rctx: ReportContext, key: string, kind: ColumnKind, width?: number): ReportColumn {
  return { key, label: doc(rctx, `columns.${key}`), kind, ...(width ? { width } : {}) };
}

/** "1 January 2026 – 31 December 2026", "All dates". */
export function periodLabel(rctx: ReportContext, period: PeriodData | null): string {
  if (!period) return doc(rctx, 'common.allTime');
  if (period.first === '1000-01-01') return doc(rctx, 'common.until', { last: formatPartialDate(period.last, rctx.lang) });
  if (period.last === '9999-12-31') return doc(rctx, 'common.since', { first: formatPartialDate(period.first, rctx.lang) });
  return doc(rctx, 'common.range', {
    first: formatPartialDate(period.first, rctx.lang),
    last: formatPartialDate(period.last, rctx.lang),
  });
}

/** The document around a report's sections. */
export function reportDocument(
  rctx: ReportContext,
  kind: DocumentKind,
  parts: { title: string; subtitle: string; fileStem: string; sections: ReportSection[]; events?: CalendarEvent[]; empty: boolean; emptyOptions?: Record<string, unknown> },
): ReportDocument {
  return {
    kind,
    lang: rctx.lang,
    title: parts.title,
    subtitle: parts.subtitle,
    ownCity: rctx.ownCity,
    generatedAt: new Date().toISOString(),
    today: rctx.today,
    fileStem: parts.fileStem,
    emptyMessage: parts.empty ? doc(rctx, `${kind}.empty`, parts.emptyOptions) : null,
    sections: parts.sections,
    events: parts.events ?? [],
  };
}

/** A table with the shared empty message. */
export function table(
  rctx: ReportContext,
  id: string,
  title: string,
  columns: ReportColumn[],
  rows: Cell[][],
  extra: { description?: string; totals?: Cell[]; emptyMessage?: string } = {},
): TableSection {
  return {
    type: 'table',
    id,
    title,
    columns,
    rows,
    emptyMessage: extra.emptyMessage ?? doc(rctx, 'common.emptyTable'),
    ...(extra.description ? { description: extra.description } : {}),
    ...(extra.totals ? { totals: extra.totals } : {}),
  };
}

/** How a long table or notes section is shown by its first rows: its size in all, where to see them all. */
export interface LongPart {
  /** How many rows (entries) it has in all. */
  total: number;
  /** The actions list's filter that shows the same actions, if it can. */
  filter?: ActionsListLink;
}

/**
 * The actions as the actions list shows them. When `long` says there are more than `rows`, the
 * table says how many and which filter of the actions list shows them all.
 */
export function actionsTable(
  rctx: ReportContext,
  id: string,
  title: string,
  rows: ActionRow[],
  description?: string,
  long?: LongPart,
): TableSection {
  const cells = rows.map((row) => actionCells(rctx, row));
  const section = table(rctx, id, title, actionColumns(rctx), cells, description ? { description } : {});
  if (!long || long.total <= rows.length) return section;
  return { ...section, total: long.total, ...(long.filter ? { actionsFilter: long.filter } : {}) };
}

/** The columns of `actionsTable`. */
export function actionColumns(rctx: ReportContext): ReportColumn[] {
  return [
    column(rctx, 'title', 'text', 40),
    column(rctx, 'partner', 'text', 18),
    column(rctx, 'country', 'text', 14),
    column(rctx, 'actionKind', 'text', 18),
    column(rctx, 'status', 'text', 10),
    column(rctx, 'start', 'date', 12),
    column(rctx, 'end', 'date', 12),
    column(rctx, 'department', 'text', 16),
    column(rctx, 'budgetPlanned', 'money', 14),
    column(rctx, 'budgetSpent', 'money', 14),
    column(rctx, 'themes', 'text', 24),
    column(rctx, 'followUp', 'date', 12),
  ];
}

/** One row of `actionsTable` (exports build them chunk by chunk as the rows are read). */
export function actionCells(rctx: ReportContext, row: ActionRow): Cell[] {
  return [
    row.title,
    row.cityName,
    country(rctx, row.country),
    actionKindLabel(rctx, row.kind),
    actionStatusLabel(rctx, row.status),
    row.startOn,
    row.endOn,
    row.leadDepartment || null,
    row.budgetPlanned,
    row.budgetSpent,
    row.themes.map((theme) => themeLabel(rctx, theme)).join(', ') || null,
    row.followUpOn,
  ];
}

/** Agreements as the register shows them. */
export function agreementsTable(
  rctx: ReportContext,
  id: string,
  title: string,
  rows: AgreementBrief[],
  description?: string,
): TableSection {
  const columns = [
    column(rctx, 'partner', 'text', 20),
    column(rctx, 'country', 'text', 16),
    column(rctx, 'agreementKind', 'text', 24),
    column(rctx, 'signed', 'date', 14),
    column(rctx, 'agreementStatus', 'text', 10),
  ];
  const cells = rows.map((row): Cell[] => [
    row.cityName,
    country(rctx, row.country),
    agreementKindLabel(rctx, row.kind),
    row.signedOn,
    agreementStatusLabel(rctx, row.status),
  ]);
  return table(rctx, id, title, columns, cells, description ? { description } : {});
}

/** Counts by category as a table and a bar chart (the chart keeps the `chartLimit` largest). */
export function countSections(
  rctx: ReportContext,
  id: string,
  title: string,
  categoryKey: string,
  entries: { label: string; count: number; cells?: Cell[] }[],
  options: { description?: string; chartLimit?: number; extraColumns?: ReportColumn[] } = {},
): [TableSection, ChartSection] {
  const category = doc(rctx, `columns.${categoryKey}`);
  const columns = [column(rctx, categoryKey, 'text', 28), column(rctx, 'actions', 'integer', 10), ...(options.extraColumns ?? [])];
  const rows = entries.map((e): Cell[] => [e.label, e.count, ...(e.cells ?? [])]);
  const limit = options.chartLimit ?? entries.length;
  const shown = entries.filter((e) => e.count > 0).slice(0, limit);
  const chartDescription =
    shown.length < entries.filter((e) => e.count > 0).length ? doc(rctx, 'common.chartTop', { count: limit }) : undefined;
  return [
    table(rctx, `${id}-table`, title, columns, rows, options.description ? { description: options.description } : {}),
    {
      type: 'chart',
      id: `${id}-chart`,
      title,
      chart: 'bar',
      orientation: 'horizontal',
      categories: shown.map((e) => e.label),
      series: [{ key: 'actions', label: doc(rctx, 'columns.actions'), values: shown.map((e) => e.count) }],
      valueKind: 'integer',
      categoryLabel: category,
      valueLabel: doc(rctx, 'columns.actions'),
      ...(chartDescription ? { description: chartDescription } : {}),
    },
  ];
}

/** Amounts in major units for a chart. */
export const major = (amountMinor: number, currency: string) => fromMinor(amountMinor, currency);

/** Outcomes, benefits for residents and notes, one entry per action (`total`: how many in all, when `notes` are the first). */
export function notesSection(rctx: ReportContext, id: string, notes: ActionNote[], total = notes.length): NotesSection {
  return {
    type: 'notes',
    id,
    title: doc(rctx, 'notes.title'),
    description: doc(rctx, 'notes.description'),
    emptyMessage: doc(rctx, 'notes.empty'),
    entries: notes.map((note) => noteEntry(rctx, note)),
    ...(total > notes.length ? { total } : {}),
  };
}

/** One action's notes as an entry of a notes section (exports build them page by page). */
export function noteEntry(rctx: ReportContext, note: ActionNote): NoteEntry {
  return {
    heading: note.title,
    meta: [note.cityName, country(rctx, note.country), datesText(rctx, note.startOn, note.endOn), actionStatusLabel(rctx, note.status)]
      .filter(Boolean)
      .join(' · '),
    paragraphs: (
      [
        ['outcomes', note.outcomes],
        ['benefits', note.residentBenefits],
        ['notes', note.notes],
      ] as const
    )
      .filter(([, text]) => text.trim() !== '')
      .map(([key, text]) => ({ label: doc(rctx, `notes.${key}`), text })),
  };
}

const dates = new Map<string, string>();

/** A partial date in words ("April 2006"), remembered: long lists repeat the same days. */
export function dateText(rctx: ReportContext, date: string): string {
  const cacheKey = `${rctx.lang}|${date}`;
  let text = dates.get(cacheKey);
  if (text === undefined) {
    text = formatPartialDate(date, rctx.lang);
    if (dates.size > 100_000) dates.clear();
    dates.set(cacheKey, text);
  }
  return text;
}

/** "April 2006 – May 2007", "2006", or "Undated". */
export function datesText(rctx: ReportContext, start: string | null, end: string | null): string {
  if (!start) return doc(rctx, 'common.undated');
  const first = dateText(rctx, start);
  return end && end !== start ? `${first} – ${dateText(rctx, end)}` : first;
}
