import { isAbsolute, resolve } from 'node:path';
import type { z } from 'zod';
import { en } from '../../../shared/i18n/en';
import { fieldIssuesFromZod } from '../../../shared/ipc/issues';
import {
  EXPORT_FORMATS,
  LIST_KINDS,
  REPORT_KINDS,
  exportStartSchema,
  type DocumentKind,
  type ParsedExportStart,
} from '../../../shared/reports/requests';
import { CliError, type CliCommand } from '../types';

const KINDS: readonly DocumentKind[] = [...REPORT_KINDS, ...LIST_KINDS];

/** The options of `report`, as node:util parseArgs reads them. */
export const REPORT_OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string' },
  lang: { type: 'string' },
  separator: { type: 'string' },
  force: { type: 'boolean' },
  year: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  partner: { type: 'string' },
  theme: { type: 'string' },
  years: { type: 'string' },
  'from-year': { type: 'string' },
  'to-year': { type: 'string' },
  text: { type: 'string' },
  country: { type: 'string' },
  decade: { type: 'string' },
  kind: { type: 'string' },
  status: { type: 'string' },
  agreement: { type: 'string' },
  department: { type: 'string' },
  'follow-up-to': { type: 'string' },
  sort: { type: 'string' },
  direction: { type: 'string' },
} as const satisfies CliCommand['options'];

type OptionName = keyof typeof REPORT_OPTIONS;
type Values = Parameters<CliCommand['run']>[1];

/** The options every report takes; the others belong to some reports only. */
const COMMON: readonly OptionName[] = ['format', 'out', 'lang', 'separator', 'force'];
const PERIOD: readonly OptionName[] = ['year', 'from', 'to'];
const APPLIES: Record<DocumentKind, readonly OptionName[]> = {
  annual: PERIOD,
  partner: ['partner'],
  theme: ['theme', ...PERIOD],
  timeline: ['from-year', 'to-year'],
  dormant: ['years'],
  anniversaries: ['year'],
  map: PERIOD,
  agreements: ['text', 'country', 'decade', 'kind', 'status', 'partner', 'sort', 'direction'],
  actions: [
    'text',
    'kind',
    'status',
    'partner',
    'theme',
    'agreement',
    'from',
    'to',
    'department',
    'follow-up-to',
    'sort',
    'direction',
  ],
};

export const REPORT_USAGE = `report <${KINDS.join('|')}> --format <${EXPORT_FORMATS.join('|')}> --out FILE [--year Y | --from D --to D] [--partner NAME|ID] [--theme CODE|NAME|ID] [--years N] [--from-year Y --to-year Y] [--lang en|fr] [--separator ';'|','] [--force] [list filters: --text --country --decade --kind --status --agreement --department --follow-up-to --sort --direction] [--data-dir DIR]`;

/** Turns a partner city or theme, as typed, into its id (the command line looks them up by name). */
export interface ReportLookups {
  partner(text: string): string;
  theme(text: string): string;
}

/**
 * The export request a command line asks for, validated by the same schema as the app's
 * (`exportStartSchema`). `baseDir` is where a relative --out is resolved. A wrong option is a
 * usage error (exit 2) in one line naming the option.
 */
export function exportRequestFromArgs(
  values: Values,
  positionals: string[],
  lookups: ReportLookups,
  baseDir: string,
): ParsedExportStart {
  const [kind, ...extra] = positionals;
  if (!kind || !(KINDS as readonly string[]).includes(kind)) {
    throw new CliError(
      kind
        ? `unknown report "${kind}": one of ${KINDS.join(', ')}`
        : `name a report: one of ${KINDS.join(', ')}`,
      2,
    );
  }
  if (extra.length > 0) throw new CliError(`unexpected argument "${extra[0]}"`, 2);
  const report = kind as DocumentKind;
  for (const name of Object.keys(values)) {
    if (name === 'data-dir' || values[name] === undefined) continue;
    if (!COMMON.includes(name as OptionName) && !APPLIES[report].includes(name as OptionName)) {
      throw new CliError(`--${name} does not apply to the ${report} report`, 2);
    }
  }
  const text = (name: OptionName) => values[name] as string | undefined;
  const whole = (name: OptionName) => {
    const value = text(name);
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value.trim()))
      throw new CliError(`--${name} expects a whole number, not "${value}"`, 2);
    return Number(value);
  };
  const partner = text('partner') === undefined ? undefined : lookups.partner(text('partner')!);
  const theme = text('theme') === undefined ? undefined : lookups.theme(text('theme')!);
  const lang = text('lang') ?? 'en';
  const period = { year: whole('year'), from: text('from'), to: text('to') };

  const requests: Record<DocumentKind, () => Record<string, unknown>> = {
    annual: () => period,
    partner: () => ({ cityId: partner }),
    theme: () => ({ themeId: theme, ...period }),
    timeline: () => ({ fromYear: whole('from-year'), toYear: whole('to-year') }),
    dormant: () => ({ years: whole('years') }),
    // The anniversaries of this year unless told otherwise, like the other reports' period.
    anniversaries: () => ({ year: whole('year') ?? new Date().getFullYear() }),
    map: () => period,
    agreements: () => ({
      filter: listFilter({
        text: text('text'),
        country: text('country'),
        decade: whole('decade'),
        kind: text('kind'),
        status: text('status'),
        cityId: partner,
        lang,
      }),
    }),
    actions: () => ({
      filter: listFilter({
        text: text('text'),
        kind: text('kind'),
        status: text('status'),
        cityId: partner,
        themeId: theme,
        agreementId: text('agreement'),
        from: text('from'),
        to: text('to'),
        department: text('department'),
        followUpTo: text('follow-up-to'),
      }),
    }),
  };
  const request = { report, ...requests[report]() };
  const format = text('format');
  if (text('separator') !== undefined && format !== 'csv')
    throw new CliError('--separator applies to --format csv only', 2);
  const out = text('out');
  const parsed = exportStartSchema.safeParse(
    {
      request: withoutUndefined(request),
      format,
      csvSeparator: text('separator'),
      lang,
      target: {
        kind: 'file',
        file:
          out === undefined ? undefined : isAbsolute(out) ? resolve(out) : resolve(baseDir, out),
        overwrite: values.force === true,
      },
    },
    { reportInput: true },
  );
  if (!parsed.success) throw new CliError(describeIssues(parsed.error), 2);
  return parsed.data;

  function listFilter(filter: Record<string, unknown>) {
    return withoutUndefined({ ...filter, sort: text('sort'), direction: text('direction') });
  }
}

function withoutUndefined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The command-line option a field of the request comes from. */
const OPTION_OF: Record<string, string> = {
  cityId: '--partner',
  themeId: '--theme',
  agreementId: '--agreement',
  followUpTo: '--follow-up-to',
  fromYear: '--from-year',
  toYear: '--to-year',
  csvSeparator: '--separator',
  file: '--out',
  report: 'the report',
};

/** Zod's issues as one line: `--year: Must be at least 1000.; --format: one of pdf, xlsx…`. */
function describeIssues(error: z.ZodError): string {
  const fields = fieldIssuesFromZod(error);
  return error.issues
    .map((issue, index) => {
      const last = String(issue.path.at(-1) ?? 'report');
      const option = OPTION_OF[last] ?? `--${last}`;
      if (issue.code === 'invalid_value') {
        return issue.input === undefined
          ? `${option}: Required.`
          : `${option}: one of ${issue.values.map(String).join(', ')}`;
      }
      const field = fields[index]!;
      return `${option}: ${english(field.key, field.params ?? {})}`;
    })
    .join('; ');
}

/** The English sentence of an `errors.…` key, for the command line. */
function english(key: string, params: Record<string, string | number>): string {
  let node: unknown = en;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  const sentence = typeof node === 'string' ? node : key;
  return sentence.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}
