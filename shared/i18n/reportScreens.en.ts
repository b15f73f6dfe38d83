/** English strings of the report screens and the export menu (the documents' own words are in reportDocs). */
export const reportScreensEn = {
  nav: 'Reports',
  hub: {
    title: 'Reports',
    intro:
      'Documents to show officials and partners, computed from the register. Each one can be exported as PDF, Excel, CSV, Word, calendar or JSON.',
    open: 'Open',
    emptyHint:
      'The register is empty: the reports will have something to say once partner cities, agreements and actions are recorded.',
  },
  kinds: {
    annual: {
      title: 'Annual activity report',
      summary:
        'A year or a period of international action: agreements, partners, actions, budgets and results.',
    },
    partner: {
      title: 'Partner fact sheet',
      summary:
        'Everything about one partner city before a visit: agreements, history, contacts, actions.',
    },
    theme: {
      title: 'Theme report',
      summary: 'One theme across every partner, such as risk prevention, and what came of it.',
    },
    timeline: {
      title: 'Agreements timeline',
      summary: 'The agreements by the year they were signed, from the first to the latest.',
    },
    dormant: {
      title: 'Dormant agreements',
      summary: 'Active agreements with no action for several years, to revive or to close.',
    },
    anniversaries: {
      title: 'Anniversaries',
      summary:
        'The round anniversaries of signatures falling in a year, to prepare the celebrations.',
    },
    map: {
      title: 'World map',
      summary: 'The partner cities on a map of the world, coloured by their activity.',
    },
  },
  params: {
    label: 'Report settings',
    period: 'Period',
    mode: { all: 'All years', year: 'One year', range: 'From … to' },
    year: 'Year',
    from: 'From',
    to: 'To',
    datePlaceholder: 'YYYY or YYYY-MM',
    dateInvalid: 'Write a year (2024), a month (2024-06) or a day (2024-06-15).',
    rangeOrder: 'The end of the period cannot be before its start.',
    partner: 'Partner city',
    choosePartner: 'Choose a partner city',
    theme: 'Theme',
    chooseTheme: 'Choose a theme',
    fromYear: 'Signed from',
    toYear: 'Signed until',
    anyYear: 'Any year',
    dormantYears: 'Years without any action',
    dormantYearsHint: 'Between 1 and 100.',
  },
  view: {
    back: 'All reports',
    loadError: 'This report could not be built',
    updating: 'Updating the report',
    generatedAt: 'Computed on {{date}}',
    choosePartner: 'Choose a partner city to see its fact sheet.',
    chooseTheme: 'Choose a theme to see what was done about it.',
    emptyDatabase:
      'The register is empty: add partner cities, their agreements and the actions carried out, and the reports will fill in.',
    addCity: 'Add a partner city',
    showData: 'Show the data as a table',
    dataOf: 'Data: {{title}}',
    rowsCount_one: '{{formatted}} row',
    rowsCount_other: '{{formatted}} rows',
    total: 'Total',
    showMore: 'Show {{count}} more',
    shownOf: '{{shown}} of {{total}} shown',
  },
  map: {
    label_one: 'World map with {{count}} partner city, coloured by activity',
    label_other: 'World map with {{count}} partner cities, coloured by activity',
    legend: 'Activity',
    city: 'City',
    country: 'Country',
    value: 'Actions',
    level: 'Activity',
    point: '{{city}}, {{country}}: {{value}} ({{level}})',
    unplaced: 'Not on the map (no coordinates): {{cities}}',
  },
  export: {
    button: 'Export',
    formatsLabel: 'Format',
    formats: {
      pdf: 'PDF',
      xlsx: 'Excel (XLSX)',
      csv: 'CSV',
      docx: 'Word (DOCX)',
      ics: 'Calendar (ICS)',
      json: 'JSON',
    },
    separator: 'Separator of the CSV file',
    semicolon: 'Semicolon (;)',
    comma: 'Comma (,)',
    dialogTitle: 'Save the {{format}} file',
    progressTitle: 'Exporting: {{format}}',
    phase: {
      reading: 'Reading the data',
      writing: 'Writing the file',
      finishing: 'Finishing the file',
    },
    progress: '{{done}} of {{total}}',
    cancel: 'Cancel the export',
    hide: 'Continue in the background',
    saved: 'Saved to {{file}}',
    downloaded: '{{file}} is downloaded.',
    failed: 'The export failed',
    emptyFormat: 'empty',
    noEvents: 'No calendar: this report has nothing dated (action, follow-up or anniversary).',
  },
};
