/**
 * Report documents for the file-format tests, built by hand (the report builders are written
 * elsewhere): every section type, every cell kind and the awkward text a register holds.
 */
import type { Language } from '../../../../shared/domain/enums';
import type { Cell, ReportDocument, TableSection } from '../../../../shared/reports/document';
import type { BuiltReport } from '../../../../electron/reports/types';

/** Text that spreadsheets would read as formulas, with the characters that break naive CSV. */
export const TRICKY_TEXTS = [
  '=SUM(A1)',
  '+33 1 42 76 40 40',
  '-5',
  '@x',
  '\tTabbed',
  '\rCarriage',
  'Ville d’Avignon',
  'Le "Grand" Paris',
  'a;b,c',
  'line one\nline two',
  'Montréal, Québec',
  'Kraków ŁÓDŹ — Ærø',
];

const EN = {
  title: 'Annual report of international action 2026',
  subtitle: '1 January – 31 December 2026',
  figures: 'Key figures',
  agreements: 'Agreements signed',
  spent: 'Budget spent',
  share: 'Actions done',
  table: 'Agreements and their budgets',
  themes: 'Actions by theme',
  budget: 'Budget planned vs spent',
  partners: 'Actions by partner',
  trend: 'Actions per year',
  map: 'Partner cities',
  notes: 'What came of it',
  empty: 'Follow-ups',
  emptyMessage: 'No follow-up is planned.',
};

const FR: typeof EN = {
  title: 'Rapport annuel de l’action internationale 2026',
  subtitle: '1er janvier – 31 décembre 2026',
  figures: 'Chiffres clés',
  agreements: 'Accords signés',
  spent: 'Budget dépensé',
  share: 'Actions réalisées',
  table: 'Accords et budgets',
  themes: 'Actions par thème',
  budget: 'Budget prévu et dépensé',
  partners: 'Actions par partenaire',
  trend: 'Actions par année',
  map: 'Villes partenaires',
  notes: 'Ce qui en est résulté',
  empty: 'Relances',
  emptyMessage: 'Aucune relance n’est prévue.',
};

const eur = (amountMinor: number): Cell => ({ amountMinor, currency: 'EUR' });

/** The agreements table: every column kind, tricky text, three currencies, null cells, totals. */
export function agreementsTable(title: string): TableSection {
  const partners = ['Rome', 'Kyoto', 'Tokyo', 'Prague', 'Montréal', 'Tunis', ...TRICKY_TEXTS];
  const dates = ['1956', '1958-10', '1982-07-14', '2006-04', '2006-04-12', null];
  const money: Cell[] = [
    eur(1_250_000_50),
    { amountMinor: 3_500_000, currency: 'JPY' },
    { amountMinor: 12_345_678, currency: 'TND' },
    null,
  ];
  return {
    type: 'table',
    id: 'agreements',
    title,
    description: 'Every agreement in force, with what was spent under it.',
    columns: [
      { key: 'partner', label: 'Partner', kind: 'text', width: 18 },
      { key: 'signed', label: 'Signed', kind: 'date' },
      { key: 'budget', label: 'Budget', kind: 'money' },
      { key: 'actions', label: 'Actions', kind: 'integer' },
      { key: 'share', label: 'Done', kind: 'percent' },
      { key: 'score', label: 'Score', kind: 'number' },
      { key: 'note', label: 'Note', kind: 'text' },
    ],
    rows: partners.map((partner, index): Cell[] => [
      partner,
      dates[index % dates.length] ?? null,
      money[index % money.length] ?? null,
      index === 3 ? null : index * 3,
      index === 4 ? null : (index % 5) / 8,
      index % 2 === 0 ? -5 : 12.75,
      TRICKY_TEXTS[(index + 3) % TRICKY_TEXTS.length] ?? null,
    ]),
    totals: ['Total', null, eur(9_876_543_21), 54, 0.5, null, null],
  };
}

/** A document with every section type, in English or French. */
export function richDocument(lang: Language = 'en'): ReportDocument {
  const w = lang === 'fr' ? FR : EN;
  return {
    kind: 'annual',
    lang,
    title: w.title,
    subtitle: w.subtitle,
    ownCity: 'Paris',
    generatedAt: '2026-12-01T09:30:00.000Z',
    today: '2026-12-01',
    fileStem: 'accords-annual-2026',
    emptyMessage: null,
    sections: [
      {
        type: 'figures',
        id: 'figures',
        title: w.figures,
        items: [
          { label: w.agreements, value: 14, kind: 'integer' },
          { label: w.spent, value: { amountMinor: 1_250_000_50, currency: 'EUR' }, kind: 'money' },
          { label: w.share, value: 0.425, kind: 'percent' },
          { label: '=HYPERLINK("http://evil")', value: 3, kind: 'integer' },
        ],
      },
      agreementsTable(w.table),
      {
        type: 'table',
        id: 'themes',
        title: w.themes,
        columns: [
          { key: 'theme', label: 'Theme', kind: 'text' },
          { key: 'actions', label: 'Actions', kind: 'integer' },
        ],
        rows: [
          ['Cycling', 7],
          ['Social housing', 4],
          ['Flood-risk prevention', 3],
          ['Heritage', 2],
        ],
        totals: ['Total', 16],
      },
      {
        type: 'chart',
        id: 'themes-chart',
        title: w.themes,
        chart: 'bar',
        orientation: 'horizontal',
        categories: ['Cycling', 'Social housing', 'Flood-risk prevention', 'Heritage'],
        series: [{ key: 'actions', label: 'Actions', values: [7, 4, 3, 2] }],
        valueKind: 'integer',
        categoryLabel: 'Theme',
        valueLabel: 'Actions',
      },
      {
        type: 'chart',
        id: 'budget-chart',
        title: w.budget,
        chart: 'bar',
        orientation: 'vertical',
        categories: ['2022', '2023', '2024', '2025', '2026'],
        series: [
          { key: 'planned', label: 'Planned', values: [120000, 150000, 90000, 210000, 180000] },
          { key: 'spent', label: 'Spent', values: [110500.5, 162000, 70000, 198000, 60000] },
        ],
        valueKind: 'money',
        currency: 'EUR',
        categoryLabel: 'Year',
        valueLabel: 'EUR',
      },
      {
        type: 'chart',
        id: 'partners-chart',
        title: w.partners,
        chart: 'bar',
        orientation: 'horizontal',
        categories: ['Rome', 'Kyoto', 'Prague', 'Montréal', 'Berlin', 'Séoul'],
        series: [
          { key: 'done', label: 'Done', values: [5, 3, 6, 2, 1, 0] },
          { key: 'planned', label: 'Planned', values: [1, 2, 0, 3, 1, 2] },
        ],
        valueKind: 'integer',
        categoryLabel: 'Partner',
        valueLabel: 'Actions',
      },
      {
        type: 'chart',
        id: 'trend-chart',
        title: w.trend,
        chart: 'line',
        categories: ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026'],
        series: [{ key: 'actions', label: 'Actions', values: [8, 2, 4, 9, 12, 10, 14, 11] }],
        valueKind: 'integer',
        categoryLabel: 'Year',
        valueLabel: 'Actions',
      },
      {
        type: 'map',
        id: 'map',
        title: w.map,
        points: [
          {
            cityId: 'c1',
            name: 'Rome',
            country: 'IT',
            latitude: 41.9,
            longitude: 12.5,
            value: 6,
            level: 3,
          },
          {
            cityId: 'c2',
            name: 'Kyoto',
            country: 'JP',
            latitude: 35.01,
            longitude: 135.77,
            value: 3,
            level: 2,
          },
          {
            cityId: 'c3',
            name: 'Tokyo',
            country: 'JP',
            latitude: 35.68,
            longitude: 139.69,
            value: 0,
            level: 0,
          },
          {
            cityId: 'c4',
            name: 'Prague',
            country: 'CZ',
            latitude: 50.08,
            longitude: 14.43,
            value: 6,
            level: 3,
          },
          {
            cityId: 'c5',
            name: 'Montréal',
            country: 'CA',
            latitude: 45.5,
            longitude: -73.57,
            value: 5,
            level: 2,
          },
          {
            cityId: 'c6',
            name: 'Buenos Aires',
            country: 'AR',
            latitude: -34.6,
            longitude: -58.38,
            value: 1,
            level: 1,
          },
        ],
        legend: [
          { level: 0, label: 'No action' },
          { level: 1, label: '1–2 actions' },
          { level: 2, label: '3–5 actions' },
          { level: 3, label: '6 or more' },
        ],
        unplaced: ['Atlantis'],
      },
      {
        type: 'notes',
        id: 'outcomes',
        title: w.notes,
        entries: [
          {
            heading: 'Prague — flood alerts',
            meta: 'Expert mission · 2026-03 · Risk prevention',
            paragraphs: [
              {
                label: 'Outcome',
                text: 'Prague’s sirens and SMS alerts were adopted for the Seine; a joint drill took place in June.',
              },
              {
                label: 'For residents',
                text: 'Riverside residents get an alert 48 hours before a flood.\nA map of shelters is online.',
              },
            ],
          },
          {
            heading: 'Kyoto — heritage crafts',
            meta: 'Study visit · 2026-05-12',
            paragraphs: [
              { label: 'Outcome', text: '=cmd|/C calc — not a formula in a PDF, just text.' },
            ],
          },
        ],
      },
      {
        type: 'table',
        id: 'follow-ups',
        title: w.empty,
        columns: [{ key: 'what', label: 'What', kind: 'text' }],
        rows: [],
        emptyMessage: w.emptyMessage,
      },
    ],
    events: [
      {
        uid: 'action-1@accords',
        kind: 'action',
        title: 'Study visit to Kyoto',
        description: 'Heritage crafts, 4 officials',
        start: '2026-05-12',
        end: '2026-05-15',
        location: 'Kyoto, Japan',
      },
      {
        uid: 'followup-2@accords',
        kind: 'followUp',
        title: 'Follow-up: Prague flood drill',
        description: 'Send the report; ask about the “next” drill',
        start: '2026-06-02',
        end: '2026-06-02',
      },
      {
        uid: 'anniversary-rome-70@accords',
        kind: 'anniversary',
        title: 'Rome: 70 years',
        description: 'Signed in 1956',
        start: '2026-01-30',
        end: '2026-01-30',
        location: 'Rome',
      },
    ],
  };
}

/** A list export of `rows` actions: one long table, no figures, no events. */
export function bigDocument(rows: number, lang: Language = 'en'): ReportDocument {
  const themes = ['Cycling', 'Social housing', 'Flood-risk prevention', 'Heritage', 'Culture'];
  const partners = ['Rome', 'Kyoto', 'Prague', 'Montréal', 'Séoul', 'Tunis', 'Québec'];
  return {
    kind: 'actions',
    lang,
    title: lang === 'fr' ? 'Actions' : 'Actions',
    subtitle: lang === 'fr' ? 'Toutes les actions' : 'Every action',
    ownCity: 'Paris',
    generatedAt: '2026-12-01T09:30:00.000Z',
    today: '2026-12-01',
    fileStem: 'accords-actions',
    emptyMessage: null,
    sections: [
      {
        type: 'table',
        id: 'actions',
        title: 'Actions',
        columns: [
          { key: 'title', label: 'Title', kind: 'text' },
          { key: 'partner', label: 'Partner', kind: 'text' },
          { key: 'theme', label: 'Theme', kind: 'text' },
          { key: 'start', label: 'Start', kind: 'date' },
          { key: 'budget', label: 'Budget', kind: 'money' },
          { key: 'people', label: 'People', kind: 'integer' },
        ],
        rows: Array.from({ length: rows }, (_, i): Cell[] => [
          `Action ${i + 1}: ${themes[i % themes.length]} exchange with ${partners[i % partners.length]}`,
          partners[i % partners.length] ?? null,
          themes[i % themes.length] ?? null,
          `${2000 + (i % 27)}-${String((i % 12) + 1).padStart(2, '0')}${i % 3 === 0 ? '-15' : ''}`,
          i % 9 === 0 ? null : { amountMinor: 100_000 + ((i * 7919) % 5_000_000), currency: 'EUR' },
          i % 40,
        ]),
      },
    ],
    events: [],
  };
}

/** Nothing to report: the document's message, an empty table, no events. */
export function emptyDocument(lang: Language = 'en'): ReportDocument {
  const w = lang === 'fr' ? FR : EN;
  return {
    ...richDocument(lang),
    kind: 'dormant',
    title: lang === 'fr' ? 'Accords en sommeil' : 'Dormant agreements',
    emptyMessage: lang === 'fr' ? 'Aucun accord en sommeil.' : 'No dormant agreement.',
    sections: [
      {
        type: 'table',
        id: 'dormant',
        title: w.empty,
        columns: [{ key: 'partner', label: 'Partner', kind: 'text' }],
        rows: [],
        emptyMessage: w.emptyMessage,
      },
    ],
    events: [],
  };
}

/** A built report around a document, with typed data as a builder would give. */
export function built(document: ReportDocument): BuiltReport {
  return { document, data: { year: 2026, counts: { agreements: 14 }, note: 'Ville d’Avignon' } };
}
