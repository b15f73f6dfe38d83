import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ParsedReportView } from '../../../shared/reports/requests';
import type { HandlerContext } from '../../../electron/core/context';
import type { BuiltReport } from '../../../electron/reports/types';
import { closeDatabase, openDatabase } from '../../../electron/db/open';
import { databasePath } from '../../../electron/paths/dataDir';
import { createCity } from '../../../electron/services/cities/cities';
import { cli, parisDataDir as paris } from '../helpers/cli';
import { tempDir } from '../helpers/tempData';

// This file tests the command line, not the reports: the builder echoes its request and the
// writer writes it as JSON (tests/unit/cli/reportFiles.test.ts runs the real ones).
const built = vi.hoisted(() => ({ views: [] as unknown[] }));
vi.mock('../../../electron/reports/view', () => {
  const buildReport = (_ctx: HandlerContext, view: ParsedReportView): BuiltReport => {
    built.views.push(view);
    return {
      document: { fileStem: `accords-${view.request.report}` } as BuiltReport['document'],
      data: view,
    };
  };
  // Export jobs build asynchronously (lists read in chunks); here both echo the request.
  return {
    buildReport,
    buildReportAsync: async (ctx: HandlerContext, view: ParsedReportView) => buildReport(ctx, view),
  };
});
vi.mock('../../../electron/exports/formats/index', () => ({
  writeReport: async (report: BuiltReport, _format: unknown, _options: unknown, _progress: unknown, out: NodeJS.WritableStream) => {
    if ((report.data as ParsedReportView).request.report === 'dormant')
      throw new Error('the writer broke');
    out.write(JSON.stringify(report.data));
  },
}));


/** Runs `report …` and returns the request the builder got. */
async function requested(dataDir: string, ...argv: string[]) {
  const out = join(tempDir(), 'r.json');
  const result = await cli(
    'report',
    ...argv,
    '--format',
    'json',
    '--out',
    out,
    '--data-dir',
    dataDir,
  );
  expect(result.err).toEqual([]);
  expect(result.code).toBe(0);
  return JSON.parse(readFileSync(out, 'utf8')) as ParsedReportView;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('accords report', () => {
  it('writes the file and says so in one line', async () => {
    const data = await paris();
    const out = join(tempDir(), 'annual.json');
    const result = await cli(
      'report',
      'annual',
      '--year',
      '2026',
      '--format',
      'json',
      '--out',
      out,
      '--data-dir',
      data,
    );
    const bytes = readFileSync(out).length;
    expect(result).toEqual({ code: 0, out: [`Wrote ${out} (${bytes} bytes)`], err: [] });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({
      request: { report: 'annual', year: 2026 },
      lang: 'en',
    });
  });

  it('resolves a relative --out against the folder the command was typed in', async () => {
    const data = await paris();
    const here = tempDir();
    mkdirSync(join(here, 'sub'));
    vi.stubEnv('INIT_CWD', '');
    vi.spyOn(process, 'cwd').mockReturnValue(here);
    const result = await cli(
      'report',
      'annual',
      '--format',
      'json',
      '--out',
      'sub/a.json',
      '--data-dir',
      data,
    );
    expect(result.out).toEqual([expect.stringMatching(/^Wrote .*\/sub\/a\.json \(\d+ bytes\)$/)]);
    expect(existsSync(join(here, 'sub', 'a.json'))).toBe(true);
    // Under npm, the caller's folder is INIT_CWD (npm itself runs in the package folder).
    const caller = tempDir();
    vi.stubEnv('INIT_CWD', caller);
    expect(
      (await cli('report', 'annual', '--format', 'json', '--out', 'b.json', '--data-dir', data))
        .code,
    ).toBe(0);
    expect(readdirSync(caller)).toEqual(['b.json']);
  });

  it('finds a partner by name without regard to case or accents, or by id', async () => {
    const data = await paris();
    const prague = await requested(data, 'partner', '--partner', 'prague');
    const quebec = await requested(data, 'partner', '--partner', 'quebec');
    const accented = await requested(data, 'partner', '--partner', 'QUÉBEC');
    expect(quebec.request).toEqual(accented.request);
    expect(prague.request).not.toEqual(quebec.request);
    const id = (prague.request as { cityId: string }).cityId;
    expect((await requested(data, 'partner', '--partner', id)).request).toEqual({
      report: 'partner',
      cityId: id,
    });
  });

  it('an ambiguous or unknown partner is refused in one line listing the candidates', async () => {
    const data = await paris();
    // A second Rome, in the United States.
    const db = openDatabase(databasePath(data));
    createCity(db, { name: 'Rome', country: 'US' });
    closeDatabase(db);
    const out = join(tempDir(), 'p.json');
    const ambiguous = await cli(
      'report',
      'partner',
      '--partner',
      'rome',
      '--format',
      'json',
      '--out',
      out,
      '--data-dir',
      data,
    );
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.err).toEqual([
      expect.stringMatching(
        /^accords report: --partner "rome" matches 2 partner cities: Rome \(IT, .*\), Rome \(US, .*\); give its id$/,
      ),
    ]);
    const unknown = await cli(
      'report',
      'partner',
      '--partner',
      'Prag',
      '--format',
      'json',
      '--out',
      out,
      '--data-dir',
      data,
    );
    expect(unknown.code).toBe(1);
    expect(unknown.err).toEqual([
      expect.stringMatching(
        /^accords report: no partner city is named "Prag"; did you mean Prague \(CZ, /,
      ),
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('finds a theme by code, by label in either language, or by id', async () => {
    const data = await paris();
    const byCode = await requested(data, 'theme', '--theme', 'risk_prevention', '--year', '2024');
    expect(byCode.request).toMatchObject({ report: 'theme', year: 2024 });
    expect((await requested(data, 'theme', '--theme', 'Risk prevention')).request).toMatchObject({
      themeId: (byCode.request as { themeId: string }).themeId,
    });
    expect(
      (await requested(data, 'theme', '--theme', 'prevention des risques')).request,
    ).toMatchObject({ themeId: (byCode.request as { themeId: string }).themeId });
    const none = await cli(
      'report',
      'theme',
      '--theme',
      'sports',
      '--format',
      'json',
      '--out',
      join(tempDir(), 't.json'),
      '--data-dir',
      data,
    );
    expect(none.code).toBe(1);
    expect(none.err).toEqual([
      expect.stringMatching(
        /^accords report: no theme is named "sports"; the themes are .*risk_prevention/,
      ),
    ]);
  });

  it('passes the list filters, language and period through', async () => {
    const data = await paris();
    expect(
      await requested(
        data,
        'agreements',
        '--country',
        'it',
        '--decade',
        '1950',
        '--kind',
        'twinning',
        '--lang',
        'fr',
        '--sort',
        'city',
      ),
    ).toMatchObject({
      lang: 'fr',
      request: {
        report: 'agreements',
        filter: {
          country: 'IT',
          decade: 1950,
          kind: 'twinning',
          lang: 'fr',
          sort: 'city',
          direction: 'desc',
        },
      },
    });
    const actions = await requested(
      data,
      'actions',
      '--partner',
      'Prague',
      '--theme',
      'risk_prevention',
      '--status',
      'done',
      '--from',
      '2020',
      '--to',
      '2024-06',
      '--department',
      'Urban planning',
    );
    expect(actions.request).toMatchObject({
      report: 'actions',
      filter: { status: 'done', from: '2020', to: '2024-06', department: 'Urban planning' },
    });
    expect(Object.keys((actions.request as { filter: object }).filter).sort()).toEqual([
      'cityId',
      'department',
      'direction',
      'from',
      'sort',
      'status',
      'themeId',
      'to',
    ]);
    expect(
      (await requested(data, 'timeline', '--from-year', '1950', '--to-year', '2000')).request,
    ).toEqual({ report: 'timeline', fromYear: 1950, toYear: 2000 });
    expect((await requested(data, 'map', '--from', '2020', '--to', '2021')).request).toEqual({
      report: 'map',
      from: '2020',
      to: '2021',
    });
    expect((await requested(data, 'anniversaries')).request).toEqual({
      report: 'anniversaries',
      year: new Date().getFullYear(),
    });
  });

  it.each([
    [['annual', '--format', 'json'], /^accords report: --out: Required\.$/],
    [['annual', '--out', 'x'], /^accords report: --format: Required\.$/],
    [
      ['annual', '--format', 'odt', '--out', 'x'],
      /^accords report: --format: one of pdf, xlsx, csv, docx, ics, json$/,
    ],
    [
      ['yearly', '--format', 'pdf', '--out', 'x'],
      /^accords report: unknown report "yearly": one of annual, partner, theme/,
    ],
    [['--format', 'pdf', '--out', 'x'], /^accords report: name a report: one of annual/],
    [
      ['annual', 'extra', '--format', 'pdf', '--out', 'x'],
      /^accords report: unexpected argument "extra"$/,
    ],
    [
      ['annual', '--theme', 'x', '--format', 'pdf', '--out', 'x'],
      /^accords report: --theme does not apply to the annual report$/,
    ],
    [
      ['annual', '--year', 'next', '--format', 'pdf', '--out', 'x'],
      /^accords report: --year expects a whole number, not "next"$/,
    ],
    [
      ['annual', '--year', '2026', '--from', '2020', '--format', 'pdf', '--out', 'x'],
      /^accords report: --year: Give a year or a range of dates, not both\.$/,
    ],
    [
      ['annual', '--from', '2021', '--to', '2020', '--format', 'pdf', '--out', 'x'],
      /^accords report: --to: The end of the period cannot be before its start\.$/,
    ],
    [
      ['annual', '--from', '2021-13', '--format', 'pdf', '--out', 'x'],
      /^accords report: --from: Enter a year/,
    ],
    [['partner', '--format', 'pdf', '--out', 'x'], /^accords report: --partner: Required\.$/],
    [
      ['annual', '--separator', ';', '--format', 'pdf', '--out', 'x'],
      /^accords report: --separator applies to --format csv only$/,
    ],
    [
      ['annual', '--separator', '|', '--format', 'csv', '--out', 'x'],
      /^accords report: --separator: one of ;, ,$/,
    ],
    [
      ['annual', '--lang', 'de', '--format', 'pdf', '--out', 'x'],
      /^accords report: --lang: one of en, fr$/,
    ],
    [
      ['agreements', '--country', 'Italy', '--format', 'pdf', '--out', 'x'],
      /^accords report: --country: /,
    ],
    [
      ['agreements', '--decade', '1955', '--format', 'pdf', '--out', 'x'],
      /^accords report: --decade: Not valid\.$/,
    ],
  ])('usage error %j: exit 2, one line, no database created', async (argv, message) => {
    const data = tempDir();
    const result = await cli('report', ...argv, '--data-dir', data);
    expect(result.code).toBe(2);
    expect(result.out).toEqual([]);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(message);
    expect(existsSync(databasePath(data))).toBe(false);
  });

  it('refusals from the job: an existing file, a missing folder (exit 1, one line, nothing written)', async () => {
    const data = await paris();
    const dir = tempDir();
    const file = join(dir, 'a.json');
    writeFileSync(file, 'mine');
    const exists = await cli(
      'report',
      'annual',
      '--format',
      'json',
      '--out',
      file,
      '--data-dir',
      data,
    );
    expect(exists).toEqual({
      code: 1,
      out: [],
      err: [`accords report: A file already exists at ${file}`],
    });
    expect(readFileSync(file, 'utf8')).toBe('mine');
    const replaced = await cli(
      'report',
      'annual',
      '--format',
      'json',
      '--out',
      file,
      '--force',
      '--data-dir',
      data,
    );
    expect(replaced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toBe('mine');

    const missing = await cli(
      'report',
      'annual',
      '--format',
      'json',
      '--out',
      join(dir, 'nope', 'a.json'),
      '--data-dir',
      data,
    );
    expect(missing).toEqual({
      code: 1,
      out: [],
      err: [`accords report: The folder ${join(dir, 'nope')} does not exist`],
    });
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('a failing export exits 1 with its message and leaves no file', async () => {
    const data = await paris();
    const dir = tempDir();
    const result = await cli(
      'report',
      'dormant',
      '--format',
      'json',
      '--out',
      join(dir, 'd.json'),
      '--data-dir',
      data,
    );
    expect(result).toEqual({ code: 1, out: [], err: ['accords report: the writer broke'] });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is listed by help', async () => {
    const { out } = await cli('help');
    expect(out[0]).toContain(
      'report <annual|partner|theme|timeline|dormant|anniversaries|map|agreements|actions> --format <pdf|xlsx|csv|docx|ics|json> --out FILE',
    );
  });
});
