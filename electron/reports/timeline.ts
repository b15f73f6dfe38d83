import type Database from 'better-sqlite3';
import { yearOf } from '../../shared/domain/partialDate';
import type { TimelineData } from '../../shared/reports/data';
import type { Cell, ReportDocument } from '../../shared/reports/document';
import { agreementKindLabel, agreementStatusLabel, column, country, doc, reportDocument, table } from './docKit';
import { agreementsOf } from './queries';
import type { ReportContext } from './types';

/** Past this many years, the chart counts signatures per decade rather than per year. */
const YEARLY_SPAN = 30;

/** Agreements by the year they were signed (all of them, or those signed between two years). */
export function computeTimeline(db: Database.Database, params: { fromYear?: number | undefined; toYear?: number | undefined }): TimelineData {
  const fromYear = params.fromYear ?? null;
  const toYear = params.toYear ?? null;
  const agreements = agreementsOf(db, { signedYears: [fromYear ?? 1000, toYear ?? 9999] });
  if (agreements.length === 0) return { fromYear, toYear, agreements, bucket: 'year', counts: [] };
  const years = agreements.map((a) => yearOf(a.signedOn));
  const first = fromYear ?? Math.min(...years);
  const last = toYear ?? Math.max(...years);
  const bucket = last - first + 1 > YEARLY_SPAN ? 'decade' : 'year';
  const startOf = (year: number) => (bucket === 'decade' ? Math.floor(year / 10) * 10 : year);
  const counts = new Map<number, number>();
  for (let start = startOf(first); start <= last; start += bucket === 'decade' ? 10 : 1) counts.set(start, 0);
  for (const year of years) counts.set(startOf(year), (counts.get(startOf(year)) ?? 0) + 1);
  return { fromYear, toYear, agreements, bucket, counts: [...counts].map(([start, count]) => ({ start, count })) };
}

/** The timeline as a document: a chart of signatures and the list grouped by year. */
export function timelineDocument(data: TimelineData, rctx: ReportContext): ReportDocument {
  const d = (key: string, options?: Record<string, unknown>) => doc(rctx, `timeline.${key}`, options);
  const years = data.agreements.map((a) => yearOf(a.signedOn));
  const first = data.fromYear ?? (years.length ? Math.min(...years) : null);
  const last = data.toYear ?? (years.length ? Math.max(...years) : null);
  const bucketLabel = (start: number) => (data.bucket === 'decade' ? d('decade', { decade: start }) : String(start));
  const stem = data.fromYear !== null || data.toYear !== null ? `-${data.fromYear ?? ''}-${data.toYear ?? ''}`.replace(/-$/, '') : '';
  return reportDocument(rctx, 'timeline', {
    title: d('title'),
    subtitle: first === null || last === null ? d('subtitleAll') : d('subtitle', { first, last }),
    fileStem: `accords-timeline${stem}`,
    empty: data.agreements.length === 0,
    sections: [
      {
        type: 'figures',
        id: 'key-figures',
        title: d('figures'),
        items: [
          { label: d('agreements'), value: data.agreements.length, kind: 'integer' },
          { label: d('partnerCountries'), value: new Set(data.agreements.map((a) => a.country)).size, kind: 'integer' },
        ],
      },
      {
        type: 'chart',
        id: 'signatures-chart',
        title: data.bucket === 'decade' ? d('chartDecade') : d('chartYear'),
        description: data.bucket === 'decade' ? d('chartDecadeDescription', { years: YEARLY_SPAN }) : undefined,
        chart: 'bar',
        orientation: 'vertical',
        categories: data.counts.map((c) => bucketLabel(c.start)),
        series: [{ key: 'agreements', label: d('agreements'), values: data.counts.map((c) => c.count) }],
        valueKind: 'integer',
        categoryLabel: data.bucket === 'decade' ? doc(rctx, 'columns.decade') : doc(rctx, 'columns.year'),
        valueLabel: d('agreements'),
      },
      table(
        rctx,
        'agreements-by-year',
        d('list'),
        [
          // A year reads 1956, never 1,956: a year-precision date, which every format writes as a year.
          column(rctx, 'year', 'date', 6),
          column(rctx, 'partner', 'text', 20),
          column(rctx, 'country', 'text', 16),
          column(rctx, 'agreementKind', 'text', 24),
          column(rctx, 'agreementStatus', 'text', 10),
          column(rctx, 'signed', 'date', 14),
        ],
        data.agreements.map((a): Cell[] => [
          String(yearOf(a.signedOn)),
          a.cityName,
          country(rctx, a.country),
          agreementKindLabel(rctx, a.kind),
          agreementStatusLabel(rctx, a.status),
          a.signedOn,
        ]),
        { description: d('listDescription') },
      ),
    ],
  });
}
