import type { reportScreensEn } from './reportScreens.en';

/** French strings of the report screens and the export menu: exactly the English keys. */
export const reportScreensFr: typeof reportScreensEn = {
  nav: 'Rapports',
  hub: {
    title: 'Rapports',
    intro:
      'Des documents à présenter aux élus et aux partenaires, calculés à partir du registre. Chacun s’exporte en PDF, Excel, CSV, Word, calendrier ou JSON.',
    open: 'Ouvrir',
    emptyHint:
      'Le registre est vide : les rapports auront quelque chose à dire dès que des villes partenaires, des accords et des actions seront saisis.',
  },
  kinds: {
    annual: {
      title: 'Rapport annuel d’activité',
      summary:
        'Une année ou une période d’action internationale : accords, partenaires, actions, budgets et résultats.',
    },
    partner: {
      title: 'Fiche partenaire',
      summary:
        'Tout sur une ville partenaire avant une visite : accords, historique, contacts, actions.',
    },
    theme: {
      title: 'Rapport thématique',
      summary:
        'Un thème chez tous les partenaires, comme la prévention des risques, et ce qu’il en est resté.',
    },
    timeline: {
      title: 'Chronologie des accords',
      summary: 'Les accords selon l’année de leur signature, du premier au plus récent.',
    },
    dormant: {
      title: 'Accords en sommeil',
      summary:
        'Les accords actifs sans aucune action depuis plusieurs années, à relancer ou à clore.',
    },
    anniversaries: {
      title: 'Anniversaires',
      summary:
        'Les anniversaires ronds des signatures qui tombent dans une année, pour préparer les célébrations.',
    },
    map: {
      title: 'Carte du monde',
      summary: 'Les villes partenaires sur une carte du monde, colorées selon leur activité.',
    },
  },
  params: {
    label: 'Paramètres du rapport',
    period: 'Période',
    mode: { all: 'Toutes les années', year: 'Une année', range: 'Du … au' },
    year: 'Année',
    from: 'Du',
    to: 'Au',
    datePlaceholder: 'AAAA ou AAAA-MM',
    dateInvalid: 'Écrivez une année (2024), un mois (2024-06) ou un jour (2024-06-15).',
    rangeOrder: 'La fin de la période ne peut pas précéder son début.',
    partner: 'Ville partenaire',
    choosePartner: 'Choisissez une ville partenaire',
    theme: 'Thème',
    chooseTheme: 'Choisissez un thème',
    fromYear: 'Signés à partir de',
    toYear: 'Signés jusqu’en',
    anyYear: 'Toute année',
    dormantYears: 'Années sans aucune action',
    dormantYearsHint: 'Entre 1 et 100.',
  },
  view: {
    back: 'Tous les rapports',
    loadError: 'Ce rapport n’a pas pu être établi',
    updating: 'Mise à jour du rapport',
    generatedAt: 'Calculé le {{date}}',
    choosePartner: 'Choisissez une ville partenaire pour voir sa fiche.',
    chooseTheme: 'Choisissez un thème pour voir ce qui a été fait.',
    emptyDatabase:
      'Le registre est vide : ajoutez des villes partenaires, leurs accords et les actions menées, et les rapports se rempliront.',
    addCity: 'Ajouter une ville partenaire',
    showData: 'Afficher les données sous forme de tableau',
    dataOf: 'Données : {{title}}',
    rowsCount_one: '{{formatted}} ligne',
    rowsCount_other: '{{formatted}} lignes',
    total: 'Total',
    showMore: 'Afficher {{count}} de plus',
    shownOf: '{{shown}} sur {{total}} affichés',
    firstRows: 'Les {{shown}} premières lignes sur {{total}} sont affichées ici ; les exports les contiennent toutes.',
    showAllActions_one: 'Voir l’action dans la liste des actions',
    showAllActions_other: 'Voir les {{formatted}} actions',
    notesInExports: 'Les exports contiennent toutes les notes.',
  },
  map: {
    label_one: 'Carte du monde avec {{count}} ville partenaire, colorée selon l’activité',
    label_other: 'Carte du monde avec {{count}} villes partenaires, colorées selon l’activité',
    legend: 'Activité',
    city: 'Ville',
    country: 'Pays',
    value: 'Actions',
    level: 'Activité',
    point: '{{city}}, {{country}} : {{value}} ({{level}})',
    unplaced: 'Absentes de la carte (sans coordonnées) : {{cities}}',
  },
  export: {
    button: 'Exporter',
    formatsLabel: 'Format',
    formats: {
      pdf: 'PDF',
      xlsx: 'Excel (XLSX)',
      csv: 'CSV',
      docx: 'Word (DOCX)',
      ics: 'Calendrier (ICS)',
      json: 'JSON',
    },
    separator: 'Séparateur du fichier CSV',
    semicolon: 'Point-virgule (;)',
    comma: 'Virgule (,)',
    dialogTitle: 'Enregistrer le fichier {{format}}',
    progressTitle: 'Export en cours : {{format}}',
    phase: {
      reading: 'Lecture des données',
      writing: 'Écriture du fichier',
      finishing: 'Finalisation du fichier',
    },
    progress: '{{done}} sur {{total}}',
    cancel: 'Annuler l’export',
    hide: 'Continuer en arrière-plan',
    saved: 'Enregistré dans {{file}}',
    downloaded: '{{file}} est téléchargé.',
    failed: 'L’export a échoué',
    emptyFormat: 'vide',
    noEvents: 'Pas d’agenda : ce rapport n’a rien de daté (action, relance ou anniversaire).',
  },
};
