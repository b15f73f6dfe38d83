/**
 * The native menu's words, English and French. They live here rather than in shared/i18n
 * because only main shows them; French must have exactly the English keys.
 */
export const menuLabels = {
  en: {
    about: 'About Accords',
    services: 'Services',
    hide: 'Hide Accords',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
    file: 'File',
    importSpreadsheet: 'Import a Spreadsheet…',
    close: 'Close Window',
    quit: 'Quit Accords',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    toggleDevTools: 'Toggle Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Toggle Full Screen',
    go: 'Go',
    agreements: 'Agreements',
    cities: 'Partner cities',
    reports: 'Reports',
    settings: 'Settings',
    language: 'Language',
    window: 'Window',
    help: 'Help',
  },
  fr: {
    about: 'À propos d’Accords',
    services: 'Services',
    hide: 'Masquer Accords',
    hideOthers: 'Masquer les autres',
    unhide: 'Tout afficher',
    file: 'Fichier',
    importSpreadsheet: 'Importer un tableur…',
    close: 'Fermer la fenêtre',
    quit: 'Quitter Accords',
    edit: 'Édition',
    undo: 'Annuler',
    redo: 'Rétablir',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    selectAll: 'Tout sélectionner',
    view: 'Affichage',
    reload: 'Recharger',
    toggleDevTools: 'Outils de développement',
    resetZoom: 'Taille réelle',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    fullScreen: 'Plein écran',
    go: 'Aller à',
    agreements: 'Accords',
    cities: 'Villes partenaires',
    reports: 'Rapports',
    settings: 'Paramètres',
    language: 'Langue',
    window: 'Fenêtre',
    help: 'Aide',
  },
} satisfies Record<'en' | 'fr', Record<string, string>>;

export type MenuLabelKey = keyof (typeof menuLabels)['en'];
// French has exactly the English keys: the checker fails here otherwise.
const _sameKeys: Record<MenuLabelKey, string> = menuLabels.fr;
const _noExtraKeys: Record<keyof (typeof menuLabels)['fr'], string> = menuLabels.en;
void _sameKeys;
void _noExtraKeys;
