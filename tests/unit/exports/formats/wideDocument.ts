import type { Cell, ReportDocument } from '../../../../shared/reports/document';

/**
 * A 12-column table, as wide as the annual report's actions: long French words, city names,
 * dates and amounts. Printed, no word of it may be split inside itself.
 */
const CITIES = ['Copenhagen', 'Montréal', 'Kraków', 'Saint-Pétersbourg', 'Rio de Janeiro'];
const STATUSES = ['Réalisée', 'Abandonnée', 'Envisagée', 'Programmée'];
const THEMES = [
  'Conservation du patrimoine, Nouvelles technologies',
  'Vélo et mobilités douces',
  'Prévention des risques naturels et technologiques',
];

export function wideDocument(rows: number): ReportDocument {
  return {
    kind: 'actions',
    lang: 'fr',
    title: 'Actions',
    subtitle: 'Toutes les actions',
    ownCity: 'Paris',
    generatedAt: '2026-12-01T09:30:00.000Z',
    today: '2026-12-01',
    fileStem: 'accords-actions',
    emptyMessage: null,
    sections: [
      {
        type: 'table',
        id: 'actions',
        title: 'Actions de la période',
        columns: [
          { key: 'title', label: 'Intitulé', kind: 'text' },
          { key: 'city', label: 'Ville partenaire', kind: 'text' },
          { key: 'country', label: 'Pays', kind: 'text' },
          { key: 'kind', label: 'Type d’action', kind: 'text' },
          { key: 'status', label: 'Statut', kind: 'text' },
          { key: 'themes', label: 'Thèmes', kind: 'text' },
          { key: 'start', label: 'Début', kind: 'date' },
          { key: 'end', label: 'Fin', kind: 'date' },
          { key: 'planned', label: 'Budget prévu', kind: 'money' },
          { key: 'spent', label: 'Budget dépensé', kind: 'money' },
          { key: 'people', label: 'Participants', kind: 'integer' },
          { key: 'unused', label: 'Colonnevide', kind: 'text' },
        ],
        rows: Array.from({ length: rows }, (_, i): Cell[] => [
          `Échange d’expertise numéro ${i + 1} sur la gestion intercommunale des inondations`,
          CITIES[i % CITIES.length] ?? null,
          i % 2 === 0 ? 'Danemark' : 'Tchéquie',
          'Mission d’expertise',
          STATUSES[i % STATUSES.length] ?? null,
          THEMES[i % THEMES.length] ?? null,
          `20${10 + (i % 15)}-0${(i % 9) + 1}-1${i % 10}`,
          `20${11 + (i % 15)}-1${i % 3}`,
          { amountMinor: 123_456_789 + i * 1_000, currency: 'EUR' },
          { amountMinor: 98_765_432 + i * 77, currency: 'EUR' },
          1000 + i,
          null,
        ]),
      },
    ],
    events: [],
  };
}
