import type { Language } from '../../../shared/domain/enums';

/**
 * The few words a file adds around the document's own (already translated) text: page
 * numbers, the cover's "Generated on", the summary sheet. Only main writes files, so they live
 * here rather than in the screens' i18n resources.
 */
export interface FormatLabels {
  /** "Page 3 of 12": the words around the two numbers (Word fills the numbers in itself). */
  pageWords: { before: string; between: string };
  generatedOn: (date: string) => string;
  keyFigures: string;
  legend: string;
  summary: string;
  figure: string;
  value: string;
  currency: (column: string) => string;
  notOnMap: (names: string) => string;
  created: string;
  /** Column names of the map's points and of the notes, when a spreadsheet lists them. */
  columns: {
    city: string;
    country: string;
    latitude: string;
    longitude: string;
    activity: string;
    level: string;
    entry: string;
    details: string;
    topic: string;
    text: string;
  };
}

const en: FormatLabels = {
  pageWords: { before: 'Page ', between: ' of ' },
  generatedOn: (date) => `Generated on ${date}`,
  keyFigures: 'Key figures',
  legend: 'Legend',
  summary: 'Summary',
  figure: 'Figure',
  value: 'Value',
  currency: (column) => `${column} (currency)`,
  notOnMap: (names) => `Not on the map (no coordinates): ${names}`,
  created: 'Generated',
  columns: {
    city: 'City',
    country: 'Country',
    latitude: 'Latitude',
    longitude: 'Longitude',
    activity: 'Activity',
    level: 'Level',
    entry: 'Entry',
    details: 'Details',
    topic: 'Topic',
    text: 'Text',
  },
};

const fr: FormatLabels = {
  pageWords: { before: 'Page ', between: ' sur ' },
  generatedOn: (date) => `Généré le ${date}`,
  keyFigures: 'Chiffres clés',
  legend: 'Légende',
  summary: 'Synthèse',
  figure: 'Indicateur',
  value: 'Valeur',
  currency: (column) => `${column} (devise)`,
  notOnMap: (names) => `Absentes de la carte (sans coordonnées)\u00a0: ${names}`,
  created: 'Généré le',
  columns: {
    city: 'Ville',
    country: 'Pays',
    latitude: 'Latitude',
    longitude: 'Longitude',
    activity: 'Activité',
    level: 'Niveau',
    entry: 'Entrée',
    details: 'Détails',
    topic: 'Rubrique',
    text: 'Texte',
  },
};

/** "Page 3 of 12" / "Page 3 sur 12". */
export function pageLabel(labels: FormatLabels, page: number, pages: number): string {
  return `${labels.pageWords.before}${page}${labels.pageWords.between}${pages}`;
}

/** The labels of a document's language. */
export function labelsFor(lang: Language): FormatLabels {
  return lang === 'fr' ? fr : en;
}
