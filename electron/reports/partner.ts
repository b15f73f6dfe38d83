import type Database from 'better-sqlite3';
import { nextRoundAnniversary } from '../../shared/domain/anniversaries';
import { formatCoordinate, formatTimestamp } from '../../shared/format/intl';
import type { AgreementAnniversary, AgreementBrief, PartnerData } from '../../shared/reports/data';
import type { Cell, ReportDocument } from '../../shared/reports/document';
import type { FactSheetAgreement } from '../../shared/schemas/overview';
import { cityFactSheet } from '../services/overview/overview';
import { anniversariesTable } from './anniversaries';
import {
  actionsTable,
  agreementKindLabel,
  agreementStatusLabel,
  column,
  country,
  doc,
  notesSection,
  reportDocument,
  slug,
  table,
  themeLabel,
} from './docKit';
import { actionEvents, anniversaryEvents } from './events';
import { SCREEN_ROWS, type LongParts } from './longParts';
import { actionRowsOfListing, actionsListing, scopeFigures, noteCounts, notesListing, notesOfListing } from './queries';
import type { ReportContext } from './types';

const brief = (a: FactSheetAgreement): AgreementBrief => ({
  id: a.id,
  cityId: a.cityId,
  cityName: a.cityName,
  country: a.country,
  kind: a.kind,
  exclusive: a.exclusive,
  signedOn: a.signedOn,
  status: a.status,
});

/** One partner city: its fact sheet, every action, the written results and what comes next. */
export function computePartner(db: Database.Database, params: { cityId: string }, today: string, rows: number | 'all' = SCREEN_ROWS): PartnerData {
  // The sheet's timeline (500 rows) is not shown here: the report lists its actions itself.
  const sheet = cityFactSheet(db, params.cityId, { timeline: false });
  const nextAnniversaries: AgreementAnniversary[] = [];
  for (const agreement of sheet.agreements) {
    const anniversary = nextRoundAnniversary(agreement.signedOn, today);
    if (anniversary) nextAnniversaries.push({ agreement: brief(agreement), anniversary });
  }
  nextAnniversaries.sort((l, r) => l.anniversary.day.localeCompare(r.anniversary.day));
  const scope = { cityId: params.cityId };
  const { breakdown, notes } = scopeFigures(db, scope);
  return {
    city: sheet.city,
    agreements: sheet.agreements,
    contacts: sheet.contacts,
    breakdown,
    actions: actionRowsOfListing(db, actionsListing(scope), rows),
    notes: notesOfListing(db, notesListing(scope), rows),
    noteCount: notes.entries,
    followUps: sheet.followUps,
    nextAnniversaries,
  };
}

/** What an export of the fact sheet reads page by page: its actions and notes (follow-ups and the rest are few). */
export function partnerLongParts(db: Database.Database, data: PartnerData, rctx: ReportContext): LongParts {
  const scope = { cityId: data.city.id };
  return {
    tables: [{ sectionId: 'actions', listing: actionsListing(scope), count: data.breakdown.total }],
    notes: [{ sectionId: 'notes', listing: notesListing(scope), count: data.noteCount, paragraphs: noteCounts(db, scope).paragraphs }],
    events: { listing: actionsListing(scope), extra: anniversaryEvents(rctx, data.nextAnniversaries) },
  };
}

function languageNames(codes: string[], lang: string): string {
  const names = new Intl.DisplayNames([lang], { type: 'language' });
  return codes
    .map((code) => {
      try {
        return names.of(code) ?? code;
      } catch {
        return code;
      }
    })
    .join(', ');
}

export function partnerDocument(data: PartnerData, rctx: ReportContext): ReportDocument {
  const d = (key: string, options?: Record<string, unknown>) => doc(rctx, `partner.${key}`, options);
  const { city } = data;
  const agreementName = (a: FactSheetAgreement) => `${agreementKindLabel(rctx, a.kind)} (${a.signedOn})`;
  const facts: [string, string][] = [
    [doc(rctx, 'columns.country'), country(rctx, city.country)],
    [doc(rctx, 'columns.region'), city.region],
    [d('languages'), languageNames(city.languages, rctx.lang)],
    [d('website'), city.website],
    [
      d('coordinates'),
      city.latitude === null || city.longitude === null
        ? ''
        : `${formatCoordinate(city.latitude, rctx.lang)}, ${formatCoordinate(city.longitude, rctx.lang)}`,
    ],
  ];
  return reportDocument(rctx, 'partner', {
    title: d('title', { city: city.name }),
    subtitle: [city.name, city.region, country(rctx, city.country)].filter(Boolean).join(', '),
    fileStem: `accords-partner-${slug(city.name)}`,
    empty: data.agreements.length === 0 && data.breakdown.total === 0,
    events: [...actionEvents(rctx, data.actions), ...anniversaryEvents(rctx, data.nextAnniversaries)],
    sections: [
      {
        type: 'figures',
        id: 'key-figures',
        title: d('figures'),
        items: [
          { label: d('agreements'), value: data.agreements.length, kind: 'integer' },
          { label: d('actions'), value: data.breakdown.total, kind: 'integer' },
          { label: d('done'), value: data.breakdown.byStatus.done, kind: 'integer' },
          { label: d('contacts'), value: data.contacts.length, kind: 'integer' },
          { label: d('followUps'), value: data.followUps.length, kind: 'integer' },
        ],
      },
      table(
        rctx,
        'city',
        d('city'),
        [column(rctx, 'field', 'text', 16), column(rctx, 'value', 'text', 40)],
        facts.filter(([, value]) => value !== ''),
      ),
      table(
        rctx,
        'agreements',
        d('agreementsTable'),
        [
          column(rctx, 'agreementKind', 'text', 24),
          column(rctx, 'signed', 'date', 14),
          column(rctx, 'agreementStatus', 'text', 10),
          column(rctx, 'exclusive', 'text', 8),
          column(rctx, 'themes', 'text', 24),
          column(rctx, 'actionCount', 'integer', 8),
        ],
        data.agreements.map((a): Cell[] => [
          agreementKindLabel(rctx, a.kind),
          a.signedOn,
          agreementStatusLabel(rctx, a.status),
          doc(rctx, a.exclusive ? 'common.yes' : 'common.no'),
          a.themes.map((theme) => themeLabel(rctx, theme)).join(', ') || null,
          a.actionCount,
        ]),
      ),
      table(
        rctx,
        'versions',
        d('versionsTable'),
        [
          column(rctx, 'agreement', 'text', 24),
          column(rctx, 'versionKind', 'text', 14),
          column(rctx, 'date', 'date', 14),
          column(rctx, 'summary', 'text', 40),
        ],
        data.agreements.flatMap((a) =>
          a.versions.map((v): Cell[] => [agreementName(a), doc(rctx, `values.versionKind.${v.kind}`), v.date, v.summary || null]),
        ),
        { description: d('versionsDescription') },
      ),
      table(
        rctx,
        'status-changes',
        d('statusTable'),
        [
          column(rctx, 'agreement', 'text', 24),
          column(rctx, 'changedAt', 'text', 18),
          column(rctx, 'from', 'text', 10),
          column(rctx, 'to', 'text', 10),
          column(rctx, 'reason', 'text', 30),
          column(rctx, 'user', 'text', 14),
        ],
        data.agreements.flatMap((a) =>
          a.statusChanges.map((s): Cell[] => [
            agreementName(a),
            formatTimestamp(s.at, rctx.lang),
            s.from ? rctx.t(`enums.agreementStatus.${s.from}`) : null,
            rctx.t(`enums.agreementStatus.${s.to}`),
            s.reason || null,
            s.user || null,
          ]),
        ),
        { description: d('statusDescription') },
      ),
      table(
        rctx,
        'contacts',
        d('contactsTable'),
        [
          column(rctx, 'name', 'text', 20),
          column(rctx, 'role', 'text', 18),
          column(rctx, 'organisation', 'text', 20),
          column(rctx, 'side', 'text', 10),
          column(rctx, 'via', 'text', 20),
        ],
        data.contacts.map((c): Cell[] => [
          c.name,
          c.role || null,
          c.organisation || null,
          doc(rctx, `values.side.${c.side}`),
          c.via.map((via) => doc(rctx, `values.via.${via}`)).join(', '),
        ]),
      ),
      actionsTable(rctx, 'actions', d('actionsTable'), data.actions, d('actionsDescription'), {
        total: data.breakdown.total,
        filter: { cityId: city.id },
      }),
      notesSection(rctx, 'notes', data.notes, data.noteCount),
      actionsTable(rctx, 'follow-ups', d('followUpsTable'), data.followUps, d('followUpsDescription')),
      anniversariesTable(rctx, 'next-anniversaries', d('anniversariesTable'), data.nextAnniversaries, d('anniversariesDescription')),
    ],
  });
}
